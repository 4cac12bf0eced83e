#pragma once

#include <QString>

// Something the reader noticed but read through: the file is still usable, the admin should know.
// Codes are stable: "encoding-fallback", "unterminated-quote", "ragged-row", "read-error".
struct CsvNotice
{
    QString code;
    qint64 line = 0; // where it applies (for unterminated-quote: where the quoted field starts)
    QString detail; // for people; already translated

    friend bool operator==(const CsvNotice &, const CsvNotice &) = default;
};
