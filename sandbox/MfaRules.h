#pragma once

#include "UserRules.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// The directory's rules for a user's MFA: the enrollment (exclusion) period a PUT's `mfa` or a
// POST /resetmfa sets, what a reset clears, and the enrollment status that follows. Stateless.
class MfaRules
{
public:
    static constexpr int DefaultDays = 7; // DOMAIN.md: an enrollment period of 1 to 365 days, default 7
    static constexpr int MaxDays = 365;

    // Merges a PUT/POST `mfa` object into the user's: `exclusion` a bool, `exclusionDays` a whole
    // number 1–365, `exclusionUntil` a date-time; an exclusion without a date ends exclusionDays
    // (default 7) from `now`, and no exclusion drops the period. A violation leaves *user as it was.
    static std::optional<UserRules::Violation> applySettings(
        const QJsonValue &requested, QJsonObject *user, const QDateTime &now);
    // POST /resetmfa {exclusion, exclusionDays, exclusionUntil}: the TOTP key and push endpoint are
    // gone (mfa.configured and totp_enabled false) and a new enrollment period starts.
    static std::optional<UserRules::Violation> reset(const QJsonObject &body, QJsonObject *user, const QDateTime &now);
    // mfaEnrollment from the settings: a user with no authenticator is IN_ENROLLMENT during the
    // period, ENROLLMENT_EXPIRED after it, NOT_ENROLLED without one; an enrolled user keeps theirs.
    static void deriveEnrollment(QJsonObject *user, const QDateTime &now);

    static QString timestamp(const QDateTime &when);
};
