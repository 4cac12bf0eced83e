#include "OrgLoader.h"

#include "CacheDatabase.h"
#include "CacheReader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcItems, "bindery.items")

namespace {

// Reads into `org`; the caller owns the transaction.
Result<void> readAll(CacheDatabase &cache, LoadedOrg &org)
{
    const CacheReader reader(cache);
    auto info = reader.snapshotInfo();
    if (!info)
        return info.error();
    org.info = std::move(info).value();
    auto users = reader.userRows();
    if (!users)
        return users.error();
    org.users = std::move(users).value();
    auto devices = reader.deviceRows();
    if (!devices)
        return devices.error();
    org.devices = std::move(devices).value();
    auto userGroups = reader.userGroupRows();
    if (!userGroups)
        return userGroups.error();
    org.userGroups = std::move(userGroups).value();
    auto deviceGroups = reader.deviceGroupRows();
    if (!deviceGroups)
        return deviceGroups.error();
    org.deviceGroups = std::move(deviceGroups).value();
    return {};
}

} // namespace

Result<LoadedOrg> OrgLoader::load(const QString &cachePath)
{
    QElapsedTimer timer;
    timer.start();
    // CacheDatabase::open creates a missing file; a loader must not conjure an empty org instead.
    if (!QFileInfo::exists(cachePath)) {
        return Error { QString::fromLatin1(CacheDatabase::Unavailable), u"There is no cache at %1."_s.arg(cachePath) };
    }
    auto opened = CacheDatabase::open(cachePath);
    if (!opened)
        return opened.error();
    CacheDatabase &cache = *opened.value();

    LoadedOrg org;
    Result<void> read;
    {
        QSqlDatabase db = cache.database();
        if (!db.transaction())
            return CacheDatabase::errorFrom(db.lastError(), u"starting to read the cache %1"_s.arg(cachePath));
        read = readAll(cache, org);
        // Nothing was written; ending the read transaction either way only releases the snapshot.
        db.rollback();
    }
    if (!read)
        return read.error();
    qCInfo(lcItems) << "loaded" << org.users.size() << "users," << org.devices.size() << "devices,"
                    << org.userGroups.size() << "user groups," << org.deviceGroups.size() << "device groups from"
                    << cachePath << "in" << timer.elapsed() << "ms";
    return org;
}

QFuture<Result<LoadedOrg>> OrgLoader::loadAsync(const QString &cachePath)
{
    // Only the path goes in and only values come out: the connection lives and dies on the worker.
    return QtConcurrent::run([cachePath] { return load(cachePath); });
}
