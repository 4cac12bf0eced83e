#pragma once

#include "CsvDialect.h"
#include "CsvNotice.h"
#include "CsvReader.h"
#include "CsvRecord.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// A CSV file read for an import: a digest of its bytes (the batch id is derived from it), its first bytes (the
// wizard's raw preview), the dialect it was read with, the header and the data records. Shared by the wizard (on a
// worker) and bindery-cli import. read() streams the file through the reader: the records are what stays in memory,
// not a second copy of the bytes.
struct ImportFile
{
    static constexpr qsizetype HeadSize = 64 * 1024;

    QString path;
    QByteArray digest; // SHA-256 of every byte of the file
    QByteArray head; // the first HeadSize bytes
    CsvDialect dialect;
    QStringList header;
    QList<CsvRecord> records;
    QList<CsvNotice> notices;

    // Errors: "file-unreadable" (detail: the system's reason), "file-empty" (no header line).
    static Result<ImportFile> read(const QString &path, const CsvReader::Options &options = {});
    static Result<ImportFile> parse(const QByteArray &content, const CsvReader::Options &options = {});

private:
    static Result<ImportFile> readFrom(QIODevice &device, const CsvReader::Options &options);
};
