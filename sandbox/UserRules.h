#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

class Store;

// The directory's rules for user records: naming, uniqueness, password policy, state, and which fields a client may
// write. Stateless apart from reading the store for uniqueness.
class UserRules
{
public:
    struct Violation
    {
        int status = 400;
        QString message;
        QStringList details; // every password-policy failure, for ?fullValidationDetails=password
    };

    // Directory-wide username rule (the per-OS length limits bite at binding time, see bindingBlocker()).
    static std::optional<Violation> checkUsername(const QString &username);
    static std::optional<Violation> checkLocalAccountName(const QString &name);
    static std::optional<Violation> checkEmail(const QString &email);
    static QStringList passwordFailures(const QString &password, const QJsonObject &policy);
    // Unique username, email, employeeIdentifier and systemUsername; username must not equal another user's
    // systemUsername and vice versa. excludeId is the user being updated.
    static std::optional<Violation> checkUnique(Store &store, const QJsonObject &candidate, const QString &excludeId);
    // Why this user cannot be bound to this device, or nothing (Windows: at most 20 characters).
    static std::optional<Violation> bindingBlocker(const QJsonObject &user, const QJsonObject &system);

    // Copies the writable fields of a POST/PUT body onto target, ignoring unknown and read-only ones
    // (`mfa` as it is: a route checks and merges it with MfaRules, a seed takes it as written).
    static void applyWritable(const QJsonObject &body, QJsonObject *target, bool isCreate);
    // The full attribute set of a new user with defaults, before the body is applied.
    static QJsonObject newUserTemplate(const QString &id, const QString &organizationId, const QString &created);
    // Keeps activated/suspended in step with state.
    static void deriveLegacyFlags(QJsonObject *user);
    static QString localAccountName(const QJsonObject &user);
};
