#include "MfaRules.h"

#include <QJsonValue>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

UserRules::Violation badRequest(const QString &message)
{
    return UserRules::Violation { 400, u"Bad Request: "_s + message, {} };
}

QDateTime parseDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(value.toString(), Qt::ISODate);
    return when;
}

// The period part of an `mfa` object or a /resetmfa body, written onto *mfa. `exclusionByDefault`
// is what a body that names no `exclusion` means; `where` prefixes the field names in a message.
std::optional<UserRules::Violation> applyPeriod(
    const QJsonObject &in, bool exclusionByDefault, const QDateTime &now, QJsonObject *mfa, const QString &where)
{
    bool exclusion = exclusionByDefault;
    if (in.contains("exclusion"_L1)) {
        if (!in.value("exclusion"_L1).isBool())
            return badRequest(where + u"exclusion must be true or false"_s);
        exclusion = in.value("exclusion"_L1).toBool();
    }
    int days = 0;
    if (in.contains("exclusionDays"_L1)) {
        const QJsonValue value = in.value("exclusionDays"_L1);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < 1 || number > MfaRules::MaxDays)
            return badRequest(
                where + u"exclusionDays must be a whole number of days from 1 to %1"_s.arg(MfaRules::MaxDays));
        days = int(number);
    }
    QDateTime until;
    if (in.contains("exclusionUntil"_L1)) {
        until = parseDateTime(in.value("exclusionUntil"_L1));
        if (!until.isValid())
            return badRequest(where + u"exclusionUntil must be a date-time"_s);
        if (until > now.addDays(MfaRules::MaxDays + 1))
            return badRequest(where + u"exclusionUntil must be at most %1 days away"_s.arg(MfaRules::MaxDays));
    }
    if (!exclusion) {
        mfa->insert(u"exclusion"_s, false);
        mfa->remove(u"exclusionDays"_s);
        mfa->remove(u"exclusionUntil"_s);
        return std::nullopt;
    }
    if (!until.isValid()) {
        if (days == 0)
            days = mfa->value("exclusionDays"_L1).toInt(MfaRules::DefaultDays);
        until = now.addDays(days);
    } else if (days == 0) {
        days = std::max(1, int(std::ceil(now.secsTo(until) / 86400.0)));
    }
    mfa->insert(u"exclusion"_s, true);
    mfa->insert(u"exclusionDays"_s, days);
    mfa->insert(u"exclusionUntil"_s, MfaRules::timestamp(until));
    return std::nullopt;
}

} // namespace

std::optional<UserRules::Violation> MfaRules::applySettings(
    const QJsonValue &requested, QJsonObject *user, const QDateTime &now)
{
    if (!requested.isObject())
        return badRequest(u"mfa must be an object"_s);
    const QJsonObject in = requested.toObject();
    QJsonObject mfa = user->value("mfa"_L1).toObject();
    if (in.contains("configured"_L1)) {
        if (!in.value("configured"_L1).isBool())
            return badRequest(u"mfa.configured must be true or false"_s);
        mfa.insert(u"configured"_s, in.value("configured"_L1));
    }
    // Only a body that speaks of the period changes it: {"configured": true} keeps a running one.
    if (in.contains("exclusion"_L1) || in.contains("exclusionDays"_L1) || in.contains("exclusionUntil"_L1)) {
        const bool exclusionByDefault
            = in.contains("exclusionDays"_L1) || in.contains("exclusionUntil"_L1) || mfa.value("exclusion"_L1).toBool();
        if (auto violation = applyPeriod(in, exclusionByDefault, now, &mfa, u"mfa."_s))
            return violation;
    }
    user->insert(u"mfa"_s, mfa);
    return std::nullopt;
}

std::optional<UserRules::Violation> MfaRules::reset(const QJsonObject &body, QJsonObject *user, const QDateTime &now)
{
    QJsonObject mfa { { u"configured"_s, false }, { u"exclusion"_s, false } };
    const bool exclusionByDefault = body.contains("exclusionDays"_L1) || body.contains("exclusionUntil"_L1);
    if (auto violation = applyPeriod(body, exclusionByDefault, now, &mfa, {}))
        return violation;
    user->insert(u"mfa"_s, mfa);
    user->insert(u"totp_enabled"_s, false);
    // The TOTP key is new and, with unified MFA, the push endpoint is deleted (spec).
    QJsonObject enrollment = user->value("mfaEnrollment"_L1).toObject();
    enrollment.insert(u"pushStatus"_s, u"NOT_ENROLLED"_s);
    user->insert(u"mfaEnrollment"_s, enrollment);
    deriveEnrollment(user, now);
    return std::nullopt;
}

void MfaRules::deriveEnrollment(QJsonObject *user, const QDateTime &now)
{
    const QJsonObject mfa = user->value("mfa"_L1).toObject();
    QString status = u"NOT_ENROLLED"_s;
    if (mfa.value("configured"_L1).toBool()) {
        status = u"ENROLLED"_s;
    } else if (mfa.value("exclusion"_L1).toBool()) {
        const QDateTime until = parseDateTime(mfa.value("exclusionUntil"_L1));
        status = until.isValid() && until > now ? u"IN_ENROLLMENT"_s : u"ENROLLMENT_EXPIRED"_s;
    }
    QJsonObject enrollment = user->value("mfaEnrollment"_L1).toObject();
    enrollment.insert(u"overallStatus"_s, status);
    enrollment.insert(u"totpStatus"_s, status);
    user->insert(u"mfaEnrollment"_s, enrollment);
}

QString MfaRules::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}
