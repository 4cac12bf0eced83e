#include "OutboxEditor.h"

#include "CacheDatabase.h"
#include "OutboxReferences.h"
#include "OutboxStore.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using State = OutboxRow::State;

bool allowed(OutboxEditor::Operation operation, State state, bool dependent)
{
    switch (operation) {
    case OutboxEditor::Operation::Undo:
        return state == State::Pending;
    case OutboxEditor::Operation::Retry:
        return state == State::Failed;
    case OutboxEditor::Operation::Discard:
        // A pending change that depends on a discarded one could only fail.
        return state == State::Failed || (dependent && state == State::Pending);
    }
    return false;
}

// Runs `work` inside BEGIN IMMEDIATE … COMMIT, so no other connection writes between our reads
// and our writes (a deferred transaction would fail on upgrade instead).
template<typename Work>
Result<QList<qint64>> inWriteTransaction(CacheDatabase &cache, const QString &what, Work work)
{
    QSqlDatabase db = cache.database();
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return CacheDatabase::errorFrom(begin.lastError(), what);
    Result<QList<qint64>> result = work();
    QSqlQuery end(db);
    if (!result.ok()) {
        end.exec(u"ROLLBACK"_s);
        return result;
    }
    if (!end.exec(u"COMMIT"_s)) {
        const Error error = CacheDatabase::errorFrom(end.lastError(), what);
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return error;
    }
    return result;
}

} // namespace

OutboxEditor::Plan OutboxEditor::plan(Operation operation, const QList<OutboxRow> &rows, const QList<qint64> &picked)
{
    Plan result;
    result.operation = operation;
    QHash<qint64, const OutboxRow *> byId;
    for (const OutboxRow &row : rows)
        byId.insert(row.id, &row);

    // Undo works on whole batches: the rows of a drop or a form were made together.
    QSet<qint64> pickedSet(picked.cbegin(), picked.cend());
    if (operation == Operation::Undo) {
        QSet<QString> batches;
        for (const qint64 id : picked) {
            if (const OutboxRow *row = byId.value(id); row && !row->batchId.isEmpty())
                batches.insert(row->batchId);
        }
        for (const OutboxRow &row : rows) {
            if (batches.contains(row.batchId))
                pickedSet.insert(row.id);
        }
    }

    QSet<qint64> taken;
    for (const OutboxRow &row : rows) { // in outbox order
        if (!pickedSet.contains(row.id))
            continue;
        if (allowed(operation, row.state, false)) {
            result.chosen.append(row.id);
            taken.insert(row.id);
        } else {
            result.skipped.append(row.id);
        }
    }

    // Follow "FromRow" references to a fixed point: forwards (dependents) for undo and discard,
    // backwards (what the chosen rows need) for retry.
    for (bool grew = true; grew;) {
        grew = false;
        for (const OutboxRow &row : rows) {
            if (taken.contains(row.id))
                continue;
            bool linked = false;
            if (operation == Operation::Retry) {
                for (const qint64 id : std::as_const(taken)) {
                    if (const OutboxRow *needer = byId.value(id);
                        needer && OutboxReferences::referencedRows(needer->payload).contains(row.id))
                        linked = true;
                }
            } else {
                for (const qint64 id : OutboxReferences::referencedRows(row.payload))
                    linked = linked || taken.contains(id);
            }
            if (linked && allowed(operation, row.state, true)) {
                result.dependents.append(row.id);
                taken.insert(row.id);
                grew = true;
            }
        }
    }
    std::sort(result.dependents.begin(), result.dependents.end());
    return result;
}

Result<QList<qint64>> OutboxEditor::apply(CacheDatabase &cache, const Plan &plan)
{
    return inWriteTransaction(cache, u"changing the pending changes"_s, [&]() -> Result<QList<qint64>> {
        const auto rows = OutboxStore(cache).rows();
        if (!rows)
            return rows.error();
        QHash<qint64, State> states;
        for (const OutboxRow &row : rows.value())
            states.insert(row.id, row.state);
        OutboxStore store(cache);
        QList<qint64> done;
        const QSet<qint64> dependents(plan.dependents.cbegin(), plan.dependents.cend());
        for (const qint64 id : plan.all()) {
            const auto state = states.constFind(id);
            if (state == states.cend() || !allowed(plan.operation, *state, dependents.contains(id)))
                continue; // the pusher got there first
            const Result<void> changed
                = plan.operation == Operation::Retry ? store.setState(id, State::Pending) : store.remove(id);
            if (!changed)
                return changed.error();
            done.append(id);
        }
        return done;
    });
}

Result<QList<qint64>> OutboxEditor::append(CacheDatabase &cache, const QList<OutboxRow> &rows)
{
    return inWriteTransaction(cache, u"saving the changes"_s, [&]() -> Result<QList<qint64>> {
        OutboxStore store(cache);
        QList<qint64> ids;
        for (const OutboxRow &row : rows) {
            const auto id = store.append(row);
            if (!id)
                return id.error();
            ids.append(id.value());
        }
        return ids;
    });
}
