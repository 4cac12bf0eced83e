#include "CsvReader.h"

#include "CsvDialectDetector.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {
CsvDialect resolveDialect(QIODevice &device, const CsvReader::Options &options)
{
    if (options.encoding && options.delimiter) {
        // Chosen by the admin: nothing to detect but whether an Excel "sep=" line is to be skipped.
        CsvDialect dialect;
        dialect.encoding = *options.encoding;
        dialect.delimiter = *options.delimiter;
        CsvTextDecoder decoder(dialect.encoding, false);
        QString head;
        decoder.decode(device.peek(64), head);
        if (head.startsWith(QChar(0xFEFF))) {
            head.remove(0, 1);
            dialect.hasBom = true;
        }
        QChar ignored;
        dialect.hasSepLine = CsvDialectDetector::parseSepLine(head, ignored);
        return dialect;
    }
    CsvDialect dialect = CsvDialectDetector::detect(device);
    if (options.encoding && *options.encoding != dialect.encoding) {
        dialect.encoding = *options.encoding;
        dialect.encodingFallback = false;
    }
    if (options.delimiter)
        dialect.delimiter = *options.delimiter;
    return dialect;
}

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}
} // namespace

CsvReader::CsvReader(QIODevice &device)
    : CsvReader(device, Options {})
{
}

CsvReader::CsvReader(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
    , m_dialect(resolveDialect(device, options))
    , m_decoder(
          m_dialect.encodingFallback ? CsvEncoding::Windows1252 : m_dialect.encoding, !options.encoding.has_value())
{
    m_sepLinePending = m_dialect.hasSepLine;
    if (m_options.chunkBytes < 16)
        m_options.chunkBytes = 16;
    if (m_dialect.encodingFallback) {
        m_fallbackNoticed = true;
        addNotice(u"encoding-fallback"_s, 1,
            QCoreApplication::translate("CsvReader",
                "The file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, choose the "
                "file's encoding."));
    }
}

CsvDialect CsvReader::detect(QIODevice &device)
{
    return CsvDialectDetector::detect(device);
}

void CsvReader::addNotice(const QString &code, qint64 line, const QString &detail)
{
    m_notices.append(CsvNotice { code, line, detail });
}

bool CsvReader::refill()
{
    if (m_inputDone)
        return false;
    // Keep the buffer small: what is consumed is already in the current field or record.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    while (m_pos >= m_buffer.size()) {
        const QByteArray bytes = m_device.read(m_options.chunkBytes);
        if (bytes.isEmpty()) {
            m_decoder.finish(m_buffer);
            m_inputDone = true;
        } else {
            m_bytesRead += bytes.size();
            m_decoder.decode(bytes, m_buffer);
        }
        if (!m_started && !m_buffer.isEmpty()) {
            m_started = true;
            if (m_buffer.front() == QChar(0xFEFF))
                m_buffer.remove(0, 1);
        }
        if (m_decoder.fellBack() && !m_fallbackNoticed) {
            m_fallbackNoticed = true;
            addNotice(u"encoding-fallback"_s, m_line,
                QCoreApplication::translate("CsvReader",
                    "From line %1 on, the file is not UTF-8; it was read as Windows-1252. If accented letters look "
                    "wrong, choose the file's encoding.")
                    .arg(m_line));
        }
        if (m_inputDone)
            break;
    }
    return m_pos < m_buffer.size();
}

void CsvReader::noteLineEnd(QChar c)
{
    // CR, LF and CRLF each end one physical line.
    if (c == u'\r' || (c == u'\n' && !m_previousWasCr))
        ++m_line;
    m_previousWasCr = c == u'\r';
}

void CsvReader::skipSepLine()
{
    while (m_pos < m_buffer.size() || refill()) {
        const QChar c = m_buffer.at(m_pos++);
        if (isLineEnd(c)) {
            noteLineEnd(c);
            return;
        }
        m_previousWasCr = false;
    }
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (m_sepLinePending) {
        m_sepLinePending = false;
        skipSepLine();
    }
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    const QChar delimiter = m_dialect.delimiter;
    State state = State::FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    QString field;
    record.fields.clear();
    if (m_headerFieldCount > 0)
        record.fields.reserve(m_headerFieldCount);
    record.line = 0;

    const auto finishRecord = [&] {
        record.fields.append(field);
        if (m_headerFieldCount < 0) {
            m_headerFieldCount = record.fields.size();
        } else if (m_options.firstRecordIsHeader && record.fields.size() != m_headerFieldCount) {
            addNotice(u"ragged-row"_s, record.line,
                QCoreApplication::translate("CsvReader", "Line %1 has %2 fields; the header has %3.")
                    .arg(record.line)
                    .arg(record.fields.size())
                    .arg(m_headerFieldCount));
        }
        return true;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !refill()) {
            if (!started)
                return false;
            if (state == State::Quoted)
                addNotice(u"unterminated-quote"_s, quoteLine,
                    QCoreApplication::translate("CsvReader",
                        "The quoted field that starts on line %1 is never closed; everything after it up to the "
                        "end of the file was read into that field. Add the missing quote (\").")
                        .arg(quoteLine));
            return finishRecord();
        }
        if (!started) {
            const QChar first = m_buffer.at(m_pos);
            if (isLineEnd(first)) { // a blank line: counted, not a record
                ++m_pos;
                noteLineEnd(first);
                continue;
            }
            started = true;
            record.line = m_line;
        }

        // Most fields of a large file lie whole inside the buffer: taken as one string of exactly their size. What
        // is cut by the buffer's end, or has quotes or line breaks inside, goes through the state machine below.
        if (state == State::FieldStart) {
            QChar terminator;
            if (takeWholeField(field, terminator)) {
                // Something that is not a CR came before the terminator (the field, a quote or the delimiter that
                // opened this field), so an LF here ends a line of its own.
                m_previousWasCr = false;
                if (terminator == delimiter) {
                    record.fields.append(std::move(field));
                    field = QString();
                    continue;
                }
                noteLineEnd(terminator);
                return finishRecord();
            }
        }

        // Copy runs of ordinary characters in one go.
        if (state == State::Unquoted || state == State::Quoted) {
            const QChar *data = m_buffer.constData();
            qsizetype end = m_pos;
            const qsizetype size = m_buffer.size();
            if (state == State::Unquoted) {
                while (end < size && data[end] != delimiter && !isLineEnd(data[end]))
                    ++end;
            } else {
                while (end < size && data[end] != u'"' && !isLineEnd(data[end]))
                    ++end;
            }
            if (end > m_pos) {
                field.append(QStringView(data + m_pos, end - m_pos));
                m_pos = end;
                m_previousWasCr = false;
                continue;
            }
        }

        const QChar c = m_buffer.at(m_pos++);
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = m_line;
            } else if (c == delimiter) {
                record.fields.append(QString());
            } else if (isLineEnd(c)) {
                noteLineEnd(c);
                return finishRecord();
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            // A quote here is kept as it is, as Excel does (5'10").
            if (c == delimiter) {
                record.fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (isLineEnd(c)) {
                noteLineEnd(c);
                return finishRecord();
            } else {
                field.append(c);
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::QuoteInQuoted;
            } else {
                field.append(c); // line breaks inside quotes belong to the field, as written
                if (isLineEnd(c))
                    noteLineEnd(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                field.append(c);
                state = State::Quoted;
            } else if (c == delimiter) {
                record.fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (isLineEnd(c)) {
                noteLineEnd(c);
                return finishRecord();
            } else {
                // "abc"def: text after the closing quote is kept, as spreadsheets do.
                field.append(c);
                state = State::Unquoted;
            }
            break;
        }
        if (!isLineEnd(c))
            m_previousWasCr = false;
    }
}

bool CsvReader::takeWholeField(QString &field, QChar &terminator)
{
    const QChar delimiter = m_dialect.delimiter;
    const QChar *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype first = m_pos;
    qsizetype end = m_pos;
    qsizetype next = 0; // where the next field or record starts
    if (data[first] == u'"') {
        ++first;
        end = first;
        while (end < size && data[end] != u'"' && !isLineEnd(data[end]))
            ++end;
        // Only a closing quote followed by the delimiter or a line end: "" inside, a line break inside or text after
        // the quote need the state machine.
        if (end + 1 >= size || data[end] != u'"' || (data[end + 1] != delimiter && !isLineEnd(data[end + 1])))
            return false;
        terminator = data[end + 1];
        next = end + 2;
    } else {
        while (end < size && data[end] != delimiter && !isLineEnd(data[end]))
            ++end;
        if (end >= size)
            return false;
        terminator = data[end];
        next = end + 1;
    }
    field = end > first ? QString(data + first, end - first) : QString(); // empty is null, as the state machine has it
    m_pos = next;
    return true;
}

QList<CsvRecord> CsvReader::readAll()
{
    QList<CsvRecord> records;
    CsvRecord record;
    while (readRecord(record))
        records.append(record);
    return records;
}
