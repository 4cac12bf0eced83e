#pragma once

#include "CsvDialect.h"
#include "CsvNotice.h"
#include "CsvRecord.h"
#include "CsvTextDecoder.h"

#include <QList>
#include <QString>
#include <optional>

class QIODevice;

// Streams records out of a CSV file: RFC 4180 plus what Excel, Numbers, LibreOffice and HR systems write (BOMs,
// UTF-16, Windows-1252, ; tab | delimiters, Excel's "sep=" line, CR-only line ends, bare quotes in unquoted fields).
// One record at a time, so a file of any size is read in bounded memory; every record keeps the physical line it
// starts on. Problems the reader can read through (ragged rows, an unterminated quote) become notices, never a crash.
class CsvReader
{
public:
    struct Options
    {
        // Unset: detected from the file (CsvDialectDetector). The wizard sets them when the admin overrides them.
        std::optional<CsvEncoding> encoding;
        std::optional<QChar> delimiter;
        // The first record is a header: later records with another number of fields get a ragged-row notice.
        bool firstRecordIsHeader = true;
        qint64 chunkBytes = 256 * 1024;
    };

    explicit CsvReader(QIODevice &device);
    CsvReader(QIODevice &device, Options options);

    // Looks at the start of the file without consuming it (QIODevice::peek).
    static CsvDialect detect(QIODevice &device);

    const CsvDialect &dialect() const { return m_dialect; }
    // Reads the next record; false at the end of the file. Blank lines are skipped (but counted).
    bool readRecord(CsvRecord &record);
    // Every record left, for small files and tests.
    QList<CsvRecord> readAll();
    const QList<CsvNotice> &notices() const { return m_notices; }
    // For progress bars: bytes taken from the device so far.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool refill();
    // The field at m_pos when it lies whole in the buffer and needs no unquoting beyond its outer quotes: taken,
    // with the delimiter or line end after it consumed and returned in terminator. False leaves everything as it was.
    bool takeWholeField(QString &field, QChar &terminator);
    void noteLineEnd(QChar c);
    void skipSepLine();
    void addNotice(const QString &code, qint64 line, const QString &detail);

    QIODevice &m_device;
    Options m_options;
    CsvDialect m_dialect;
    CsvTextDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qsizetype m_headerFieldCount = -1;
    bool m_previousWasCr = false;
    bool m_inputDone = false;
    bool m_started = false;
    bool m_fallbackNoticed = false;
    bool m_sepLinePending = false; // Excel's "sep=" line: not a record, but its line is counted
    QList<CsvNotice> m_notices;
};
