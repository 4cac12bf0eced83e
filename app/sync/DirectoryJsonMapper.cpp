#include "DirectoryJsonMapper.h"

#include "UserState.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DirectoryJsonMapper {

namespace {

QString text(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) // uid/gid come as numbers from some agents
        return QString::number(qint64(value.toDouble()));
    return {};
}

bool flag(const QJsonObject &json, QLatin1StringView key, bool fallback = false)
{
    const QJsonValue value = json.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isString()) // osquery columns sometimes arrive as "1"/"0"
        return value.toString() == u"1" || value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (value.isDouble())
        return value.toDouble() != 0;
    return fallback;
}

int number(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    if (value.isString())
        return value.toString().toInt();
    return value.toInt();
}

QList<NamedValue> namedValues(const QJsonArray &array, QLatin1StringView nameKey, QLatin1StringView valueKey)
{
    QList<NamedValue> out;
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        out.append({ text(object, nameKey), text(object, valueKey) });
    }
    return out;
}

} // namespace

QDateTime dateTime(const QJsonValue &value)
{
    const QString s = value.toString();
    if (s.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(s, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QDateTime unixTime(const QJsonValue &value)
{
    bool ok = false;
    const qint64 seconds = value.isDouble() ? qint64(value.toDouble()) : value.toString().toLongLong(&ok);
    if ((!value.isDouble() && !ok) || seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

User user(const QJsonObject &j)
{
    User u;
    u.id = text(j, "_id"_L1);
    if (u.id.isEmpty())
        u.id = text(j, "id"_L1);
    u.username = text(j, "username"_L1);
    u.email = text(j, "email"_L1);
    u.systemUsername = text(j, "systemUsername"_L1);
    u.firstName = text(j, "firstname"_L1);
    u.middleName = text(j, "middlename"_L1);
    u.lastName = text(j, "lastname"_L1);
    u.displayName = text(j, "displayname"_L1);
    // `state` is the source of truth; the legacy booleans only when it is missing (API.md §2).
    const QString state = text(j, "state"_L1);
    if (!state.isEmpty())
        u.state = userStateFromKey(state);
    else if (flag(j, "suspended"_L1))
        u.state = UserState::Suspended;
    else
        u.state = flag(j, "activated"_L1, true) ? UserState::Activated : UserState::Staged;
    u.jobTitle = text(j, "jobTitle"_L1);
    u.department = text(j, "department"_L1);
    u.company = text(j, "company"_L1);
    u.costCenter = text(j, "costCenter"_L1);
    u.employeeType = text(j, "employeeType"_L1);
    u.employeeIdentifier = text(j, "employeeIdentifier"_L1);
    u.location = text(j, "location"_L1);
    u.description = text(j, "description"_L1);
    u.managerId = text(j, "manager"_L1);
    u.alternateEmail = text(j, "alternateEmail"_L1);
    u.phoneNumbers = namedValues(j.value("phoneNumbers"_L1).toArray(), "type"_L1, "number"_L1);
    u.customAttributes = namedValues(j.value("attributes"_L1).toArray(), "name"_L1, "value"_L1);
    u.sudo = flag(j, "sudo"_L1);
    u.passwordlessSudo = flag(j, "passwordless_sudo"_L1);
    u.mfaRequired = flag(j, "enable_user_portal_multifactor"_L1);
    const QJsonObject mfa = j.value("mfa"_L1).toObject();
    u.mfaConfigured = flag(mfa, "configured"_L1);
    u.mfaExclusionUntil = dateTime(mfa.value("exclusionUntil"_L1));
    u.mfaEnrollmentStatus = text(j.value("mfaEnrollment"_L1).toObject(), "overallStatus"_L1);
    u.accountLocked = flag(j, "account_locked"_L1);
    u.passwordExpired = flag(j, "password_expired"_L1);
    u.passwordNeverExpires = flag(j, "password_never_expires"_L1);
    u.passwordExpirationDate = dateTime(j.value("password_expiration_date"_L1));
    u.externallyManaged = flag(j, "externally_managed"_L1);
    u.unixUid = number(j, "unix_uid"_L1);
    u.unixGid = number(j, "unix_guid"_L1);
    u.created = dateTime(j.value("created"_L1));
    return u;
}

Device device(const QJsonObject &j)
{
    Device d;
    d.id = text(j, "_id"_L1);
    if (d.id.isEmpty())
        d.id = text(j, "id"_L1);
    d.displayName = text(j, "displayName"_L1);
    d.hostname = text(j, "hostname"_L1);
    d.os = text(j, "os"_L1);
    d.osFamily = osFamilyFromApi(text(j, "osFamily"_L1), d.os);
    d.osVersion = text(j, "version"_L1);
    d.arch = text(j, "arch"_L1);
    d.agentVersion = text(j, "agentVersion"_L1);
    d.active = flag(j, "active"_L1);
    d.lastContact = dateTime(j.value("lastContact"_L1));
    d.created = dateTime(j.value("created"_L1));
    d.serialNumber = text(j, "serialNumber"_L1);
    d.hardwareVendor = text(j, "hwVendor"_L1);
    d.remoteIp = text(j, "remoteIP"_L1);
    d.fdeActive = flag(j.value("fde"_L1).toObject(), "active"_L1);
    d.systemInsightsEnabled = text(j.value("systemInsights"_L1).toObject(), "state"_L1) == u"enabled";
    // `mdm` is an object on enrolled devices and absent (or null/empty) elsewhere.
    const QJsonObject mdm = j.value("mdm"_L1).toObject();
    d.mdmEnrolled = !mdm.isEmpty() && (!text(mdm, "vendor"_L1).isEmpty() || !text(mdm, "enrollmentType"_L1).isEmpty());
    d.allowSshRootLogin = flag(j, "allowSshRootLogin"_L1);
    d.allowSshPasswordAuthentication = flag(j, "allowSshPasswordAuthentication"_L1);
    d.allowMultiFactorAuthentication = flag(j, "allowMultiFactorAuthentication"_L1);
    d.description = text(j, "description"_L1);
    return d;
}

UserGroup userGroup(const QJsonObject &j)
{
    UserGroup g;
    g.id = text(j, "id"_L1);
    g.name = text(j, "name"_L1);
    g.description = text(j, "description"_L1);
    g.email = text(j, "email"_L1);
    const QJsonObject attributes = j.value("attributes"_L1).toObject();
    const QJsonObject sudo = attributes.value("sudo"_L1).toObject();
    g.sudoEnabled = flag(sudo, "enabled"_L1);
    g.sudoWithoutPassword = flag(sudo, "withoutPassword"_L1);
    g.sambaEnabled = flag(attributes, "sambaEnabled"_L1);
    const QJsonArray posix = attributes.value("posixGroups"_L1).toArray();
    if (!posix.isEmpty())
        g.posixGroupName = text(posix.first().toObject(), "name"_L1);
    g.membershipMethod = text(j, "membershipMethod"_L1);
    return g;
}

DeviceGroup deviceGroup(const QJsonObject &j)
{
    return { text(j, "id"_L1), text(j, "name"_L1), text(j, "description"_L1), text(j, "membershipMethod"_L1) };
}

LocalAccount localAccount(const QJsonObject &j)
{
    LocalAccount a;
    a.deviceId = text(j, "system_id"_L1);
    a.username = text(j, "username"_L1);
    a.uid = text(j, "uid"_L1);
    a.gid = text(j, "gid"_L1);
    a.homeDirectory = text(j, "directory"_L1);
    a.shell = text(j, "shell"_L1);
    a.description = text(j, "description"_L1);
    a.realUser = flag(j, "real_user"_L1, true);
    a.admin = flag(j, "admin"_L1);
    a.suspended = flag(j, "suspended"_L1);
    a.managed = flag(j, "managed"_L1);
    a.adManaged = flag(j, "ad_managed"_L1);
    a.lastLogin = unixTime(j.value("last_login"_L1));
    a.collectedAt = dateTime(j.value("collection_time"_L1));
    return a;
}

OrgSettings orgSettings(const QJsonObject &organization)
{
    OrgSettings s;
    s.orgId = text(organization, "_id"_L1);
    if (s.orgId.isEmpty())
        s.orgId = text(organization, "id"_L1);
    s.orgName = text(organization, "displayName"_L1);
    if (s.orgName.isEmpty())
        s.orgName = text(organization, "name"_L1);
    const QJsonObject settings = organization.value("settings"_L1).toObject();
    const QJsonValue policyValue = settings.value("passwordPolicy"_L1);
    if (policyValue.isObject()) {
        const QJsonObject policy = policyValue.toObject();
        s.passwordPolicy.known = true;
        if (policy.value("minLength"_L1).isDouble())
            s.passwordPolicy.minLength = policy.value("minLength"_L1).toInt();
        s.passwordPolicy.needsLowercase = flag(policy, "needsLowercase"_L1);
        s.passwordPolicy.needsUppercase = flag(policy, "needsUppercase"_L1);
        s.passwordPolicy.needsNumeric = flag(policy, "needsNumeric"_L1);
        s.passwordPolicy.needsSymbolic = flag(policy, "needsSymbolic"_L1);
        s.passwordPolicy.maxHistory = number(policy, "maxHistory"_L1);
        s.passwordPolicy.expirationInDays = number(policy, "passwordExpirationInDays"_L1);
    }
    const QJsonObject defaults = settings.value("newSystemUserStateDefaults"_L1).toObject();
    s.manualEntryState = userStateFromKey(text(defaults, "manualEntry"_L1), UserState::Activated);
    s.csvImportState = userStateFromKey(text(defaults, "csvImport"_L1), UserState::Activated);
    s.applicationImportState = userStateFromKey(text(defaults, "applicationImport"_L1), UserState::Activated);
    return s;
}

SelfServiceProvisioning selfService(const QJsonObject &ssao)
{
    SelfServiceProvisioning out;
    for (const QJsonValue &item : ssao.value("settings"_L1).toArray()) {
        const QJsonObject entry = item.toObject();
        const QString family = text(entry, "osFamily"_L1).toUpper();
        const bool enabled = flag(entry, "enabled"_L1);
        const bool admin = text(entry, "defaultPermission"_L1).toUpper() == u"ADMIN";
        if (family == u"MACOS" || family == u"DARWIN") {
            out.macEnabled = enabled;
            out.macAdmin = admin;
        } else if (family == u"WINDOWS") {
            out.windowsEnabled = enabled;
            out.windowsAdmin = admin;
        }
    }
    return out;
}

void sudoOf(const QJsonObject &connection, bool *enabled, bool *withoutPassword)
{
    // The edge's attributes; some answers carry them on `to` instead.
    QJsonObject sudo = connection.value("attributes"_L1).toObject().value("sudo"_L1).toObject();
    if (sudo.isEmpty())
        sudo = connection.value("to"_L1).toObject().value("attributes"_L1).toObject().value("sudo"_L1).toObject();
    *enabled = flag(sudo, "enabled"_L1);
    // withoutPassword only takes effect with enabled (API.md §5); store it as the directory has it.
    *withoutPassword = flag(sudo, "withoutPassword"_L1);
}

} // namespace DirectoryJsonMapper
