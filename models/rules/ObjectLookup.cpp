#include "ObjectLookup.h"

#include "CacheDatabase.h"
#include "CacheReader.h"
#include "CacheRowMapper.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// Runs `sql` (ending in "IN (%1)") for the ids and returns the objects in the order of `ids`.
template<typename T, typename From, typename IdOf>
Result<QList<T>> byIds(
    CacheDatabase &cache, const QString &sql, const QStringList &ids, const QString &what, From from, IdOf idOf)
{
    if (ids.isEmpty())
        return QList<T> {};
    QHash<QString, T> found;
    // SQLite allows 32,766 host parameters; chunks keep a large selection well inside that.
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QStringList part = ids.mid(start, chunk);
        QStringList marks(part.size(), u"?"_s);
        QSqlQuery query(cache.database());
        query.setForwardOnly(true);
        query.prepare(sql.arg(marks.join(u',')));
        for (const QString &id : part)
            query.addBindValue(id);
        if (!query.exec())
            return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache"_s.arg(what));
        while (query.next()) {
            T value = from(query);
            found.insert(idOf(value), std::move(value));
        }
    }
    QList<T> list;
    list.reserve(found.size());
    for (const QString &id : ids) {
        if (const auto it = found.constFind(id); it != found.cend())
            list.append(*it);
    }
    return list;
}

Result<QList<ObjectRef>> refs(CacheDatabase &cache, const QString &sql, const QString &what)
{
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache"_s.arg(what));
    QList<ObjectRef> list;
    while (query.next())
        list.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
    return list;
}

} // namespace

ObjectLookup::ObjectLookup(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<QList<User>> ObjectLookup::users(const QStringList &ids) const
{
    return byIds<User>(
        m_cache, u"SELECT %1 FROM users u WHERE u.id IN (%2)"_s.arg(CacheRowMapper::userColumns, u"%1"_s), ids,
        u"users"_s, [](const QSqlQuery &q) { return CacheRowMapper::userFrom(q); }, [](const User &u) { return u.id; });
}

Result<QList<Device>> ObjectLookup::devices(const QStringList &ids) const
{
    return byIds<Device>(
        m_cache, u"SELECT %1 FROM devices d WHERE d.id IN (%2)"_s.arg(CacheRowMapper::deviceColumns, u"%1"_s), ids,
        u"devices"_s, [](const QSqlQuery &q) { return CacheRowMapper::deviceFrom(q); },
        [](const Device &d) { return d.id; });
}

Result<QList<UserGroup>> ObjectLookup::userGroups(const QStringList &ids) const
{
    return byIds<UserGroup>(
        m_cache,
        u"SELECT id, name, description, email, sudo_enabled, sudo_without_password, samba_enabled, "
        "posix_group_name, membership_method FROM user_groups WHERE id IN (%1)"_s,
        ids, u"user groups"_s,
        [](const QSqlQuery &q) {
            return UserGroup { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toBool(), q.value(5).toBool(), q.value(6).toBool(),
                q.value(7).toString(), q.value(8).toString() };
        },
        [](const UserGroup &g) { return g.id; });
}

Result<QList<DeviceGroup>> ObjectLookup::deviceGroups(const QStringList &ids) const
{
    return byIds<DeviceGroup>(
        m_cache, u"SELECT id, name, description, membership_method FROM device_groups WHERE id IN (%1)"_s, ids,
        u"device groups"_s,
        [](const QSqlQuery &q) {
            return DeviceGroup { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString() };
        },
        [](const DeviceGroup &g) { return g.id; });
}

Result<OrgSettings> ObjectLookup::settings() const
{
    auto info = CacheReader(m_cache).snapshotInfo();
    if (!info)
        return info.error();
    return info.value().settings;
}

Result<QList<ObjectRef>> ObjectLookup::allUsers() const
{
    return refs(m_cache,
        u"SELECT id, username, trim(first_name || ' ' || last_name) FROM users ORDER BY username COLLATE NOCASE"_s,
        u"users"_s);
}

Result<QList<ObjectRef>> ObjectLookup::allDevices() const
{
    return refs(m_cache,
        u"SELECT id, CASE WHEN display_name <> '' THEN display_name ELSE hostname END, hostname FROM devices "
        "ORDER BY 2 COLLATE NOCASE"_s,
        u"devices"_s);
}

Result<QList<ObjectRef>> ObjectLookup::allUserGroups() const
{
    return refs(
        m_cache, u"SELECT id, name, description FROM user_groups ORDER BY name COLLATE NOCASE"_s, u"user groups"_s);
}

Result<QList<ObjectRef>> ObjectLookup::allDeviceGroups() const
{
    return refs(
        m_cache, u"SELECT id, name, description FROM device_groups ORDER BY name COLLATE NOCASE"_s, u"device groups"_s);
}
