#pragma once

#include "ImportRowChange.h"
#include "OutboxRow.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

class CacheDatabase;
class ImportMapping;

// Writes an import to the outbox as one batch, in one transaction, through OutboxChangeFactory: per row a
// user.create (or user.update), then binding.add and userGroup.addMember rows that name the create by
// "userIdFromRow". The batch id comes from the file's bytes and the mapping, so running the same file again after a
// crash or a cancel finds the rows it wrote the first time (matched by username) and appends only rows that are not
// there yet: a user is never queued twice.
class ImportBatchWriter
{
public:
    // The outbox rows that carry one import row.
    struct RowRefs
    {
        int row = -1;
        qint64 line = 0;
        QString username;
        qint64 userRowId = 0; // the create or update
        QList<qint64> rowIds; // the user row first, then its bindings and group adds
        bool existed = false; // found from an earlier run of the same file, nothing appended
    };

    // "import-" + 32 hex digits of SHA-256 over the file's digest (ImportFile::digest) and the mapping's JSON.
    static QString batchIdFor(const QByteArray &fileDigest, const ImportMapping &mapping);

    explicit ImportBatchWriter(CacheDatabase &cache);

    // Refs in the order of `changes`. Errors: the cache's (nothing is written then).
    Result<QList<RowRefs>> write(const QString &batchId, const QList<ImportRowChange> &changes);
    // The refs of rows an earlier write of this batch made, keyed by lower-cased username.
    Result<QHash<QString, RowRefs>> existing(const QString &batchId) const;

private:
    CacheDatabase &m_cache;
};
