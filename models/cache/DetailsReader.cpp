#include "DetailsReader.h"

#include "CacheDatabase.h"
#include "CacheRowMapper.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

bool BoundDevice::isDirect() const
{
    return std::any_of(paths.cbegin(), paths.cend(), [](const AccessPath &p) { return p.direct; });
}

bool BoundUser::isDirect() const
{
    return std::any_of(paths.cbegin(), paths.cend(), [](const AccessPath &p) { return p.direct; });
}

namespace {

// Prepares, binds one id and runs a query; `take` sees each row.
template<typename Take>
Result<void> queryById(QSqlDatabase db, const QString &sql, const QString &id, const QString &what, Take take)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    const qsizetype placeholders = sql.count(u'?');
    for (qsizetype i = 0; i < placeholders; ++i)
        query.addBindValue(id);
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache"_s.arg(what));
    while (query.next())
        take(query);
    return {};
}

Result<QList<ObjectRef>> refs(QSqlDatabase db, const QString &sql, const QString &id, const QString &what)
{
    QList<ObjectRef> list;
    auto result = queryById(db, sql, id, what, [&](const QSqlQuery &q) {
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    });
    if (!result)
        return result.error();
    return list;
}

} // namespace

DetailsReader::DetailsReader(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<QList<BoundDevice>> DetailsReader::devicesOfUser(const QString &userId) const
{
    // One row per path: the direct edge, then each user group → device group route.
    const QString sql = uR"(
        SELECT d.id, d.display_name, d.hostname, d.os_family, 1, '', '', '', '', b.sudo_enabled,
               b.sudo_without_password, u.sudo, u.passwordless_sudo
          FROM user_device_bindings b JOIN devices d ON d.id = b.device_id JOIN users u ON u.id = b.user_id
         WHERE b.user_id = ?
        UNION ALL
        SELECT d.id, d.display_name, d.hostname, d.os_family, 0, ug.id, ug.name, dg.id, dg.name, ug.sudo_enabled,
               ug.sudo_without_password, u.sudo, u.passwordless_sudo
          FROM user_group_members m
          JOIN user_groups ug ON ug.id = m.group_id
          JOIN group_bindings gb ON gb.user_group_id = m.group_id
          JOIN device_groups dg ON dg.id = gb.device_group_id
          JOIN device_group_members dm ON dm.group_id = gb.device_group_id
          JOIN devices d ON d.id = dm.device_id
          JOIN users u ON u.id = m.user_id
         WHERE m.user_id = ?)"_s;
    QList<BoundDevice> devices;
    QHash<QString, qsizetype> indexById;
    auto result = queryById(m_cache.database(), sql, userId, u"the devices of a user"_s, [&](const QSqlQuery &q) {
        const QString id = q.value(0).toString();
        auto it = indexById.find(id);
        if (it == indexById.end()) {
            BoundDevice device;
            device.deviceId = id;
            device.name = q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString();
            device.hostname = q.value(2).toString();
            device.osFamily = osFamilyFromKey(q.value(3).toString());
            device.admin = q.value(11).toBool();
            device.passwordlessSudo = q.value(11).toBool() && q.value(12).toBool();
            it = indexById.insert(id, devices.size());
            devices.append(device);
        }
        BoundDevice &device = devices[*it];
        AccessPath path { q.value(4).toBool(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toBool() };
        device.admin = device.admin || path.grantsAdmin;
        device.passwordlessSudo = device.passwordlessSudo || (path.grantsAdmin && q.value(10).toBool());
        device.paths.append(path);
    });
    if (!result)
        return result.error();
    std::sort(devices.begin(), devices.end(),
        [](const BoundDevice &a, const BoundDevice &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return devices;
}

Result<QList<BoundUser>> DetailsReader::usersOfDevice(const QString &deviceId) const
{
    const QString sql = uR"(
        SELECT u.id, u.username, u.display_name, u.first_name, u.last_name, u.system_username, u.state, 1, '', '',
               '', '', b.sudo_enabled, b.sudo_without_password, u.sudo, u.passwordless_sudo
          FROM user_device_bindings b JOIN users u ON u.id = b.user_id
         WHERE b.device_id = ?
        UNION ALL
        SELECT u.id, u.username, u.display_name, u.first_name, u.last_name, u.system_username, u.state, 0, ug.id,
               ug.name, dg.id, dg.name, ug.sudo_enabled, ug.sudo_without_password, u.sudo, u.passwordless_sudo
          FROM device_group_members dm
          JOIN device_groups dg ON dg.id = dm.group_id
          JOIN group_bindings gb ON gb.device_group_id = dm.group_id
          JOIN user_groups ug ON ug.id = gb.user_group_id
          JOIN user_group_members m ON m.group_id = gb.user_group_id
          JOIN users u ON u.id = m.user_id
         WHERE dm.device_id = ?)"_s;
    QList<BoundUser> users;
    QHash<QString, qsizetype> indexById;
    auto result = queryById(m_cache.database(), sql, deviceId, u"the users of a device"_s, [&](const QSqlQuery &q) {
        const QString id = q.value(0).toString();
        auto it = indexById.find(id);
        if (it == indexById.end()) {
            User user;
            user.username = q.value(1).toString();
            user.displayName = q.value(2).toString();
            user.firstName = q.value(3).toString();
            user.lastName = q.value(4).toString();
            user.systemUsername = q.value(5).toString();
            BoundUser bound;
            bound.userId = id;
            bound.username = user.username;
            bound.shownName = user.shownName();
            bound.localAccountName = user.effectiveLocalAccountName();
            bound.state = userStateFromKey(q.value(6).toString());
            bound.admin = q.value(14).toBool();
            bound.passwordlessSudo = q.value(14).toBool() && q.value(15).toBool();
            it = indexById.insert(id, users.size());
            users.append(bound);
        }
        BoundUser &bound = users[*it];
        AccessPath path { q.value(7).toBool(), q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
            q.value(11).toString(), q.value(12).toBool() };
        bound.admin = bound.admin || path.grantsAdmin;
        bound.passwordlessSudo = bound.passwordlessSudo || (path.grantsAdmin && q.value(13).toBool());
        bound.paths.append(path);
    });
    if (!result)
        return result.error();
    std::sort(users.begin(), users.end(),
        [](const BoundUser &a, const BoundUser &b) { return a.username.compare(b.username, Qt::CaseInsensitive) < 0; });
    return users;
}

Result<QList<DeviceLocalAccount>> DetailsReader::localAccountsOfDevice(const QString &deviceId) const
{
    QList<DeviceLocalAccount> accounts;
    auto result = queryById(m_cache.database(),
        u"SELECT %1 FROM local_accounts a WHERE a.device_id = ? ORDER BY a.username COLLATE NOCASE"_s.arg(
            CacheRowMapper::localAccountColumns),
        deviceId, u"the local accounts of a device"_s, [&](const QSqlQuery &q) {
            accounts.append({ CacheRowMapper::localAccountFrom(q), {}, {} });
        });
    if (!result)
        return result.error();
    auto bound = usersOfDevice(deviceId);
    if (!bound)
        return bound.error();
    // The directory matches local account names case-insensitively; a managed account belongs
    // to the bound user whose local account name it carries.
    for (DeviceLocalAccount &entry : accounts) {
        for (const BoundUser &user : bound.value()) {
            if (entry.account.username.compare(user.localAccountName, Qt::CaseInsensitive) == 0) {
                entry.managedByUserId = user.userId;
                entry.managedByUsername = user.username;
                break;
            }
        }
    }
    return accounts;
}

Result<QList<ObjectRef>> DetailsReader::groupsOfUser(const QString &userId) const
{
    return refs(m_cache.database(),
        u"SELECT g.id, g.name, g.description FROM user_group_members m JOIN user_groups g ON g.id = m.group_id "
        "WHERE m.user_id = ? ORDER BY g.name COLLATE NOCASE"_s,
        userId, u"the groups of a user"_s);
}

Result<QList<ObjectRef>> DetailsReader::groupsOfDevice(const QString &deviceId) const
{
    return refs(m_cache.database(),
        u"SELECT g.id, g.name, g.description FROM device_group_members m "
        "JOIN device_groups g ON g.id = m.group_id WHERE m.device_id = ? ORDER BY g.name COLLATE NOCASE"_s,
        deviceId, u"the groups of a device"_s);
}

Result<QList<ObjectRef>> DetailsReader::membersOfUserGroup(const QString &groupId) const
{
    return refs(m_cache.database(),
        u"SELECT u.id, u.username, trim(u.first_name || ' ' || u.last_name) FROM user_group_members m "
        "JOIN users u ON u.id = m.user_id WHERE m.group_id = ? ORDER BY u.username COLLATE NOCASE"_s,
        groupId, u"the members of a user group"_s);
}

Result<QList<ObjectRef>> DetailsReader::deviceGroupsOfUserGroup(const QString &groupId) const
{
    return refs(m_cache.database(),
        u"SELECT g.id, g.name, g.description FROM group_bindings b JOIN device_groups g "
        "ON g.id = b.device_group_id WHERE b.user_group_id = ? ORDER BY g.name COLLATE NOCASE"_s,
        groupId, u"the device groups of a user group"_s);
}

Result<QList<ObjectRef>> DetailsReader::membersOfDeviceGroup(const QString &groupId) const
{
    return refs(m_cache.database(),
        u"SELECT d.id, CASE WHEN d.display_name <> '' THEN d.display_name ELSE d.hostname END, d.os "
        "FROM device_group_members m JOIN devices d ON d.id = m.device_id WHERE m.group_id = ? "
        "ORDER BY 2 COLLATE NOCASE"_s,
        groupId, u"the members of a device group"_s);
}

Result<QList<ObjectRef>> DetailsReader::userGroupsOfDeviceGroup(const QString &groupId) const
{
    return refs(m_cache.database(),
        u"SELECT g.id, g.name, g.description FROM group_bindings b JOIN user_groups g "
        "ON g.id = b.user_group_id WHERE b.device_group_id = ? ORDER BY g.name COLLATE NOCASE"_s,
        groupId, u"the user groups of a device group"_s);
}
