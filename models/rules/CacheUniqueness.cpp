#include "CacheUniqueness.h"

#include "CacheDatabase.h"
#include "ChangeKind.h"
#include "OutboxStore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QLatin1StringView columnOf(UserUniqueness::Key key)
{
    switch (key) {
    case UserUniqueness::Key::Email:
        return "email"_L1;
    case UserUniqueness::Key::EmployeeId:
        return "employee_identifier"_L1;
    case UserUniqueness::Key::LocalAccountName:
        return "system_username"_L1;
    case UserUniqueness::Key::Username:
        break;
    }
    return "username"_L1;
}

QLatin1StringView claimKeyOf(UserUniqueness::Key key)
{
    switch (key) {
    case UserUniqueness::Key::Email:
        return "email"_L1;
    case UserUniqueness::Key::EmployeeId:
        return "employeeIdentifier"_L1;
    case UserUniqueness::Key::LocalAccountName:
        return "systemUsername"_L1;
    case UserUniqueness::Key::Username:
        break;
    }
    return "username"_L1;
}

} // namespace

CacheUniqueness::CacheUniqueness(CacheDatabase &cache)
    : m_cache(cache)
{
    reloadOutbox();
}

void CacheUniqueness::reloadOutbox()
{
    m_claims.clear();
    const auto rows = OutboxStore(m_cache).rows();
    if (!rows)
        return; // the cache checks still run; the pusher reports a clash the outbox hid
    for (const OutboxRow &row : rows.value()) {
        if (row.state == OutboxRow::State::Done)
            continue;
        const QJsonObject fields = row.payload.value("fields"_L1).toObject();
        if (row.kind == ChangeKind::UserCreate || row.kind == ChangeKind::UserUpdate) {
            const QString userId = row.payload.value("userId"_L1).toString();
            const QString name = fields.value("username"_L1).toString(row.summary);
            for (const auto key : { "username"_L1, "email"_L1, "employeeIdentifier"_L1, "systemUsername"_L1 }) {
                if (const QString value = fields.value(key).toString(); !value.isEmpty())
                    m_claims.append({ key, value, { userId, name, true } });
            }
        } else if (row.kind == ChangeKind::UserGroupCreate || row.kind == ChangeKind::UserGroupUpdate
            || row.kind == ChangeKind::DeviceGroupCreate || row.kind == ChangeKind::DeviceGroupUpdate) {
            const QString name = fields.value("name"_L1).toString();
            if (name.isEmpty())
                continue;
            const bool userGroup = row.kind.startsWith("userGroup"_L1);
            m_claims.append({ userGroup ? u"userGroup"_s : u"deviceGroup"_s, name,
                { row.payload.value("groupId"_L1).toString(), name, true } });
        }
    }
}

std::optional<ValueOwner> CacheUniqueness::claimed(
    const QString &key, const QString &value, const QString &exceptId, Qt::CaseSensitivity cs) const
{
    for (const Claim &claim : m_claims) {
        if (claim.key == key && claim.value.compare(value, cs) == 0
            && (claim.owner.id.isEmpty() || claim.owner.id != exceptId))
            return claim.owner;
    }
    return std::nullopt;
}

std::optional<ValueOwner> CacheUniqueness::owner(Key key, const QString &value, const QString &exceptUserId) const
{
    if (value.isEmpty())
        return std::nullopt;
    // COLLATE NOCASE uses the users_*_nocase indexes; the employee id is compared exactly.
    const QString collate = key == Key::EmployeeId ? QString() : u" COLLATE NOCASE"_s;
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, username FROM users WHERE %1 = ?%2 AND id <> coalesce(?, '') LIMIT 1"_s.arg(
        columnOf(key), collate));
    query.addBindValue(value);
    query.addBindValue(exceptUserId);
    if (query.exec() && query.next())
        return ValueOwner { query.value(0).toString(), query.value(1).toString(), false };
    return claimed(
        claimKeyOf(key), value, exceptUserId, key == Key::EmployeeId ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

std::optional<ValueOwner> CacheUniqueness::groupNamed(
    GroupKind kind, const QString &name, const QString &exceptId) const
{
    if (name.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name FROM %1 WHERE name = ? COLLATE NOCASE AND id <> coalesce(?, '') LIMIT 1"_s.arg(
        kind == GroupKind::User ? "user_groups"_L1 : "device_groups"_L1));
    query.addBindValue(name);
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return ValueOwner { query.value(0).toString(), query.value(1).toString(), false };
    return claimed(kind == GroupKind::User ? u"userGroup"_s : u"deviceGroup"_s, name, exceptId);
}

int CacheUniqueness::devicesNamed(const QString &name, const QString &exceptId) const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*) FROM devices WHERE (display_name = ? COLLATE NOCASE OR hostname = ? COLLATE "
                  "NOCASE) AND id <> coalesce(?, '')"_s);
    query.addBindValue(name);
    query.addBindValue(name);
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}
