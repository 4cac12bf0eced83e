#include "CacheReader.h"

#include "CacheCodec.h"
#include "CacheDatabase.h"
#include "CacheRowMapper.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Runs a forward-only SELECT with `values` bound in order and hands each row to `take`; fails with a cache error.
template<typename Take>
Result<void> forEachRow(QSqlDatabase db, const QString &sql, const QVariantList &values, const QString &what, Take take)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache"_s.arg(what));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache"_s.arg(what));
    while (query.next())
        take(query);
    if (query.lastError().isValid())
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache"_s.arg(what));
    return {};
}

template<typename Take>
Result<void> forEachRow(QSqlDatabase db, const QString &sql, const QString &what, Take take)
{
    return forEachRow(db, sql, QVariantList {}, what, take);
}

// Runs `sql` (which ends in a WHERE clause's "%ids" placeholder) once per chunk of ids, binding
// each id: SQLite allows a limited number of host parameters per statement.
template<typename Take>
Result<void> forEachRowWithIds(
    QSqlDatabase db, const QString &sql, const QStringList &ids, const QString &what, Take take)
{
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const QStringList chunk = ids.mid(start, Chunk);
        const QStringList marks(chunk.size(), u"?"_s);
        const QVariantList values(chunk.cbegin(), chunk.cend());
        if (auto result = forEachRow(db, QString(sql).replace(u"%ids"_s, marks.join(u',')), values, what, take);
            !result)
            return result;
    }
    return {};
}

// All rows when `ids` is empty, else only those (order: the table's for all, unspecified for some).
template<typename Take>
Result<void> readRows(QSqlDatabase db, const QString &selectFrom, const QString &idColumn, const QStringList *ids,
    const QString &what, Take take)
{
    if (!ids)
        return forEachRow(db, selectFrom + " ORDER BY "_L1 + idColumn.section(u'.', 0, 0) + ".rowid"_L1, what, take);
    return forEachRowWithIds(db, selectFrom + " WHERE "_L1 + idColumn + " IN (%ids)"_L1, *ids, what, take);
}

// What the Users pane shows: the user and the counts beside it.
const QString &userRowsSelect()
{
    static const QString sql = u"SELECT %1, "
                               "(SELECT count(*) FROM user_device_bindings b WHERE b.user_id = u.id), "
                               "(SELECT count(*) FROM user_group_members m WHERE m.user_id = u.id) "
                               "FROM users u"_s.arg(CacheRowMapper::userColumns);
    return sql;
}

UserRow userRowFrom(const QSqlQuery &q)
{
    constexpr int n = CacheRowMapper::userColumnCount;
    return { CacheRowMapper::userFrom(q), q.value(n).toInt(), q.value(n + 1).toInt() };
}
} // namespace

CacheReader::CacheReader(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<SnapshotInfo> CacheReader::snapshotInfo() const
{
    SnapshotInfo info;
    auto result = forEachRow(m_cache.database(),
        u"SELECT org_id, org_name, synced_at, source_url, settings_json FROM snapshot"_s, u"the snapshot metadata"_s,
        [&](const QSqlQuery &q) {
            info.settings = CacheCodec::toSettings(q.value(4).toString());
            info.settings.orgId = q.value(0).toString();
            info.settings.orgName = q.value(1).toString();
            info.syncedAt = CacheCodec::toDateTime(q.value(2).toString());
            info.sourceUrl = q.value(3).toString();
        });
    if (!result)
        return result.error();
    return info;
}

Result<QList<UserRow>> CacheReader::userRows() const
{
    return readUserRows(nullptr);
}

Result<QList<UserRow>> CacheReader::userRows(const QStringList &ids) const
{
    return readUserRows(&ids);
}

Result<QList<UserRow>> CacheReader::readUserRows(const QStringList *ids) const
{
    QList<UserRow> rows;
    auto result = readRows(m_cache.database(), userRowsSelect(), u"u.id"_s, ids, u"users"_s,
        [&](const QSqlQuery &q) { rows.append(userRowFrom(q)); });
    if (!result)
        return result.error();
    return rows;
}

Result<QList<UserRow>> CacheReader::userRowsInRowidRange(qint64 first, qint64 last) const
{
    QList<UserRow> rows;
    auto result
        = forEachRow(m_cache.database(), userRowsSelect() + " WHERE u.rowid BETWEEN ? AND ? ORDER BY u.rowid"_L1,
            { first, last }, u"users"_s, [&](const QSqlQuery &q) { rows.append(userRowFrom(q)); });
    if (!result)
        return result.error();
    return rows;
}

Result<QList<DeviceRow>> CacheReader::deviceRows() const
{
    return readDeviceRows(nullptr);
}

Result<QList<DeviceRow>> CacheReader::deviceRows(const QStringList &ids) const
{
    return readDeviceRows(&ids);
}

Result<QList<DeviceRow>> CacheReader::readDeviceRows(const QStringList *ids) const
{
    QList<DeviceRow> rows;
    const QString sql = u"SELECT %1, "
                        "(SELECT count(*) FROM user_device_bindings b WHERE b.device_id = d.id), "
                        "(SELECT count(*) FROM local_accounts a WHERE a.device_id = d.id), "
                        "(SELECT count(*) FROM device_group_members m WHERE m.device_id = d.id) "
                        "FROM devices d"_s.arg(CacheRowMapper::deviceColumns);
    constexpr int n = CacheRowMapper::deviceColumnCount;
    auto result = readRows(m_cache.database(), sql, u"d.id"_s, ids, u"devices"_s, [&](const QSqlQuery &q) {
        rows.append(
            { CacheRowMapper::deviceFrom(q), q.value(n).toInt(), q.value(n + 1).toInt(), q.value(n + 2).toInt() });
    });
    if (!result)
        return result.error();
    return rows;
}

Result<QList<UserGroupRow>> CacheReader::userGroupRows() const
{
    return readUserGroupRows(nullptr);
}

Result<QList<UserGroupRow>> CacheReader::userGroupRows(const QStringList &ids) const
{
    return readUserGroupRows(&ids);
}

Result<QList<UserGroupRow>> CacheReader::readUserGroupRows(const QStringList *ids) const
{
    QList<UserGroupRow> rows;
    const QString sql = u"SELECT g.id, g.name, g.description, g.email, g.sudo_enabled, g.sudo_without_password, "
                        "g.samba_enabled, g.posix_group_name, g.membership_method, "
                        "(SELECT count(*) FROM user_group_members m WHERE m.group_id = g.id), "
                        "(SELECT count(*) FROM group_bindings b WHERE b.user_group_id = g.id) "
                        "FROM user_groups g"_s;
    auto result = readRows(m_cache.database(), sql, u"g.id"_s, ids, u"user groups"_s, [&](const QSqlQuery &q) {
        UserGroup g { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toBool(), q.value(5).toBool(), q.value(6).toBool(), q.value(7).toString(),
            q.value(8).toString() };
        rows.append({ std::move(g), q.value(9).toInt(), q.value(10).toInt() });
    });
    if (!result)
        return result.error();
    return rows;
}

Result<QList<DeviceGroupRow>> CacheReader::deviceGroupRows() const
{
    return readDeviceGroupRows(nullptr);
}

Result<QList<DeviceGroupRow>> CacheReader::deviceGroupRows(const QStringList &ids) const
{
    return readDeviceGroupRows(&ids);
}

Result<QList<DeviceGroupRow>> CacheReader::readDeviceGroupRows(const QStringList *ids) const
{
    QList<DeviceGroupRow> rows;
    const QString sql = u"SELECT g.id, g.name, g.description, g.membership_method, "
                        "(SELECT count(*) FROM device_group_members m WHERE m.group_id = g.id), "
                        "(SELECT count(*) FROM group_bindings b WHERE b.device_group_id = g.id) "
                        "FROM device_groups g"_s;
    auto result = readRows(m_cache.database(), sql, u"g.id"_s, ids, u"device groups"_s, [&](const QSqlQuery &q) {
        DeviceGroup g { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
        rows.append({ std::move(g), q.value(4).toInt(), q.value(5).toInt() });
    });
    if (!result)
        return result.error();
    return rows;
}

Result<OrgSnapshot> CacheReader::snapshot() const
{
    OrgSnapshot s;
    auto info = snapshotInfo();
    if (!info)
        return info.error();
    s.settings = info.value().settings;
    s.syncedAt = info.value().syncedAt;
    s.sourceUrl = info.value().sourceUrl;

    QSqlDatabase db = m_cache.database();
    const QList<Result<void>> steps {
        forEachRow(db, u"SELECT %1 FROM users u ORDER BY u.rowid"_s.arg(CacheRowMapper::userColumns), u"users"_s,
            [&](const QSqlQuery &q) { s.users.append(CacheRowMapper::userFrom(q)); }),
        forEachRow(db, u"SELECT %1 FROM devices d ORDER BY d.rowid"_s.arg(CacheRowMapper::deviceColumns), u"devices"_s,
            [&](const QSqlQuery &q) { s.devices.append(CacheRowMapper::deviceFrom(q)); }),
        forEachRow(db,
            u"SELECT user_id, device_id, sudo_enabled, sudo_without_password FROM user_device_bindings "
            "ORDER BY user_id, device_id"_s,
            u"bindings"_s,
            [&](const QSqlQuery &q) {
                s.userDeviceBindings.append(
                    { q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toBool() });
            }),
        forEachRow(db, u"SELECT group_id, user_id FROM user_group_members ORDER BY group_id, user_id"_s,
            u"group memberships"_s,
            [&](const QSqlQuery &q) {
                s.userGroupMemberships.append({ q.value(0).toString(), q.value(1).toString() });
            }),
        forEachRow(db, u"SELECT group_id, device_id FROM device_group_members ORDER BY group_id, device_id"_s,
            u"device group memberships"_s,
            [&](const QSqlQuery &q) {
                s.deviceGroupMemberships.append({ q.value(0).toString(), q.value(1).toString() });
            }),
        forEachRow(db,
            u"SELECT user_group_id, device_group_id FROM group_bindings "
            "ORDER BY user_group_id, device_group_id"_s,
            u"group bindings"_s,
            [&](const QSqlQuery &q) {
                s.groupBindings.append({ q.value(0).toString(), q.value(1).toString() });
            }),
        forEachRow(db,
            u"SELECT %1 FROM local_accounts a ORDER BY a.device_id, a.username"_s.arg(
                CacheRowMapper::localAccountColumns),
            u"local accounts"_s,
            [&](const QSqlQuery &q) { s.localAccounts.append(CacheRowMapper::localAccountFrom(q)); }),
    };
    for (const auto &step : steps) {
        if (!step)
            return step.error();
    }
    auto userGroups = userGroupRows();
    if (!userGroups)
        return userGroups.error();
    for (const UserGroupRow &row : userGroups.value())
        s.userGroups.append(row.group);
    auto deviceGroups = deviceGroupRows();
    if (!deviceGroups)
        return deviceGroups.error();
    for (const DeviceGroupRow &row : deviceGroups.value())
        s.deviceGroups.append(row.group);
    return s;
}
