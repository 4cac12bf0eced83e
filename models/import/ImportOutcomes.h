#pragma once

#include "ImportBatchWriter.h"
#include "ImportRowOutcome.h"
#include "ImportRowResult.h"
#include "OutboxRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

// Works the outcomes out from the validated rows, the rows left out, the batch's refs and the outbox as it is now.
class ImportOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(ImportOutcome)

public:
    // One outcome per record, in record order. `notes` (by row) are added to the messages of rows that were sent.
    static QList<ImportRowOutcome> compute(const QList<ImportRowResult> &results, const QSet<int> &skipped,
        const QList<ImportBatchWriter::RowRefs> &refs, const QHash<qint64, OutboxRow> &outbox,
        const QHash<int, QStringList> &notes = {});
    // The outcome of one sent row.
    static ImportRowOutcome forRefs(const ImportBatchWriter::RowRefs &refs, ImportRowAction action,
        const QHash<qint64, OutboxRow> &outbox, const QStringList &notes = {});
};
