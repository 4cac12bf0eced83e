#include "CacheDatabase.h"

#include "CacheFileHeader.h"
#include "CacheSchema.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "bindery.cache")

namespace {

constexpr int PrepareAttempts = 100;
constexpr unsigned long PrepareRetryMs = 20;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"bindery-cache-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Result<void> exec(QSqlDatabase &db, const QString &statement, const QString &context)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return CacheDatabase::errorFrom(query.lastError(), context);
    return {};
}

} // namespace

CacheDatabase::CacheDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::open(const QString &path)
{
    return openImpl(path, CacheSchema::latestVersion());
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::openAtVersion(const QString &path, int version)
{
    return openImpl(path, version);
}

Result<std::unique_ptr<CacheDatabase>> CacheDatabase::openImpl(const QString &path, int targetVersion)
{
    if (auto header = CacheFileHeader::check(path); !header)
        return header.error();

    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, cache->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return errorFrom(db.lastError(), u"opening the cache %1"_s.arg(path));
    }
    QSqlDatabase db = cache->database();
    // user_version is the first read of the file: SQLite reports "not a database" or
    // corruption here, before we change anything.
    const int version = cache->schemaVersion();
    if (version < 0) {
        QSqlQuery probe(db);
        probe.exec(u"PRAGMA user_version"_s);
        return errorFrom(probe.lastError(), u"reading the cache %1"_s.arg(path));
    }
    if (version > CacheSchema::latestVersion()) {
        return Error { QString::fromLatin1(NewerSchema),
            u"The cache %1 was written by a newer Bindery (schema %2; this version knows up to %3)."_s.arg(path)
                .arg(version)
                .arg(CacheSchema::latestVersion()) };
    }
    // secure_delete FAST: content a connection deletes or rewrites (an outbox row's password once sent, a row the
    // admin undid) is zeroed in the pages SQLite writes anyway, so it does not linger in the file at no extra I/O.
    for (const auto *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
             "PRAGMA secure_delete = FAST" }) {
        // Switching a new file to WAL needs it to itself for a moment; when two connections open it at once (the sync
        // thread and the window's loader), SQLite answers BUSY at once rather than wait (a possible deadlock), so
        // this step retries for a while before it gives up.
        Result<void> result;
        for (int attempt = 0; attempt < PrepareAttempts; ++attempt) {
            result = exec(db, QString::fromLatin1(pragma), u"preparing the cache %1"_s.arg(path));
            if (result || result.error().code != QLatin1StringView(Busy))
                break;
            QThread::msleep(PrepareRetryMs);
        }
        if (!result)
            return result.error();
    }
    if (auto migrated = cache->migrateTo(targetVersion); !migrated)
        return migrated.error();
    return cache;
}

QSqlDatabase CacheDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int CacheDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> CacheDatabase::migrateTo(int targetVersion)
{
    QSqlDatabase db = database();
    for (const CacheSchema::Migration &migration : CacheSchema::migrations()) {
        if (migration.version > targetVersion)
            break;
        if (migration.version <= schemaVersion())
            continue;
        const QString context = u"upgrading the cache %1 to schema %2 (%3)"_s.arg(m_path)
                                    .arg(migration.version)
                                    .arg(migration.description);
        // Another connection (the sync thread, the window's loader) may open the same new file at the same moment:
        // take the write lock first, then look again, so exactly one of them runs each migration.
        if (auto locked = exec(db, u"BEGIN IMMEDIATE"_s, context); !locked)
            return locked.error();
        if (migration.version <= schemaVersion()) {
            exec(db, u"ROLLBACK"_s, context);
            continue;
        }
        qCInfo(lcCache) << "migrating" << m_path << "to schema" << migration.version << migration.description;
        Result<void> step;
        for (const QString &statement : migration.statements) {
            step = exec(db, statement, context);
            if (!step)
                break;
        }
        if (step)
            step = exec(db, u"PRAGMA user_version = %1"_s.arg(migration.version), context);
        if (step)
            step = exec(db, u"COMMIT"_s, context);
        if (!step) {
            exec(db, u"ROLLBACK"_s, context);
            return step.error();
        }
    }
    return {};
}

Result<void> CacheDatabase::checkIntegrity() const
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA quick_check"_s))
        return errorFrom(query.lastError(), u"checking the cache %1"_s.arg(m_path));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != "ok"_L1)
            problems << line;
    }
    if (problems.isEmpty())
        return {};
    return Error { QString::fromLatin1(Corrupt),
        u"The cache %1 is damaged: %2"_s.arg(m_path, problems.mid(0, 3).join(u"; "_s)) };
}

Error CacheDatabase::errorFrom(const QSqlError &sqlError, const QString &context)
{
    // SQLite's primary result code is the low byte of the (possibly extended) native code.
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString text = sqlError.text();
    switch (code) {
    case 11: // SQLITE_CORRUPT
        return { QString::fromLatin1(Corrupt), u"The cache file is damaged (%1 failed: %2)."_s.arg(context, text) };
    case 26: // SQLITE_NOTADB
        return { QString::fromLatin1(NotADatabase),
            u"The file is not a Bindery cache (%1 failed: %2)."_s.arg(context, text) };
    case 13: // SQLITE_FULL
        return { QString::fromLatin1(DiskFull),
            u"The disk is full (%1 failed). Free some space and try again; nothing was changed."_s.arg(context) };
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return { QString::fromLatin1(Busy),
            u"The cache is in use by another Bindery process (%1 failed: %2)."_s.arg(context, text) };
    case 14: // SQLITE_CANTOPEN
    case 10: // SQLITE_IOERR
    case 8: // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return { QString::fromLatin1(Unavailable),
            u"The cache file cannot be used (%1 failed: %2)."_s.arg(context, text) };
    default:
        break;
    }
    return { QString::fromLatin1(Sql), u"%1 failed: %2"_s.arg(context, text) };
}
