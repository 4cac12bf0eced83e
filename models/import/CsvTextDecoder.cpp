#include "CsvTextDecoder.h"

using namespace Qt::StringLiterals;

namespace {
// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five undefined bytes map to the C1 controls, as
// WHATWG's decoder does, so no byte is ever lost.
constexpr char16_t Cp1252High[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };
} // namespace

CsvTextDecoder::CsvTextDecoder(CsvEncoding encoding, bool mayFallBack)
    : m_encoding(encoding)
    , m_mayFallBack(mayFallBack && encoding == CsvEncoding::Utf8)
{
    // Stateful: the decoder keeps half a UTF-16 unit (or half a surrogate pair) between chunks.
    if (encoding == CsvEncoding::Utf16LE)
        m_utf16 = QStringDecoder(QStringConverter::Utf16LE);
    else if (encoding == CsvEncoding::Utf16BE)
        m_utf16 = QStringDecoder(QStringConverter::Utf16BE);
}

qsizetype CsvTextDecoder::validUtf8Prefix(const char *data, qsizetype size, bool &invalid)
{
    invalid = false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte (no overlongs, no surrogates)
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            invalid = true;
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return i; // cut by the end of the data: maybe completed by the next chunk
            const unsigned char next = bytes[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max) {
                invalid = true;
                return i;
            }
        }
        i += length;
    }
    return i;
}

void CsvTextDecoder::appendWindows1252(const char *data, qsizetype size, QString &out)
{
    const qsizetype start = out.size();
    out.resize(start + size);
    QChar *target = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        target[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(Cp1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
}

void CsvTextDecoder::decode(const QByteArray &bytes, QString &out)
{
    switch (m_encoding) {
    case CsvEncoding::Utf8:
        m_carry.append(bytes);
        decodeUtf8(out, false);
        break;
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE:
        out.append(m_utf16.decode(bytes));
        break;
    case CsvEncoding::Windows1252:
        appendWindows1252(bytes.constData(), bytes.size(), out);
        break;
    }
}

void CsvTextDecoder::finish(QString &out)
{
    if (m_encoding == CsvEncoding::Utf8)
        decodeUtf8(out, true);
    else if (m_encoding == CsvEncoding::Utf16LE || m_encoding == CsvEncoding::Utf16BE)
        out.append(m_utf16.decode(QByteArrayView()));
}

void CsvTextDecoder::decodeUtf8(QString &out, bool atEnd)
{
    bool invalid = false;
    const qsizetype valid = validUtf8Prefix(m_carry.constData(), m_carry.size(), invalid);
    if (!invalid && atEnd && valid < m_carry.size())
        invalid = true; // a sequence cut by the end of the file
    out.append(QString::fromUtf8(m_carry.constData(), valid));
    if (!invalid) {
        m_carry.remove(0, valid);
        return;
    }
    const char *rest = m_carry.constData() + valid;
    const qsizetype restSize = m_carry.size() - valid;
    if (m_mayFallBack) {
        // Not UTF-8 after all: from this byte on, read the file as Windows-1252.
        m_fellBack = true;
        m_encoding = CsvEncoding::Windows1252;
        appendWindows1252(rest, restSize, out);
    } else {
        // The admin chose UTF-8: show replacement characters rather than guess.
        out.append(QString::fromUtf8(rest, restSize));
    }
    m_carry.clear();
}
