#pragma once

#include "ExportKind.h"
#include "Result.h"

class CacheDatabase;
class QIODevice;

// Exports one kind of object from the cache as CSV (see CsvWriter for quoting and formula
// neutralisation): a header row, then one row per object, streamed straight from SQLite so a
// 50,000-user export never holds the whole file in memory. Columns are lower-case keys (what a
// script or the extended import reads); lists are joined with ";", times are ISO 8601 UTC,
// flags "true"/"false".
//
// Bindings: one row per user–device binding (`via` = "direct") and one per access a user gets
// through a user group bound to a device group (`via` = "User group → Device group"); `admin`
// is whether that path makes the user an administrator (sudo) on the device.
class CacheExporter
{
public:
    // Stable codes for Error::code; cache read errors keep CacheDatabase's codes.
    static constexpr auto WriteFailed = "export-write-failed";
    static constexpr auto OpenFailed = "export-open-failed";

    // Writes to an open device; returns the number of data rows (the header not counted).
    static Result<int> exportTo(CacheDatabase &cache, ExportKind kind, QIODevice &device);
    // Writes beside `path` first and renames on success, so a failure (full disk, read error)
    // never leaves a half-written file behind. Errors name the file.
    static Result<int> exportToFile(CacheDatabase &cache, ExportKind kind, const QString &path);

    static QStringList header(ExportKind kind);
};
