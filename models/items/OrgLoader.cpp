#include "OrgLoader.h"

#include "CacheDatabase.h"
#include "CacheReader.h"
#include "WorkerPool.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcItems, "bindery.items")

namespace {

// Below this many users + devices one connection reads everything: a second one costs more than it saves.
constexpr qint64 SplitThreshold = 10'000;
// Reading a device row costs about this many user rows (measured on the benchmark org: 49,000 vs 58,000
// instructions a row), which is how the users are split so both connections finish together.
constexpr double DeviceCostInUsers = 0.85;

// A connection for one load. Memory-mapped reads: the per-row counts seek all over the bindings and
// local accounts, and through SQLite's 2 MB page cache each seek re-read pages with pread — a sixth of
// the load's CPU time was the kernel copying them. The mapping goes with this short-lived connection.
Result<std::unique_ptr<CacheDatabase>> openForLoading(const QString &cachePath)
{
    auto opened = CacheDatabase::open(cachePath);
    if (opened)
        QSqlQuery(opened.value()->database()).exec(u"PRAGMA mmap_size = 268435456"_s); // best effort
    return opened;
}

// A read transaction for the scope; nothing is written, so ending it either way only releases the snapshot.
class ReadTransaction
{
public:
    explicit ReadTransaction(CacheDatabase &cache)
        : m_db(cache.database())
        , m_open(m_db.transaction())
    {
    }
    ~ReadTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(ReadTransaction)
    bool isOpen() const { return m_open; }
    QSqlError error() const { return m_db.lastError(); }

private:
    QSqlDatabase m_db;
    bool m_open;
};

// The users with a rowid in `userRange` (all of them without one), the devices and both group tables.
using RowidRange = std::pair<qint64, qint64>;
Result<void> readRest(const CacheReader &reader, std::optional<RowidRange> userRange, LoadedOrg &org)
{
    auto users = userRange ? reader.userRowsInRowidRange(userRange->first, userRange->second) : reader.userRows();
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

// The second connection's part: its own read transaction, used only if it sees the same snapshot as the
// first. The writers of the object tables (SnapshotWriter, and SnapshotApplier for a sync) stamp the
// snapshot row's synced_at with the sync's own time in the same transaction, so an equal stamp means no
// sync committed between the two transactions' starts.
std::optional<LoadedOrg> readSecondPart(const QString &cachePath, const SnapshotInfo &expected, RowidRange users)
{
    auto opened = openForLoading(cachePath);
    if (!opened)
        return std::nullopt;
    CacheDatabase &cache = *opened.value();
    const ReadTransaction transaction(cache);
    const CacheReader reader(cache);
    const auto info = reader.snapshotInfo();
    if (!transaction.isOpen() || !info || info.value().syncedAt != expected.syncedAt
        || info.value().settings.orgId != expected.settings.orgId)
        return std::nullopt;
    LoadedOrg part;
    if (!readRest(reader, users, part))
        return std::nullopt; // the first connection reads it again and reports the error
    return part;
}

// The users' first and last rowid and how many rows the devices span; none when too small to split.
struct Extent
{
    qint64 firstUser = 0;
    qint64 lastUser = -1;
    qint64 deviceSpan = 0;
};

std::optional<Extent> splittableExtent(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    if (!query.exec(u"SELECT (SELECT min(rowid) FROM users), (SELECT max(rowid) FROM users), "
                    "(SELECT max(rowid) - min(rowid) + 1 FROM devices)"_s)
        || !query.next() || query.isNull(0))
        return std::nullopt;
    const Extent extent { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong() };
    if (extent.lastUser - extent.firstUser + 1 + extent.deviceSpan < SplitThreshold)
        return std::nullopt;
    return extent;
}

// Reads into `org` inside the caller's read transaction on `cache`. A large org is read on two
// connections at once (users up to a split point here; the other users, the devices and the groups on a
// worker), which on two idle cores takes the benchmark org's load from ~0.9 s to ~0.55 s; the parts are
// joined in rowid order, exactly as one connection reads them.
Result<void> readAll(const QString &cachePath, CacheDatabase &cache, LoadedOrg &org)
{
    const CacheReader reader(cache);
    auto info = reader.snapshotInfo(); // the first read: it fixes this transaction's snapshot
    if (!info)
        return info.error();
    org.info = std::move(info).value();

    const std::optional<Extent> extent = splittableExtent(cache);
    if (!extent)
        return readRest(reader, std::nullopt, org);

    const qint64 userSpan = extent->lastUser - extent->firstUser + 1;
    const auto half = qint64(std::llround((double(userSpan) + DeviceCostInUsers * double(extent->deviceSpan)) / 2));
    const qint64 split = extent->firstUser + std::clamp<qint64>(half, 0, userSpan);
    QFuture<std::optional<LoadedOrg>> second = QtConcurrent::run(
        WorkerPool::instance(), [cachePath, expected = org.info, users = RowidRange { split, extent->lastUser }] {
            return readSecondPart(cachePath, expected, users);
        });
    auto first = reader.userRowsInRowidRange(extent->firstUser, split - 1);
    // A pool with no free thread runs the second part right here (QFuture steals it): slower, never stuck.
    std::optional<LoadedOrg> rest = second.result();
    if (!first)
        return first.error();
    if (!rest) {
        // Another snapshot, or an error there: this connection reads the rest itself (and reports the error).
        qCInfo(lcItems) << "reading the rest of" << cachePath << "on one connection";
        LoadedOrg own;
        if (auto result = readRest(reader, RowidRange { split, extent->lastUser }, own); !result)
            return result;
        rest = std::move(own);
    }
    org.users = std::move(first).value();
    org.users.append(std::move(rest->users));
    org.devices = std::move(rest->devices);
    org.userGroups = std::move(rest->userGroups);
    org.deviceGroups = std::move(rest->deviceGroups);
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
    auto opened = openForLoading(cachePath);
    if (!opened)
        return opened.error();
    CacheDatabase &cache = *opened.value();

    LoadedOrg org;
    {
        const ReadTransaction transaction(cache);
        if (!transaction.isOpen())
            return CacheDatabase::errorFrom(transaction.error(), u"starting to read the cache %1"_s.arg(cachePath));
        if (auto read = readAll(cachePath, cache, org); !read)
            return read.error();
    }
    qCInfo(lcItems) << "loaded" << org.users.size() << "users," << org.devices.size() << "devices,"
                    << org.userGroups.size() << "user groups," << org.deviceGroups.size() << "device groups from"
                    << cachePath << "in" << timer.elapsed() << "ms";
    return org;
}

QFuture<Result<LoadedOrg>> OrgLoader::loadAsync(const QString &cachePath)
{
    // Only the path goes in and only values come out: the connections live and die on the workers.
    return QtConcurrent::run(WorkerPool::instance(), [cachePath] { return load(cachePath); });
}
