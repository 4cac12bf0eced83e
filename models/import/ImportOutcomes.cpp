#include "ImportOutcomes.h"

#include "ChangeKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

ImportRowOutcome ImportOutcomes::forRefs(const ImportBatchWriter::RowRefs &refs, ImportRowAction action,
    const QHash<qint64, OutboxRow> &outbox, const QStringList &notes)
{
    using Kind = ImportRowOutcome::Kind;
    ImportRowOutcome outcome;
    outcome.row = refs.row;
    outcome.line = refs.line;
    if (refs.rowIds.isEmpty()) {
        outcome.kind = Kind::Unchanged;
        outcome.message = tr("Nothing to change.");
        return outcome;
    }
    // Every row removed from the outbox: "undo import" took it back before it was sent.
    if (std::none_of(refs.rowIds.cbegin(), refs.rowIds.cend(), [&outbox](qint64 id) { return outbox.contains(id); })) {
        outcome.kind = Kind::Undone;
        outcome.message = tr("Taken back before it was sent.");
        return outcome;
    }
    bool pending = false;
    QStringList failures;
    QStringList done;
    bool userFailed = false;
    for (const qint64 id : refs.rowIds) {
        const auto it = outbox.constFind(id);
        if (it == outbox.cend()) {
            // Removed from the outbox (undone by the admin): nothing of it reached the directory from here.
            failures.append(tr("change #%1 was removed from the pending changes").arg(id));
            userFailed = userFailed || id == refs.userRowId;
            continue;
        }
        switch (it->state) {
        case OutboxRow::State::Pending:
        case OutboxRow::State::Pushing:
            pending = true;
            break;
        case OutboxRow::State::Failed:
            failures.append(id == refs.userRowId ? it->error : it->summary + u": "_s + it->error);
            userFailed = userFailed || id == refs.userRowId;
            break;
        case OutboxRow::State::Done:
            done.append(it->summary);
            if (id == refs.userRowId && it->kind == ChangeKind::UserCreate)
                outcome.newId = it->payload.value("createdId"_L1).toString();
            break;
        }
    }
    if (userFailed)
        outcome.kind = Kind::Failed;
    else if (pending)
        outcome.kind = Kind::Pending;
    else if (!failures.isEmpty())
        outcome.kind = Kind::Partial;
    else
        outcome.kind = action == ImportRowAction::Update ? Kind::Updated : Kind::Created;
    QStringList message;
    if (outcome.kind == Kind::Pending)
        message.append(tr("Queued; not sent to the directory yet."));
    else if (!failures.isEmpty())
        message.append(failures);
    else
        message.append(done);
    message.append(notes);
    outcome.message = message.join(u"; "_s);
    return outcome;
}

QList<ImportRowOutcome> ImportOutcomes::compute(const QList<ImportRowResult> &results, const QSet<int> &skipped,
    const QList<ImportBatchWriter::RowRefs> &refs, const QHash<qint64, OutboxRow> &outbox,
    const QHash<int, QStringList> &notes)
{
    using Kind = ImportRowOutcome::Kind;
    QHash<int, const ImportBatchWriter::RowRefs *> refsOfRow;
    for (const ImportBatchWriter::RowRefs &r : refs)
        refsOfRow.insert(r.row, &r);
    QList<ImportRowOutcome> outcomes;
    outcomes.reserve(results.size());
    for (int row = 0; row < int(results.size()); ++row) {
        const ImportRowResult &result = results.at(row);
        if (const auto *r = refsOfRow.value(row)) {
            outcomes.append(forRefs(*r, result.action, outbox, notes.value(row)));
            continue;
        }
        ImportRowOutcome outcome;
        outcome.row = row;
        outcome.line = result.line;
        if (result.action == ImportRowAction::Skip) {
            outcome.kind = Kind::Skipped;
            outcome.message = tr("Empty line.");
        } else if (skipped.contains(row)) {
            outcome.kind = Kind::Skipped;
            outcome.message = tr("Left out before the import.");
        } else if (result.status == ImportRowStatus::Error) {
            outcome.kind = Kind::Invalid;
            QStringList errors;
            for (const ImportIssue &issue : result.issues) {
                if (issue.severity == ImportSeverity::Error)
                    errors.append(issue.message);
            }
            outcome.message = errors.join(u" "_s);
        } else {
            outcome.kind = Kind::Pending;
            outcome.message = tr("Not queued.");
        }
        outcomes.append(outcome);
    }
    return outcomes;
}
