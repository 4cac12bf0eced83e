#pragma once

#include "OutboxRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class CacheDatabase;
class QWidget;

// "Revert…" in the pending changes: shows what taking back a batch that was (partly) sent will queue — the
// reversing changes, the users deleted again with the 48-hour billing window, what stays as it is — and on OK undoes
// the batch's unsent rows and appends the reversals as one new batch, in one confirmation.
class BatchRevertFlow
{
    Q_DECLARE_TR_FUNCTIONS(BatchRevertFlow)

public:
    // True when the outbox changed. `rows` is the outbox as it is now; `now` words the billing window.
    static bool run(QWidget *parent, CacheDatabase &cache, const QList<OutboxRow> &rows, const QString &batchId,
        const QDateTime &now);

private:
    static QString bulletList(const QStringList &lines);
};
