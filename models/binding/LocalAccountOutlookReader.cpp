#include "LocalAccountOutlookReader.h"

#include "CacheDatabase.h"
#include "CacheRowMapper.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

LocalAccountOutlookReader::LocalAccountOutlookReader(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<QList<LocalAccountOutlook>> LocalAccountOutlookReader::read(
    const Device &device, const QList<DeviceLocalAccount> &accounts) const
{
    QList<User> candidates;
    QSet<QString> seen;
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    // Both name columns are indexed COLLATE NOCASE; LocalAccountOutlook keeps only users whose effective name
    // matches (a username match does not count when the user has another local account name).
    if (!query.prepare(u"SELECT %1 FROM users u WHERE u.system_username = ? COLLATE NOCASE "
                       "OR u.username = ? COLLATE NOCASE"_s.arg(CacheRowMapper::userColumns)))
        return CacheDatabase::errorFrom(query.lastError(), u"finding the users who match a local account"_s);
    for (const DeviceLocalAccount &entry : accounts) {
        if (!entry.managedByUserId.isEmpty() || entry.account.managed)
            continue; // someone already owns it: nothing to look up
        query.bindValue(0, entry.account.username);
        query.bindValue(1, entry.account.username);
        if (!query.exec())
            return CacheDatabase::errorFrom(query.lastError(), u"finding the users who match a local account"_s);
        while (query.next()) {
            User user = CacheRowMapper::userFrom(query);
            if (!seen.contains(user.id)) {
                seen.insert(user.id);
                candidates.append(std::move(user));
            }
        }
    }
    return LocalAccountOutlook::evaluate(device, accounts, candidates);
}
