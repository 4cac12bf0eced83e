#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

// One SQLite connection to a cache file, opened, checked and migrated to the latest schema.
// Each thread that touches the cache owns its own CacheDatabase (SQLite connections are not
// shared across threads); WAL mode lets readers and the one writer work at the same time.
class CacheDatabase
{
public:
    // Stable error codes for Error::code.
    static constexpr auto NewerSchema = "cache-newer-schema";
    static constexpr auto Corrupt = "cache-corrupt";
    static constexpr auto Truncated = "cache-truncated";
    static constexpr auto NotADatabase = "cache-not-a-database";
    static constexpr auto Unavailable = "cache-unavailable"; // cannot open or create the file
    static constexpr auto DiskFull = "cache-disk-full";
    static constexpr auto Busy = "cache-busy";
    static constexpr auto Sql = "cache-sql";

    Q_DISABLE_COPY_MOVE(CacheDatabase)
    ~CacheDatabase();

    // Opens (creating when missing) and brings the schema to the latest version.
    static Result<std::unique_ptr<CacheDatabase>> open(const QString &path);
    // Opens and migrates only up to `version`; for tests of the migrations themselves.
    static Result<std::unique_ptr<CacheDatabase>> openAtVersion(const QString &path, int version);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // PRAGMA quick_check: slow on a large file, so callers run it off the GUI thread.
    Result<void> checkIntegrity() const;

    // Turns a failed SQLite call into an Error that says what the admin can do about it.
    static Error errorFrom(const class QSqlError &sqlError, const QString &context);

private:
    CacheDatabase(QString path, QString connectionName);
    static Result<std::unique_ptr<CacheDatabase>> openImpl(const QString &path, int targetVersion);
    Result<void> migrateTo(int targetVersion);

    QString m_path;
    QString m_connectionName;
};
