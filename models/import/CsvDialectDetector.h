#pragma once

#include "CsvDialect.h"

#include <QByteArray>

class QIODevice;

// Finds a CSV file's encoding and delimiter from its first bytes, the way a person would: BOM first, then whether the
// bytes are UTF-8, then Excel's "sep=" line, then which of , ; tab | splits the first lines (outside quotes) into the
// same number of fields, more than one.
class CsvDialectDetector
{
public:
    static constexpr qsizetype PeekBytes = 64 * 1024;

    // Only peeks: the device's position is unchanged.
    static CsvDialect detect(QIODevice &device);
    // `truncated`: the bytes are the start of a longer file (their last line may be cut).
    static CsvDialect detect(const QByteArray &head, bool truncated);
    // The delimiter of already decoded text (after any BOM and sep= line).
    static QChar detectDelimiter(const QString &text, bool truncated);
    // Whether the text starts with Excel's "sep=X" line, and X.
    static bool parseSepLine(const QString &text, QChar &delimiter);
};
