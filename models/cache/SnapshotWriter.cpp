#include "SnapshotWriter.h"

#include "CacheCodec.h"
#include "CacheDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// A prepared INSERT that binds positional values row by row.
class Inserter
{
public:
    Inserter(QSqlDatabase db, const QString &table, const QStringList &columns)
        : m_query(db)
    {
        QStringList marks;
        marks.fill(u"?"_s, columns.size());
        m_query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u','), marks.join(u',')));
        m_table = table;
    }

    Result<void> insert(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, CacheCodec::bindable(values.at(i)));
        if (!m_query.exec())
            return CacheDatabase::errorFrom(m_query.lastError(), u"writing %1 into the cache"_s.arg(m_table));
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_table;
};

QVariantList userValues(const User &u)
{
    return { u.id, u.username, u.email, u.systemUsername, u.firstName, u.middleName, u.lastName, u.displayName,
        userStateKey(u.state), u.jobTitle, u.department, u.company, u.costCenter, u.employeeType, u.employeeIdentifier,
        u.location, u.description, u.managerId, u.alternateEmail, CacheCodec::fromNamedValues(u.phoneNumbers),
        CacheCodec::fromNamedValues(u.customAttributes), u.sudo, u.passwordlessSudo, u.mfaRequired, u.mfaConfigured,
        u.mfaEnrollmentStatus, CacheCodec::fromDateTime(u.mfaExclusionUntil), u.accountLocked, u.passwordExpired,
        u.passwordNeverExpires, CacheCodec::fromDateTime(u.passwordExpirationDate), u.externallyManaged, u.unixUid,
        u.unixGid, CacheCodec::fromDateTime(u.created) };
}

QVariantList deviceValues(const Device &d)
{
    return { d.id, d.displayName, d.hostname, osFamilyKey(d.osFamily), d.os, d.osVersion, d.arch, d.agentVersion,
        d.active, CacheCodec::fromDateTime(d.lastContact), CacheCodec::fromDateTime(d.created), d.serialNumber,
        d.hardwareVendor, d.remoteIp, d.fdeActive, d.systemInsightsEnabled, d.mdmEnrolled, d.allowSshRootLogin,
        d.allowSshPasswordAuthentication, d.allowMultiFactorAuthentication, d.description };
}

QVariantList localAccountValues(const LocalAccount &a)
{
    return { a.deviceId, a.username, a.uid, a.gid, a.homeDirectory, a.shell, a.description, a.realUser, a.admin,
        a.suspended, a.managed, a.adManaged, CacheCodec::fromDateTime(a.lastLogin),
        CacheCodec::fromDateTime(a.collectedAt) };
}

} // namespace

SnapshotWriter::SnapshotWriter(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<void> SnapshotWriter::replaceSnapshot(const OrgSnapshot &snapshot)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction())
        return CacheDatabase::errorFrom(db.lastError(), u"starting to write the snapshot"_s);

    auto write = [&]() -> Result<void> {
        QSqlQuery query(db);
        for (const auto *table : { "local_accounts", "group_bindings", "device_group_members", "user_group_members",
                 "user_device_bindings", "device_groups", "user_groups", "devices", "users" }) {
            if (!query.exec(u"DELETE FROM "_s + QLatin1StringView(table)))
                return CacheDatabase::errorFrom(query.lastError(), u"clearing the old snapshot"_s);
        }
        query.prepare(u"UPDATE snapshot SET org_id = ?, org_name = ?, synced_at = ?, source_url = ?, "
                      "settings_json = ? WHERE id = 1"_s);
        query.addBindValue(CacheCodec::bindable(snapshot.settings.orgId));
        query.addBindValue(CacheCodec::bindable(snapshot.settings.orgName));
        query.addBindValue(CacheCodec::fromDateTime(snapshot.syncedAt));
        query.addBindValue(CacheCodec::bindable(snapshot.sourceUrl));
        query.addBindValue(CacheCodec::fromSettings(snapshot.settings));
        if (!query.exec())
            return CacheDatabase::errorFrom(query.lastError(), u"writing the snapshot metadata"_s);

        Inserter users(db, u"users"_s,
            { u"id"_s, u"username"_s, u"email"_s, u"system_username"_s, u"first_name"_s, u"middle_name"_s,
                u"last_name"_s, u"display_name"_s, u"state"_s, u"job_title"_s, u"department"_s, u"company"_s,
                u"cost_center"_s, u"employee_type"_s, u"employee_identifier"_s, u"location"_s, u"description"_s,
                u"manager_id"_s, u"alternate_email"_s, u"phone_numbers"_s, u"custom_attributes"_s, u"sudo"_s,
                u"passwordless_sudo"_s, u"mfa_required"_s, u"mfa_configured"_s, u"mfa_enrollment_status"_s,
                u"mfa_exclusion_until"_s, u"account_locked"_s, u"password_expired"_s, u"password_never_expires"_s,
                u"password_expiration_date"_s, u"externally_managed"_s, u"unix_uid"_s, u"unix_gid"_s, u"created"_s });
        for (const User &user : snapshot.users) {
            if (auto r = users.insert(userValues(user)); !r)
                return r;
        }
        Inserter devices(db, u"devices"_s,
            { u"id"_s, u"display_name"_s, u"hostname"_s, u"os_family"_s, u"os"_s, u"os_version"_s, u"arch"_s,
                u"agent_version"_s, u"active"_s, u"last_contact"_s, u"created"_s, u"serial_number"_s,
                u"hardware_vendor"_s, u"remote_ip"_s, u"fde_active"_s, u"system_insights_enabled"_s, u"mdm_enrolled"_s,
                u"allow_ssh_root_login"_s, u"allow_ssh_password_authentication"_s,
                u"allow_multi_factor_authentication"_s, u"description"_s });
        for (const Device &device : snapshot.devices) {
            if (auto r = devices.insert(deviceValues(device)); !r)
                return r;
        }
        Inserter userGroups(db, u"user_groups"_s,
            { u"id"_s, u"name"_s, u"description"_s, u"email"_s, u"sudo_enabled"_s, u"sudo_without_password"_s,
                u"samba_enabled"_s, u"posix_group_name"_s, u"membership_method"_s });
        for (const UserGroup &g : snapshot.userGroups) {
            if (auto r = userGroups.insert({ g.id, g.name, g.description, g.email, g.sudoEnabled, g.sudoWithoutPassword,
                    g.sambaEnabled, g.posixGroupName, g.membershipMethod });
                !r)
                return r;
        }
        Inserter deviceGroups(db, u"device_groups"_s, { u"id"_s, u"name"_s, u"description"_s, u"membership_method"_s });
        for (const DeviceGroup &g : snapshot.deviceGroups) {
            if (auto r = deviceGroups.insert({ g.id, g.name, g.description, g.membershipMethod }); !r)
                return r;
        }
        Inserter bindings(db, u"user_device_bindings"_s,
            { u"user_id"_s, u"device_id"_s, u"sudo_enabled"_s, u"sudo_without_password"_s });
        for (const UserDeviceBinding &b : snapshot.userDeviceBindings) {
            if (auto r = bindings.insert({ b.userId, b.deviceId, b.sudoEnabled, b.sudoWithoutPassword }); !r)
                return r;
        }
        Inserter userMembers(db, u"user_group_members"_s, { u"group_id"_s, u"user_id"_s });
        for (const UserGroupMembership &m : snapshot.userGroupMemberships) {
            if (auto r = userMembers.insert({ m.groupId, m.userId }); !r)
                return r;
        }
        Inserter deviceMembers(db, u"device_group_members"_s, { u"group_id"_s, u"device_id"_s });
        for (const DeviceGroupMembership &m : snapshot.deviceGroupMemberships) {
            if (auto r = deviceMembers.insert({ m.groupId, m.deviceId }); !r)
                return r;
        }
        Inserter groupBindings(db, u"group_bindings"_s, { u"user_group_id"_s, u"device_group_id"_s });
        for (const GroupBinding &b : snapshot.groupBindings) {
            if (auto r = groupBindings.insert({ b.userGroupId, b.deviceGroupId }); !r)
                return r;
        }
        Inserter accounts(db, u"local_accounts"_s,
            { u"device_id"_s, u"username"_s, u"uid"_s, u"gid"_s, u"home_directory"_s, u"shell"_s, u"description"_s,
                u"real_user"_s, u"admin"_s, u"suspended"_s, u"managed"_s, u"ad_managed"_s, u"last_login"_s,
                u"collected_at"_s });
        for (const LocalAccount &a : snapshot.localAccounts) {
            if (auto r = accounts.insert(localAccountValues(a)); !r)
                return r;
        }
        return {};
    };

    if (auto result = write(); !result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error error = CacheDatabase::errorFrom(db.lastError(), u"saving the snapshot"_s);
        db.rollback();
        return error;
    }
    return {};
}
