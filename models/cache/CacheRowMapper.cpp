#include "CacheRowMapper.h"

#include "CacheCodec.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace CacheRowMapper {

const QString userColumns = u"u.id, u.username, u.email, u.system_username, u.first_name, u.middle_name, "
                            "u.last_name, u.display_name, u.state, u.job_title, u.department, u.company, "
                            "u.cost_center, u.employee_type, u.employee_identifier, u.location, u.description, "
                            "u.manager_id, u.alternate_email, u.phone_numbers, u.custom_attributes, u.sudo, "
                            "u.passwordless_sudo, u.mfa_required, u.mfa_configured, u.mfa_enrollment_status, "
                            "u.mfa_exclusion_until, u.account_locked, u.password_expired, "
                            "u.password_never_expires, u.password_expiration_date, u.externally_managed, "
                            "u.unix_uid, u.unix_gid, u.created"_s;

const QString deviceColumns = u"d.id, d.display_name, d.hostname, d.os_family, d.os, d.os_version, d.arch, "
                              "d.agent_version, d.active, d.last_contact, d.created, d.serial_number, "
                              "d.hardware_vendor, d.remote_ip, d.fde_active, d.system_insights_enabled, "
                              "d.mdm_enrolled, d.allow_ssh_root_login, d.allow_ssh_password_authentication, "
                              "d.allow_multi_factor_authentication, d.description"_s;

const QString localAccountColumns = u"a.device_id, a.username, a.uid, a.gid, a.home_directory, a.shell, "
                                    "a.description, a.real_user, a.admin, a.suspended, a.managed, a.ad_managed, "
                                    "a.last_login, a.collected_at"_s;

User userFrom(const QSqlQuery &q, int i)
{
    User u;
    u.id = q.value(i++).toString();
    u.username = q.value(i++).toString();
    u.email = q.value(i++).toString();
    u.systemUsername = q.value(i++).toString();
    u.firstName = q.value(i++).toString();
    u.middleName = q.value(i++).toString();
    u.lastName = q.value(i++).toString();
    u.displayName = q.value(i++).toString();
    u.state = userStateFromKey(q.value(i++).toString());
    u.jobTitle = q.value(i++).toString();
    u.department = q.value(i++).toString();
    u.company = q.value(i++).toString();
    u.costCenter = q.value(i++).toString();
    u.employeeType = q.value(i++).toString();
    u.employeeIdentifier = q.value(i++).toString();
    u.location = q.value(i++).toString();
    u.description = q.value(i++).toString();
    u.managerId = q.value(i++).toString();
    u.alternateEmail = q.value(i++).toString();
    u.phoneNumbers = CacheCodec::toNamedValues(q.value(i++).toString());
    u.customAttributes = CacheCodec::toNamedValues(q.value(i++).toString());
    u.sudo = q.value(i++).toBool();
    u.passwordlessSudo = q.value(i++).toBool();
    u.mfaRequired = q.value(i++).toBool();
    u.mfaConfigured = q.value(i++).toBool();
    u.mfaEnrollmentStatus = q.value(i++).toString();
    u.mfaExclusionUntil = CacheCodec::toDateTime(q.value(i++).toString());
    u.accountLocked = q.value(i++).toBool();
    u.passwordExpired = q.value(i++).toBool();
    u.passwordNeverExpires = q.value(i++).toBool();
    u.passwordExpirationDate = CacheCodec::toDateTime(q.value(i++).toString());
    u.externallyManaged = q.value(i++).toBool();
    u.unixUid = q.value(i++).toInt();
    u.unixGid = q.value(i++).toInt();
    u.created = CacheCodec::toDateTime(q.value(i++).toString());
    return u;
}

Device deviceFrom(const QSqlQuery &q, int i)
{
    Device d;
    d.id = q.value(i++).toString();
    d.displayName = q.value(i++).toString();
    d.hostname = q.value(i++).toString();
    d.osFamily = osFamilyFromKey(q.value(i++).toString());
    d.os = q.value(i++).toString();
    d.osVersion = q.value(i++).toString();
    d.arch = q.value(i++).toString();
    d.agentVersion = q.value(i++).toString();
    d.active = q.value(i++).toBool();
    d.lastContact = CacheCodec::toDateTime(q.value(i++).toString());
    d.created = CacheCodec::toDateTime(q.value(i++).toString());
    d.serialNumber = q.value(i++).toString();
    d.hardwareVendor = q.value(i++).toString();
    d.remoteIp = q.value(i++).toString();
    d.fdeActive = q.value(i++).toBool();
    d.systemInsightsEnabled = q.value(i++).toBool();
    d.mdmEnrolled = q.value(i++).toBool();
    d.allowSshRootLogin = q.value(i++).toBool();
    d.allowSshPasswordAuthentication = q.value(i++).toBool();
    d.allowMultiFactorAuthentication = q.value(i++).toBool();
    d.description = q.value(i++).toString();
    return d;
}

LocalAccount localAccountFrom(const QSqlQuery &q, int i)
{
    LocalAccount a;
    a.deviceId = q.value(i++).toString();
    a.username = q.value(i++).toString();
    a.uid = q.value(i++).toString();
    a.gid = q.value(i++).toString();
    a.homeDirectory = q.value(i++).toString();
    a.shell = q.value(i++).toString();
    a.description = q.value(i++).toString();
    a.realUser = q.value(i++).toBool();
    a.admin = q.value(i++).toBool();
    a.suspended = q.value(i++).toBool();
    a.managed = q.value(i++).toBool();
    a.adManaged = q.value(i++).toBool();
    a.lastLogin = CacheCodec::toDateTime(q.value(i++).toString());
    a.collectedAt = CacheCodec::toDateTime(q.value(i++).toString());
    return a;
}

} // namespace CacheRowMapper
