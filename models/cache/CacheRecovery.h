#pragma once

#include "OutboxRow.h"
#include "Result.h"

#include <QList>
#include <QString>

// Rebuilding a cache that cannot be opened (damaged, cut short, written by a newer Bindery)
// without losing the admin's pending changes: the outbox is read out of the old file first,
// the old file is kept beside the new one (never deleted), and the rows go into the new cache.
class CacheRecovery
{
public:
    struct Report
    {
        QString keptAs; // where the old file now is
        int pendingChangesSaved = 0;
        QString salvageProblem; // non-empty when the old file's outbox could not be read
    };

    // Reads the outbox of a cache that may be damaged, bypassing every check but SQLite's own.
    static Result<QList<OutboxRow>> salvageOutbox(const QString &path);
    // Moves the file (and its -wal/-shm) aside, creates an empty cache at `path` and restores
    // whatever outbox rows could be saved. The new cache fills at the next sync.
    static Result<Report> rebuild(const QString &path);
};
