#include "CacheRowMapper.h"

#include "CacheCodec.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace CacheRowMapper {

namespace {

// A select list: `prefix.name` for each column in order, the text ones (all but `integers`) as
// CAST(… AS BLOB). Qt's SQLite driver reads text as UTF-16, which SQLite makes from the file's
// UTF-8 one character at a time with an allocation per value: over a quarter of opening the
// 50,000-user benchmark org. A BLOB comes back as the UTF-8 bytes, and QString::fromUtf8 (in
// text() below) is far cheaper. The cache file is UTF-8: SQLite's default, and CacheDatabase
// never asks for another encoding.
QString selectList(
    QLatin1StringView prefix, std::initializer_list<const char *> order, std::initializer_list<const char *> integers)
{
    QStringList parts;
    for (const char *name : order) {
        const QString column = prefix + u'.' + QLatin1StringView(name);
        const bool integer = std::any_of(integers.begin(), integers.end(),
            [name](const char *other) { return QByteArrayView(other) == QByteArrayView(name); });
        parts.append(integer ? column : u"CAST(%1 AS BLOB)"_s.arg(column));
    }
    return parts.join(u", "_s);
}

// A text column of the select lists above; "" (never a null string) when empty, as the driver's
// own text values were, so what was read compares and binds exactly as before.
QString text(const QSqlQuery &q, int i)
{
    const QVariant value = q.value(i);
    if (value.typeId() != QMetaType::QByteArray)
        return value.toString(); // NULL
    const QByteArray bytes = value.toByteArray();
    return bytes.isEmpty() ? QString(u""_s) : QString::fromUtf8(bytes);
}

} // namespace

const QString userColumns = selectList("u"_L1,
    { "id", "username", "email", "system_username", "first_name", "middle_name", "last_name", "display_name", "state",
        "job_title", "department", "company", "cost_center", "employee_type", "employee_identifier", "location",
        "description", "manager_id", "alternate_email", "phone_numbers", "custom_attributes", "sudo",
        "passwordless_sudo", "mfa_required", "mfa_configured", "mfa_enrollment_status", "mfa_exclusion_until",
        "account_locked", "password_expired", "password_never_expires", "password_expiration_date",
        "externally_managed", "unix_uid", "unix_gid", "created" },
    { "sudo", "passwordless_sudo", "mfa_required", "mfa_configured", "account_locked", "password_expired",
        "password_never_expires", "externally_managed", "unix_uid", "unix_gid" });

const QString deviceColumns = selectList("d"_L1,
    { "id", "display_name", "hostname", "os_family", "os", "os_version", "arch", "agent_version", "active",
        "last_contact", "created", "serial_number", "hardware_vendor", "remote_ip", "fde_active",
        "system_insights_enabled", "mdm_enrolled", "allow_ssh_root_login", "allow_ssh_password_authentication",
        "allow_multi_factor_authentication", "description" },
    { "active", "fde_active", "system_insights_enabled", "mdm_enrolled", "allow_ssh_root_login",
        "allow_ssh_password_authentication", "allow_multi_factor_authentication" });

const QString localAccountColumns = selectList("a"_L1,
    { "device_id", "username", "uid", "gid", "home_directory", "shell", "description", "real_user", "admin",
        "suspended", "managed", "ad_managed", "last_login", "collected_at" },
    { "real_user", "admin", "suspended", "managed", "ad_managed" });

User userFrom(const QSqlQuery &q, int i)
{
    User u;
    u.id = text(q, i++);
    u.username = text(q, i++);
    u.email = text(q, i++);
    u.systemUsername = text(q, i++);
    u.firstName = text(q, i++);
    u.middleName = text(q, i++);
    u.lastName = text(q, i++);
    u.displayName = text(q, i++);
    u.state = userStateFromKey(text(q, i++));
    u.jobTitle = text(q, i++);
    u.department = text(q, i++);
    u.company = text(q, i++);
    u.costCenter = text(q, i++);
    u.employeeType = text(q, i++);
    u.employeeIdentifier = text(q, i++);
    u.location = text(q, i++);
    u.description = text(q, i++);
    u.managerId = text(q, i++);
    u.alternateEmail = text(q, i++);
    u.phoneNumbers = CacheCodec::toNamedValues(text(q, i++));
    u.customAttributes = CacheCodec::toNamedValues(text(q, i++));
    u.sudo = q.value(i++).toBool();
    u.passwordlessSudo = q.value(i++).toBool();
    u.mfaRequired = q.value(i++).toBool();
    u.mfaConfigured = q.value(i++).toBool();
    u.mfaEnrollmentStatus = text(q, i++);
    u.mfaExclusionUntil = CacheCodec::toDateTime(text(q, i++));
    u.accountLocked = q.value(i++).toBool();
    u.passwordExpired = q.value(i++).toBool();
    u.passwordNeverExpires = q.value(i++).toBool();
    u.passwordExpirationDate = CacheCodec::toDateTime(text(q, i++));
    u.externallyManaged = q.value(i++).toBool();
    u.unixUid = q.value(i++).toInt();
    u.unixGid = q.value(i++).toInt();
    u.created = CacheCodec::toDateTime(text(q, i++));
    return u;
}

Device deviceFrom(const QSqlQuery &q, int i)
{
    Device d;
    d.id = text(q, i++);
    d.displayName = text(q, i++);
    d.hostname = text(q, i++);
    d.osFamily = osFamilyFromKey(text(q, i++));
    d.os = text(q, i++);
    d.osVersion = text(q, i++);
    d.arch = text(q, i++);
    d.agentVersion = text(q, i++);
    d.active = q.value(i++).toBool();
    d.lastContact = CacheCodec::toDateTime(text(q, i++));
    d.created = CacheCodec::toDateTime(text(q, i++));
    d.serialNumber = text(q, i++);
    d.hardwareVendor = text(q, i++);
    d.remoteIp = text(q, i++);
    d.fdeActive = q.value(i++).toBool();
    d.systemInsightsEnabled = q.value(i++).toBool();
    d.mdmEnrolled = q.value(i++).toBool();
    d.allowSshRootLogin = q.value(i++).toBool();
    d.allowSshPasswordAuthentication = q.value(i++).toBool();
    d.allowMultiFactorAuthentication = q.value(i++).toBool();
    d.description = text(q, i++);
    return d;
}

LocalAccount localAccountFrom(const QSqlQuery &q, int i)
{
    LocalAccount a;
    a.deviceId = text(q, i++);
    a.username = text(q, i++);
    a.uid = text(q, i++);
    a.gid = text(q, i++);
    a.homeDirectory = text(q, i++);
    a.shell = text(q, i++);
    a.description = text(q, i++);
    a.realUser = q.value(i++).toBool();
    a.admin = q.value(i++).toBool();
    a.suspended = q.value(i++).toBool();
    a.managed = q.value(i++).toBool();
    a.adManaged = q.value(i++).toBool();
    a.lastLogin = CacheCodec::toDateTime(text(q, i++));
    a.collectedAt = CacheCodec::toDateTime(text(q, i++));
    return a;
}

} // namespace CacheRowMapper
