#include "CacheFileHeader.h"

#include "CacheDatabase.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

quint32 readBigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

} // namespace

Result<void> CacheFileHeader::check(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { QString::fromLatin1(CacheDatabase::Unavailable),
            u"Cannot read the cache file %1: %2."_s.arg(path, file.errorString()) };
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic.left(qMin<qsizetype>(header.size(), 16))) || header.size() < 16) {
        return Error { QString::fromLatin1(CacheDatabase::NotADatabase),
            u"The cache file %1 is not a Bindery cache (it is not an SQLite database)."_s.arg(path) };
    }
    if (header.size() < 100) {
        return Error { QString::fromLatin1(CacheDatabase::Truncated),
            u"The cache file %1 is cut short (%2 bytes): it was not written completely."_s.arg(path).arg(file.size()) };
    }
    quint32 pageSize = readBigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = readBigEndian(header, 24, 4);
    const quint32 pageCount = readBigEndian(header, 28, 4);
    const quint32 validFor = readBigEndian(header, 92, 4);
    // The in-header size is only trustworthy when it was written by the same change as the
    // counter, and with a WAL file beside it the main file may legitimately lag behind.
    const bool walPresent = QFileInfo::exists(path + "-wal"_L1);
    if (changeCounter == validFor && !walPresent && pageCount > 0) {
        const qint64 expected = qint64(pageCount) * pageSize;
        if (file.size() < expected) {
            return Error {
                QString::fromLatin1(CacheDatabase::Truncated),
                u"The cache file %1 is cut short: %2 of %3 bytes are there."_s.arg(path).arg(file.size()).arg(expected)
            };
        }
    }
    return {};
}
