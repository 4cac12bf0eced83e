#include "CsvDialectDetector.h"

#include "CsvReader.h"
#include "CsvTextDecoder.h"

#include <QBuffer>
#include <QIODevice>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {
constexpr int SampleRecords = 20;
constexpr std::array<char16_t, 4> Candidates { u',', u';', u'\t', u'|' };

} // namespace

// "sep=;" alone on the first line (Excel writes it so that a CSV opens right whatever the locale's list separator).
bool CsvDialectDetector::parseSepLine(const QString &text, QChar &delimiter)
{
    if (!text.startsWith("sep="_L1) || text.size() < 5)
        return false;
    const QChar candidate = text.at(4);
    if (candidate == u'\r' || candidate == u'\n')
        return false;
    if (text.size() > 5 && text.at(5) != u'\r' && text.at(5) != u'\n')
        return false;
    delimiter = candidate;
    return true;
}

CsvDialect CsvDialectDetector::detect(QIODevice &device)
{
    const QByteArray head = device.peek(PeekBytes);
    return detect(head, head.size() >= PeekBytes);
}

CsvDialect CsvDialectDetector::detect(const QByteArray &head, bool truncated)
{
    CsvDialect dialect;
    QByteArray body = head;
    if (head.startsWith("\xEF\xBB\xBF")) {
        dialect.hasBom = true;
        body = head.mid(3);
    } else if (head.startsWith("\xFF\xFE")) {
        dialect.hasBom = true;
        dialect.encoding = CsvEncoding::Utf16LE;
        body = head.mid(2);
    } else if (head.startsWith("\xFE\xFF")) {
        dialect.hasBom = true;
        dialect.encoding = CsvEncoding::Utf16BE;
        body = head.mid(2);
    }
    if (dialect.encoding == CsvEncoding::Utf8) {
        bool invalid = false;
        const qsizetype valid = CsvTextDecoder::validUtf8Prefix(body.constData(), body.size(), invalid);
        // A sequence cut at the end of a peek is not evidence against UTF-8; one cut at the end of the file is.
        if (invalid || (!truncated && valid < body.size())) {
            dialect.encoding = CsvEncoding::Windows1252;
            dialect.encodingFallback = true;
        }
    }
    CsvTextDecoder decoder(dialect.encoding, false);
    QString text;
    decoder.decode(body, text);
    if (!truncated)
        decoder.finish(text);

    QChar sepDelimiter;
    if (parseSepLine(text, sepDelimiter)) {
        dialect.hasSepLine = true;
        dialect.delimiter = sepDelimiter;
        return dialect;
    }
    dialect.delimiter = detectDelimiter(text, truncated);
    return dialect;
}

QChar CsvDialectDetector::detectDelimiter(const QString &text, bool truncated)
{
    const QByteArray utf8 = text.toUtf8();
    QChar best = u',';
    double bestScore = 0;
    for (const char16_t candidate : Candidates) {
        QBuffer buffer;
        buffer.setData(utf8);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Options options;
        options.encoding = CsvEncoding::Utf8;
        options.delimiter = QChar(candidate);
        options.firstRecordIsHeader = false;
        CsvReader reader(buffer, options);
        QList<qsizetype> counts;
        CsvRecord record;
        while (counts.size() < SampleRecords + 1 && reader.readRecord(record))
            counts.append(record.fields.size());
        const bool reachedEnd = counts.size() <= SampleRecords;
        if (!counts.isEmpty() && (!reachedEnd || truncated))
            counts.removeLast(); // one too many, or cut by the end of the peek
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        // Share of records with the header's field count first, then more fields: a ; file with commas in
        // unquoted addresses still has the same number of ; on every line.
        const auto same = std::count(counts.cbegin(), counts.cend(), counts.first());
        const double score
            = double(same) / double(counts.size()) * 1000.0 + double(std::min<qsizetype>(counts.first(), 999));
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}
