#pragma once

#include "OutboxRow.h"
#include "Result.h"

#include <QList>

class CacheDatabase;

// The outbox table: every change is written here first and survives crashes and restarts.
class OutboxStore
{
public:
    explicit OutboxStore(CacheDatabase &cache);

    Result<qint64> append(const OutboxRow &row); // returns the new id
    Result<QList<OutboxRow>> rows() const; // oldest first
    Result<int> countInState(OutboxRow::State state) const;
    Result<void> setState(qint64 id, OutboxRow::State state, const QString &error = {});
    Result<void> remove(qint64 id); // undo or discard; only the caller knows whether that is allowed
    // Re-inserts rows saved from a broken cache, keeping their order, state and timestamps.
    Result<void> restore(const QList<OutboxRow> &rows);

private:
    CacheDatabase &m_cache;
};
