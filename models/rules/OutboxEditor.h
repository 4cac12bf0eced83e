#pragma once

#include "OutboxRow.h"
#include "Result.h"

#include <QList>

class CacheDatabase;

// What the admin may do to changes already in the outbox, and doing it safely while the pusher
// works on another connection:
// - undo: removes Pending changes; choosing one change of a batch undoes the whole batch;
// - retry: sets Failed changes back to Pending;
// - discard: removes Failed changes.
// Changes that refer to another by "<key>FromRow" (OutboxReferences) travel with it: undoing
// or discarding a create also removes what depends on it (it could only fail), and retrying a
// change also retries the failed create it depends on.
class OutboxEditor
{
public:
    enum class Operation { Undo, Retry, Discard };

    struct Plan
    {
        Operation operation = Operation::Undo;
        QList<qint64> chosen; // rows the admin picked (or their batch) that the operation applies to
        QList<qint64> dependents; // rows added because they depend on (or are needed by) chosen rows
        QList<qint64> skipped; // picked (or in the batch) but in a state the operation leaves alone

        bool isEmpty() const { return chosen.isEmpty() && dependents.isEmpty(); }
        QList<qint64> all() const { return chosen + dependents; }
    };

    static Plan plan(Operation operation, const QList<OutboxRow> &rows, const QList<qint64> &picked);

    // Applies a plan in one write transaction, re-reading each row's state first: a row the pusher
    // has taken meanwhile (or that is gone) is left alone. Returns the ids actually changed.
    static Result<QList<qint64>> apply(CacheDatabase &cache, const Plan &plan);

    // Appends rows in one transaction: a form's changes land together or not at all.
    static Result<QList<qint64>> append(CacheDatabase &cache, const QList<OutboxRow> &rows);
};
