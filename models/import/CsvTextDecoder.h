#pragma once

#include "CsvDialect.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

// Turns a CSV file's bytes into text chunk by chunk, so a file of any size is read in bounded memory.
// UTF-8 is checked as it streams: when the encoding was not chosen by the admin and a chunk holds bytes that are not
// UTF-8, the rest of the file is read as Windows-1252 (what Excel writes on Windows) and fellBack() turns true.
class CsvTextDecoder
{
public:
    CsvTextDecoder(CsvEncoding encoding, bool mayFallBack);

    // Appends the text of `bytes` to `out`. Bytes of a character split across chunks are kept for the next call.
    void decode(const QByteArray &bytes, QString &out);
    // Call once at end of input: flushes a trailing incomplete character.
    void finish(QString &out);

    CsvEncoding encoding() const { return m_encoding; }
    bool fellBack() const { return m_fellBack; }

    // The length of the longest prefix made of complete, valid UTF-8 sequences; `invalid` is set when the scan
    // stopped at a byte that can never be UTF-8 (rather than at a sequence cut by the end of the data).
    static qsizetype validUtf8Prefix(const char *data, qsizetype size, bool &invalid);
    static void appendWindows1252(const char *data, qsizetype size, QString &out);

private:
    void decodeUtf8(QString &out, bool atEnd);

    CsvEncoding m_encoding;
    bool m_mayFallBack;
    bool m_fellBack = false;
    QByteArray m_carry;
    QStringDecoder m_utf16;
};
