#include "ImportCommitter.h"

#include "BatchReversal.h"
#include "CacheDatabase.h"
#include "ChangeKind.h"
#include "ImportOutcomes.h"
#include "ImportPushDriver.h"
#include "OutboxEditor.h"
#include "OutboxStore.h"

using namespace Qt::StringLiterals;

ImportCommitter::ImportCommitter(CacheDatabase &cache, ImportPushDriver *push, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_push(push)
{
    if (push) {
        connect(push, &ImportPushDriver::rowStateChanged, this, &ImportCommitter::onRowStateChanged);
        connect(push, &ImportPushDriver::finished, this, &ImportCommitter::onPushFinished);
    }
}

ImportCommitter::~ImportCommitter() = default;

Result<void> ImportCommitter::queue(const QString &batchId, const QList<ImportRowChange> &changes)
{
    ImportBatchWriter writer(m_cache);
    auto refs = writer.write(batchId, changes);
    if (!refs)
        return refs.error();
    return setBatch(batchId, refs.value(), changes);
}

Result<void> ImportCommitter::setBatch(
    const QString &batchId, const QList<ImportBatchWriter::RowRefs> &refs, const QList<ImportRowChange> &changes)
{
    m_batchId = batchId;
    m_refs = refs;
    m_actions.clear();
    m_notes.clear();
    for (qsizetype i = 0; i < refs.size(); ++i) {
        m_actions.append(i < changes.size() ? changes.at(i).action : ImportRowAction::Create);
        m_notes.append(i < changes.size() ? changes.at(i).notes : QStringList {});
    }
    m_refOfRow.clear();
    for (int i = 0; i < int(m_refs.size()); ++i) {
        for (const qint64 id : m_refs.at(i).rowIds)
            m_refOfRow.insert(id, i);
    }
    return reload();
}

Result<void> ImportCommitter::reload()
{
    const OutboxStore store(m_cache);
    auto rows = store.rows();
    if (!rows)
        return rows.error();
    m_rows.clear();
    for (const OutboxRow &row : std::as_const(rows.value())) {
        if (m_refOfRow.contains(row.id) || m_undoRows.contains(row.id))
            m_rows.insert(row.id, row);
    }
    m_refDone = QList<bool>(m_refs.size(), false);
    m_finished = 0;
    for (int i = 0; i < int(m_refs.size()); ++i) {
        const bool done = std::all_of(m_refs.at(i).rowIds.cbegin(), m_refs.at(i).rowIds.cend(), [this](qint64 id) {
            const auto it = m_rows.constFind(id);
            return it == m_rows.cend() || isFinal(it->state);
        });
        if (done) {
            m_refDone[i] = true;
            ++m_finished;
        }
    }
    return {};
}

QList<ImportRowOutcome> ImportCommitter::outcomes() const
{
    QList<ImportRowOutcome> list;
    list.reserve(m_refs.size());
    for (int i = 0; i < int(m_refs.size()); ++i)
        list.append(ImportOutcomes::forRefs(m_refs.at(i), m_actions.value(i), m_rows, m_notes.value(i)));
    markUndone(list);
    return list;
}

void ImportCommitter::markUndone(QList<ImportRowOutcome> &outcomes) const
{
    // Users an undo deleted again.
    QHash<QString, const OutboxRow *> deletionOf;
    for (const qint64 id : m_undoRows) {
        const auto row = m_rows.constFind(id);
        if (row != m_rows.cend() && row->kind == ChangeKind::UserDelete)
            deletionOf.insert(row->payload.value("userId"_L1).toString(), &*row);
    }
    if (deletionOf.isEmpty())
        return;
    for (ImportRowOutcome &outcome : outcomes) {
        const OutboxRow *deletion = outcome.newId.isEmpty() ? nullptr : deletionOf.value(outcome.newId);
        if (!deletion)
            continue;
        if (deletion->state == OutboxRow::State::Done) {
            outcome.kind = ImportRowOutcome::Kind::Undone;
            outcome.message = tr("Created, then deleted again by “undo import”.");
        } else if (deletion->state == OutboxRow::State::Failed) {
            outcome.message = tr("Undo could not delete the user: %1").arg(deletion->error);
        } else {
            outcome.message = tr("Created; its deletion (undo) is pending.");
        }
    }
}

QList<ImportRowOutcome> ImportCommitter::fileOutcomes(
    const QList<ImportRowResult> &results, const QSet<int> &skipped) const
{
    QHash<int, QStringList> notes;
    for (int i = 0; i < int(m_refs.size()); ++i)
        notes.insert(m_refs.at(i).row, m_notes.value(i));
    QList<ImportRowOutcome> list = ImportOutcomes::compute(results, skipped, m_refs, m_rows, notes);
    markUndone(list);
    return list;
}

void ImportCommitter::start()
{
    if (m_running)
        return;
    if (!m_undoing) {
        // Rows a previous run (or a push in the background) finished already.
        for (int i = 0; i < int(m_refs.size()); ++i) {
            if (m_refDone.value(i))
                Q_EMIT rowFinished(
                    i, ImportOutcomes::forRefs(m_refs.at(i), m_actions.value(i), m_rows, m_notes.value(i)));
        }
        Q_EMIT progress(m_finished, total());
    }
    const bool nothingToSend = m_undoing ? m_undoRows.isEmpty() : m_finished == total();
    if (!m_push || nothingToSend) {
        // Nothing to push, or no pusher (offline: the rows wait in the outbox for the app's next push).
        QMetaObject::invokeMethod(
            this, [this] { onPushFinished({}); }, Qt::QueuedConnection);
        m_running = true;
        return;
    }
    m_running = true;
    m_push->start();
}

void ImportCommitter::cancel()
{
    if (m_running && m_push)
        m_push->cancel();
}

void ImportCommitter::onRowStateChanged(qint64 id, OutboxRow::State state, const QString &error)
{
    const auto row = m_rows.find(id);
    if (row == m_rows.end())
        return; // another change in the outbox
    row->state = state;
    row->error = error;
    if (!isFinal(state))
        return;
    const auto ref = m_refOfRow.constFind(id);
    if (ref != m_refOfRow.cend())
        refFinishedIfComplete(*ref);
}

void ImportCommitter::refFinishedIfComplete(int refIndex)
{
    if (m_refDone.value(refIndex, true))
        return;
    const ImportBatchWriter::RowRefs &refs = m_refs.at(refIndex);
    for (const qint64 id : refs.rowIds) {
        const auto it = m_rows.constFind(id);
        if (it != m_rows.cend() && !isFinal(it->state))
            return;
    }
    // The created user's id is in the stored payload, which the signal does not carry: outcomes() has it once the
    // push is over (reload).
    m_refDone[refIndex] = true;
    ++m_finished;
    Q_EMIT rowFinished(
        refIndex, ImportOutcomes::forRefs(refs, m_actions.value(refIndex), m_rows, m_notes.value(refIndex)));
    Q_EMIT progress(m_finished, total());
}

void ImportCommitter::onPushFinished(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    reload(); // the ids the directory gave, and the final states
    if (m_undoing) {
        m_undoing = false;
        int deleted = 0;
        int failed = 0;
        for (const qint64 id : std::as_const(m_undoRows)) {
            const OutboxRow row = m_rows.value(id);
            deleted += row.state == OutboxRow::State::Done && row.kind == ChangeKind::UserDelete ? 1 : 0;
            failed += row.state == OutboxRow::State::Failed ? 1 : 0;
        }
        Q_EMIT undoFinished(deleted, failed, error);
        return;
    }
    Q_EMIT progress(m_finished, total());
    Q_EMIT finished(error);
}

Result<int> ImportCommitter::undo()
{
    if (m_running)
        return Error { u"import-running"_s, tr("Wait for the import to stop before undoing it.") };
    if (auto reloaded = reload(); !reloaded)
        return reloaded.error();
    // Pending rows of the batch are simply removed (with what depends on them); what the directory already did is
    // reversed by new rows: created users deleted again (a user billed by mistake can be removed within 48 hours),
    // group adds and bindings of existing users removed, updates restored to the values before the import.
    const OutboxStore store(m_cache);
    auto all = store.rows();
    if (!all)
        return all.error();
    const BatchReversal::Plan reversal = BatchReversal::plan(all.value(), m_batchId);
    if (!reversal.pendingRows.isEmpty()) {
        const OutboxEditor::Plan plan
            = OutboxEditor::plan(OutboxEditor::Operation::Undo, all.value(), reversal.pendingRows);
        if (auto applied = OutboxEditor::apply(m_cache, plan); !applied)
            return applied.error();
    }
    const QList<OutboxRow> &reversals = reversal.reversals;
    m_undoRows.clear();
    if (!reversals.isEmpty()) {
        auto ids = OutboxEditor::append(m_cache, reversals);
        if (!ids)
            return ids.error();
        m_undoRows = ids.value();
    }
    if (auto reloaded = reload(); !reloaded)
        return reloaded.error();
    m_undoing = true;
    return int(reversals.size());
}
