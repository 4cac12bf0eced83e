#pragma once

#include "OutboxRow.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// Taking back a batch of changes (a drop, a form, an import) after some of it was sent. Rows still pending are simply
// undone (OutboxEditor); for every row the directory already applied, the change that reverses it is queued as a new
// batch: a created user or group is deleted again (DOMAIN.md: users billed by mistake can be removed within 48 hours
// of an import), a binding or membership is removed, an edit or a rename restores the values the admin saw before.
// What cannot be reversed (a deletion, an activation, a reset of MFA, an unbind, whose admin flags were not recorded)
// is listed so the admin knows. Pure: the caller appends the rows with OutboxEditor.
class BatchReversal
{
public:
    // DOMAIN.md: users imported by mistake are not billed when removed within this time of their creation.
    static constexpr qint64 BillingGraceSeconds = 48 * 3600;

    struct Plan
    {
        QString batchId;
        QList<qint64> pendingRows; // not sent yet: undo them (with their dependents)
        QList<OutboxRow> reversals; // new rows, in the order to send them, sharing one new batch id
        QStringList notReversible; // summaries of sent changes that stay as they are
        int deletedUsers = 0; // users the batch created that the reversal deletes
        // The earliest time one of those users was created, to word the 48-hour billing window; null when none.
        QDateTime firstUserCreatedAt;
        int inFlight = 0; // rows being sent right now: wait for them, then plan again
        // A reversal of this batch is queued or sent already (its batch is `<batchId>-revert`): nothing more to do.
        bool alreadyReverted = false;

        bool isEmpty() const { return pendingRows.isEmpty() && reversals.isEmpty(); }
        // Whether every deleted user is still inside the 48-hour window at `now`.
        bool withinBillingGrace(const QDateTime &now) const;
    };

    // Whether the batch of `row` has a sent change that can be reversed (for enabling an action cheaply).
    static bool hasReversibleChange(const QList<OutboxRow> &rows, const QString &batchId);

    static Plan plan(const QList<OutboxRow> &rows, const QString &batchId);
    // The batch id the reversal of `batchId` is queued under.
    static QString reversalBatchId(const QString &batchId);
};
