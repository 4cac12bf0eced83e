#pragma once

#include "CsvRecord.h"
#include "ImportRowOutcome.h"
#include "Result.h"

#include <QList>
#include <QStringList>

class QIODevice;

// The results file an admin downloads after an import (DOMAIN.md "Importing users from CSV"): the file's own
// columns, then Outcome (ImportRowOutcome::key), Message and NewId, one line per record. Written through CsvWriter,
// so a cell that would run as a spreadsheet formula is neutralised. Passwords are never written back: the
// password column stays, empty.
class ImportResultsCsv
{
public:
    static QStringList extraColumns(); // "Outcome", "Message", "NewId"

    // `passwordColumn` is the column whose cells are blanked (-1: none). Errors: "write-failed" (detail: why).
    static Result<void> write(QIODevice &device, const QStringList &header, const QList<CsvRecord> &records,
        const QList<ImportRowOutcome> &outcomes, int passwordColumn);
};
