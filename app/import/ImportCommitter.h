#pragma once

#include "ImportBatchWriter.h"
#include "ImportRowChange.h"
#include "ImportRowOutcome.h"
#include "OutboxRow.h"
#include "Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class CacheDatabase;
class ImportPushDriver;

// Commits an import: the accepted rows become one outbox batch (ImportBatchWriter: a re-run of the same file finds
// its rows instead of adding them again), the outbox is pushed through an ImportPushDriver, and each CSV row's
// outcome is reported as its outbox rows finish. A cancel stops the push; the rows stay pending and a later run
// (or the app's next push) sends them. undo() takes the batch back while the directory allows: pending rows are
// removed and what was sent is reversed (BatchReversal: created users deleted, updates restored, group adds and
// bindings of existing users removed), as a new batch pushed the same way.
//
// Lives on the thread of `cache` (a borrowed connection). Writing the batch of a very large file can take seconds:
// the wizard writes it with ImportBatchWriter on a worker (its own connection) and hands the refs to setBatch().
class ImportCommitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCommitter)

public:
    // `push` may be null: the batch is queued and stays pending (offline). It is not owned.
    ImportCommitter(CacheDatabase &cache, ImportPushDriver *push, QObject *parent = nullptr);
    ~ImportCommitter() override;

    // Writes the batch on this thread's connection, then setBatch().
    Result<void> queue(const QString &batchId, const QList<ImportRowChange> &changes);
    // The batch written elsewhere: its refs, in the order of the changes, and per change its action and notes.
    Result<void> setBatch(
        const QString &batchId, const QList<ImportBatchWriter::RowRefs> &refs, const QList<ImportRowChange> &changes);

    const QString &batchId() const { return m_batchId; }
    const QList<ImportBatchWriter::RowRefs> &refs() const { return m_refs; }
    int total() const { return int(m_refs.size()); }
    int finishedCount() const { return m_finished; }
    bool isRunning() const { return m_running; }
    bool canPush() const { return m_push != nullptr; }

    // Pushes the outbox; rowFinished for rows an earlier run finished already comes first.
    void start();
    void cancel();

    // One outcome per ref (CSV rows that were queued), from the outbox as it stands.
    QList<ImportRowOutcome> outcomes() const;
    // One outcome per record of the file: the queued rows' as above, the others invalid or skipped.
    QList<ImportRowOutcome> fileOutcomes(const QList<ImportRowResult> &results, const QSet<int> &skipped) const;
    // Re-reads the outbox (ids the directory gave to created users, rows removed meanwhile).
    Result<void> reload();

    // Removes the batch's pending rows and queues the changes that reverse what was sent. Returns how many changes
    // are queued; start() then pushes them (undoFinished follows instead of finished, counting deleted users).
    Result<int> undo();

Q_SIGNALS:
    void rowFinished(int refIndex, const ImportRowOutcome &outcome);
    void progress(int finished, int total);
    // The push is over: every row of the batch is Done or Failed, or it stopped (error says why; rows stay pending).
    void finished(const QString &error);
    void undoFinished(int deleted, int failed, const QString &error);

private:
    void onRowStateChanged(qint64 id, OutboxRow::State state, const QString &error);
    void onPushFinished(const QString &error);
    void refFinishedIfComplete(int refIndex);
    void markUndone(QList<ImportRowOutcome> &outcomes) const;
    static bool isFinal(OutboxRow::State state)
    {
        return state == OutboxRow::State::Done || state == OutboxRow::State::Failed;
    }

    CacheDatabase &m_cache;
    QPointer<ImportPushDriver> m_push;
    QString m_batchId;
    QList<ImportBatchWriter::RowRefs> m_refs;
    QList<ImportRowAction> m_actions; // per ref
    QList<QStringList> m_notes; // per ref
    QHash<qint64, OutboxRow> m_rows; // the batch's outbox rows (and the undo's), kept current
    QHash<qint64, int> m_refOfRow;
    QList<bool> m_refDone;
    int m_finished = 0;
    bool m_running = false;
    QList<qint64> m_undoRows; // the reversing rows of an undo being pushed
    bool m_undoing = false;
};
