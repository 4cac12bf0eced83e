#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

// Rows collect here before one write: small enough to stream, big enough that a 50,000-row
// export is a few hundred writes rather than millions.
constexpr qsizetype kFlushThreshold = 64 * 1024;

bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : CsvWriter(device, Options {})
{
}

CsvWriter::CsvWriter(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.reserve(kFlushThreshold + 4096);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::encodeField(const QString &cell, bool neutraliseFormulas)
{
    QString field = neutraliseFormulas && startsLikeFormula(cell) ? u'\'' + cell : cell;
    if (!needsQuotes(field))
        return field;
    field.replace(u'"', u"\"\""_s);
    return u'"' + field + u'"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(u',');
        line.append(encodeField(cells[i], m_options.neutraliseFormulas));
    }
    line.append(u"\r\n");
    append(line.toUtf8());
}

void CsvWriter::append(const QByteArray &bytes)
{
    m_buffer.append(bytes);
    if (m_buffer.size() >= kFlushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (m_failed || m_buffer.isEmpty())
        return !m_failed;
    const qint64 written = m_device.write(m_buffer);
    if (written != m_buffer.size()) {
        m_failed = true;
        m_errorString = m_device.errorString();
        if (m_errorString.isEmpty() || m_errorString == u"Unknown error")
            m_errorString
                = u"only %1 of %2 bytes could be written"_s.arg(qMax<qint64>(written, 0)).arg(m_buffer.size());
    }
    m_buffer.clear();
    return !m_failed;
}
