#pragma once

#include "CsvDialect.h"
#include "CsvNotice.h"
#include "CsvReader.h"
#include "CsvRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// A CSV file read for an import: its bytes (the batch id is derived from them), the dialect it was read with, the
// header and the data records. Shared by the wizard (on a worker) and bindery-cli import.
struct ImportFile
{
    QString path;
    QByteArray content;
    CsvDialect dialect;
    QStringList header;
    QList<CsvRecord> records;
    QList<CsvNotice> notices;

    // Errors: "file-unreadable" (detail: the system's reason), "file-empty" (no header line).
    static Result<ImportFile> read(const QString &path, const CsvReader::Options &options = {});
    static Result<ImportFile> parse(QByteArray content, const CsvReader::Options &options = {});
};
