#include "UserRules.h"

#include "DocumentCollection.h"
#include "Store.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QStringList &writableFields()
{
    static const QStringList fields = { u"username"_s, u"email"_s, u"systemUsername"_s, u"firstname"_s, u"middlename"_s,
        u"lastname"_s, u"displayname"_s, u"state"_s, u"suspended"_s, u"account_locked"_s, u"sudo"_s,
        u"passwordless_sudo"_s, u"allow_public_key"_s, u"public_key"_s, u"ssh_keys"_s,
        u"enable_user_portal_multifactor"_s, u"mfa"_s, u"enable_managed_uid"_s, u"unix_uid"_s, u"unix_guid"_s,
        u"ldap_binding_user"_s, u"samba_service_user"_s, u"password_never_expires"_s,
        u"external_password_expiration_date"_s, u"disableDeviceMaxLoginAttempts"_s, u"externally_managed"_s,
        u"external_dn"_s, u"external_source_type"_s, u"restrictedFields"_s, u"delegatedAuthority"_s, u"jobTitle"_s,
        u"department"_s, u"company"_s, u"costCenter"_s, u"employeeType"_s, u"location"_s, u"employeeIdentifier"_s,
        u"description"_s, u"manager"_s, u"alternateEmail"_s, u"recoveryEmail"_s, u"managedAppleId"_s, u"addresses"_s,
        u"phoneNumbers"_s, u"attributes"_s, u"relationships"_s, u"tags"_s };
    return fields;
}
} // namespace

std::optional<UserRules::Violation> UserRules::checkUsername(const QString &username)
{
    if (username.isEmpty())
        return Violation { 400, u"username is required"_s, {} };
    if (username.size() > 1024)
        return Violation { 400, u"username must be at most 1024 characters"_s, {} };
    if (username.contains(u' ') || username.contains(u'@'))
        return Violation { 400, u"username must not contain spaces or '@'"_s, {} };
    if (!username.at(0).isLetter() || username.at(0).unicode() > 127)
        return Violation { 400, u"username must start with a letter"_s, {} };
    static const QRegularExpression allowed(u"^[A-Za-z0-9._-]+$"_s);
    if (!allowed.match(username).hasMatch())
        return Violation { 400, u"username may contain only letters, digits, '.', '-' and '_'"_s, {} };
    return std::nullopt;
}

std::optional<UserRules::Violation> UserRules::checkLocalAccountName(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    if (auto violation = checkUsername(name)) {
        violation->message.replace(u"username"_s, u"systemUsername"_s);
        return violation;
    }
    return std::nullopt;
}

std::optional<UserRules::Violation> UserRules::checkEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (email.isEmpty())
        return Violation { 400, u"email is required"_s, {} };
    if (email.size() > 1024 || !pattern.match(email).hasMatch())
        return Violation { 400, u"email \"%1\" is not a valid email address"_s.arg(email), {} };
    return std::nullopt;
}

QStringList UserRules::passwordFailures(const QString &password, const QJsonObject &policy)
{
    QStringList failures;
    const int minLength = policy.value(u"minLength"_s).toInt(8);
    if (password.size() < minLength)
        failures.append(u"password must be at least %1 characters"_s.arg(minLength));
    const auto needs = [&](const QString &key, auto predicate, const QString &what) {
        if (policy.value(key).toBool() && std::none_of(password.begin(), password.end(), predicate))
            failures.append(u"password must contain at least one %1"_s.arg(what));
    };
    needs(
        u"needsLowercase"_s, [](QChar c) { return c.isLower(); }, u"lowercase letter"_s);
    needs(
        u"needsUppercase"_s, [](QChar c) { return c.isUpper(); }, u"uppercase letter"_s);
    needs(
        u"needsNumeric"_s, [](QChar c) { return c.isDigit(); }, u"number"_s);
    needs(
        u"needsSymbolic"_s, [](QChar c) { return !c.isLetterOrNumber() && !c.isSpace(); }, u"symbol"_s);
    return failures;
}

std::optional<UserRules::Violation> UserRules::checkUnique(
    Store &store, const QJsonObject &candidate, const QString &excludeId)
{
    DocumentCollection &users = store.users();
    const auto taken = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return false;
        const QString owner = users.findByIndexed(store.db(), column, value);
        return !owner.isEmpty() && owner != excludeId;
    };
    const QString username = candidate.value(u"username"_s).toString();
    const QString email = candidate.value(u"email"_s).toString();
    const QString employeeId = candidate.value(u"employeeIdentifier"_s).toString();
    const QString systemUsername = candidate.value(u"systemUsername"_s).toString();
    if (taken(u"username_lc"_s, username))
        return Violation { 409, u"username \"%1\" already exists"_s.arg(username), {} };
    if (taken(u"system_username_lc"_s, username))
        return Violation { 409, u"username \"%1\" is already another user's systemUsername"_s.arg(username), {} };
    if (taken(u"email_lc"_s, email))
        return Violation { 409, u"email \"%1\" already exists"_s.arg(email), {} };
    if (taken(u"employee_id"_s, employeeId))
        return Violation { 409, u"employeeIdentifier \"%1\" already exists"_s.arg(employeeId), {} };
    if (taken(u"system_username_lc"_s, systemUsername))
        return Violation { 409, u"systemUsername \"%1\" already exists"_s.arg(systemUsername), {} };
    if (taken(u"username_lc"_s, systemUsername))
        return Violation { 409, u"systemUsername \"%1\" is already another user's username"_s.arg(systemUsername), {} };
    return std::nullopt;
}

std::optional<UserRules::Violation> UserRules::bindingBlocker(const QJsonObject &user, const QJsonObject &system)
{
    const QString name = localAccountName(user);
    const QString family = system.value(u"osFamily"_s).toString();
    if (family == u"windows" && name.size() > 20)
        return Violation { 400,
            u"Bad Request: local account name \"%1\" is longer than 20 characters and cannot be bound to "
            "Windows device %2"_s.arg(name, system.value(u"displayName"_s).toString()),
            {} };
    if (family != u"windows" && name.size() > 30)
        return Violation { 400,
            u"Bad Request: local account name \"%1\" is longer than 30 characters and cannot be bound to "
            "device %2"_s.arg(name, system.value(u"displayName"_s).toString()),
            {} };
    return std::nullopt;
}

void UserRules::applyWritable(const QJsonObject &body, QJsonObject *target, bool isCreate)
{
    for (const QString &field : writableFields()) {
        if (body.contains(field))
            target->insert(field, body.value(field));
    }
    if (isCreate && body.contains(u"activated"_s))
        target->insert(u"activated"_s, body.value(u"activated"_s));
}

QJsonObject UserRules::newUserTemplate(const QString &id, const QString &organizationId, const QString &created)
{
    return QJsonObject {
        { u"_id"_s, id },
        { u"id"_s, id },
        { u"username"_s, QString() },
        { u"email"_s, QString() },
        { u"systemUsername"_s, QString() },
        { u"firstname"_s, QString() },
        { u"middlename"_s, QString() },
        { u"lastname"_s, QString() },
        { u"displayname"_s, QString() },
        { u"state"_s, u"ACTIVATED"_s },
        { u"activated"_s, true },
        { u"suspended"_s, false },
        { u"account_locked"_s, false },
        { u"account_locked_date"_s, QJsonValue::Null },
        { u"badLoginAttempts"_s, 0 },
        { u"sudo"_s, false },
        { u"passwordless_sudo"_s, false },
        { u"allow_public_key"_s, true },
        { u"public_key"_s, QString() },
        { u"ssh_keys"_s, QJsonArray() },
        { u"enable_user_portal_multifactor"_s, false },
        { u"mfa"_s, QJsonObject { { u"configured"_s, false }, { u"exclusion"_s, false } } },
        { u"mfaEnrollment"_s,
            QJsonObject { { u"overallStatus"_s, u"NOT_ENROLLED"_s }, { u"totpStatus"_s, u"NOT_ENROLLED"_s },
                { u"webAuthnStatus"_s, u"NOT_ENROLLED"_s }, { u"pushStatus"_s, u"NOT_ENROLLED"_s } } },
        { u"totp_enabled"_s, false },
        { u"enable_managed_uid"_s, false },
        { u"ldap_binding_user"_s, false },
        { u"samba_service_user"_s, false },
        { u"password_never_expires"_s, false },
        { u"password_expired"_s, false },
        { u"password_date"_s, QJsonValue::Null },
        { u"password_expiration_date"_s, QJsonValue::Null },
        { u"disableDeviceMaxLoginAttempts"_s, false },
        { u"externally_managed"_s, false },
        { u"external_dn"_s, QString() },
        { u"external_source_type"_s, QString() },
        { u"restrictedFields"_s, QJsonArray() },
        { u"jobTitle"_s, QString() },
        { u"department"_s, QString() },
        { u"company"_s, QString() },
        { u"costCenter"_s, QString() },
        { u"employeeType"_s, QString() },
        { u"location"_s, QString() },
        { u"employeeIdentifier"_s, QString() },
        { u"description"_s, QString() },
        { u"alternateEmail"_s, QString() },
        { u"managedAppleId"_s, QString() },
        { u"addresses"_s, QJsonArray() },
        { u"phoneNumbers"_s, QJsonArray() },
        { u"attributes"_s, QJsonArray() },
        { u"relationships"_s, QJsonArray() },
        { u"tags"_s, QJsonArray() },
        { u"organization"_s, organizationId },
        { u"created"_s, created },
        { u"creationSource"_s, u"jumpcloud:api"_s },
    };
}

void UserRules::deriveLegacyFlags(QJsonObject *user)
{
    const QString state = user->value(u"state"_s).toString();
    user->insert(u"activated"_s, state == u"ACTIVATED");
    user->insert(u"suspended"_s, state == u"SUSPENDED");
}

QString UserRules::localAccountName(const QJsonObject &user)
{
    const QString systemUsername = user.value(u"systemUsername"_s).toString();
    return systemUsername.isEmpty() ? user.value(u"username"_s).toString() : systemUsername;
}
