#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV to a device, a row at a time, so an export of any size streams: comma
// separated, CRLF line ends, UTF-8, a field quoted when it holds a comma, a quote, CR or LF (its
// quotes doubled).
//
// Formula neutralisation (OWASP "CSV injection"): a cell whose first character is = + - @ TAB or CR
// would be run as a formula by Excel, LibreOffice or Google Sheets, so it gets a leading single
// quote: `=SUM(A1)` is written `'=SUM(A1)`. Only the very first character counts: ` =1` (leading
// space) is left alone, as the spreadsheets treat it as text. The cost is that a negative number
// or a `+49 …` phone number also gains the quote, which a spreadsheet shows as text — the safe
// trade for a file that may be opened by anyone. Switch it off only for machine consumers.
class CsvWriter
{
public:
    struct Options
    {
        bool byteOrderMark = false; // a UTF-8 BOM helps old Excel versions detect the encoding
        bool neutraliseFormulas = true;
    };

    explicit CsvWriter(QIODevice &device);
    CsvWriter(QIODevice &device, Options options);
    ~CsvWriter(); // flushes; call flush() first to learn whether the last bytes were written
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void writeRow(const QStringList &cells);
    // Hands the buffered rows to the device. False once any write failed (disk full, closed pipe).
    bool flush();
    bool failed() const { return m_failed; }
    QString errorString() const { return m_errorString; }

    // One field as it appears in the file (quoted and neutralised as needed).
    static QString encodeField(const QString &cell, bool neutraliseFormulas = true);

private:
    void append(const QByteArray &bytes);

    QIODevice &m_device;
    Options m_options;
    QByteArray m_buffer;
    bool m_failed = false;
    QString m_errorString;
};
