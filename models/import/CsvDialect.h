#pragma once

#include <QChar>
#include <QString>
#include <optional>

// The text encodings spreadsheets and HR systems write. Windows-1252 is what Excel on Windows saves as "CSV" when the
// data is not Unicode; it is the fallback when the bytes are not valid UTF-8.
enum class CsvEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

QString csvEncodingKey(CsvEncoding encoding); // "utf-8", "utf-16le", "utf-16be", "windows-1252"
std::optional<CsvEncoding> csvEncodingFromKey(const QString &key);

// How a CSV file is written, as found by CsvDialectDetector (or chosen by the admin in the wizard).
struct CsvDialect
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    bool hasBom = false;
    // Excel's "sep=;" first line: it names the delimiter and is not a header.
    bool hasSepLine = false;
    // The bytes were not valid UTF-8, so they are read as Windows-1252 (the result carries a notice).
    bool encodingFallback = false;

    friend bool operator==(const CsvDialect &, const CsvDialect &) = default;
};
