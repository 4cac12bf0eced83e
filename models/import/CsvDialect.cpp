#include "CsvDialect.h"

using namespace Qt::StringLiterals;

QString csvEncodingKey(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"utf-8"_s;
    case CsvEncoding::Utf16LE:
        return u"utf-16le"_s;
    case CsvEncoding::Utf16BE:
        return u"utf-16be"_s;
    case CsvEncoding::Windows1252:
        return u"windows-1252"_s;
    }
    return u"utf-8"_s;
}

std::optional<CsvEncoding> csvEncodingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == "utf-8"_L1 || k == "utf8"_L1)
        return CsvEncoding::Utf8;
    if (k == "utf-16le"_L1)
        return CsvEncoding::Utf16LE;
    if (k == "utf-16be"_L1)
        return CsvEncoding::Utf16BE;
    if (k == "windows-1252"_L1 || k == "cp1252"_L1 || k == "latin1"_L1 || k == "iso-8859-1"_L1)
        return CsvEncoding::Windows1252;
    return std::nullopt;
}
