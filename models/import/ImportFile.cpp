#include "ImportFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

Result<ImportFile> ImportFile::read(const QString &path, const CsvReader::Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { u"file-unreadable"_s, file.errorString() };
    auto parsed = readFrom(file, options);
    if (!parsed)
        return parsed;
    if (file.error() != QFileDevice::NoError)
        return Error { u"file-unreadable"_s, file.errorString() };
    if (parsed)
        parsed.value().path = path;
    return parsed;
}

Result<ImportFile> ImportFile::parse(const QByteArray &content, const CsvReader::Options &options)
{
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(buffer, options);
}

Result<ImportFile> ImportFile::readFrom(QIODevice &device, const CsvReader::Options &options)
{
    // Two passes over the device, neither holding the whole file: the digest first, then the records. A pipe
    // (`bindery-cli import validate <(…)`) can be read once only, so it is held in memory for the two.
    if (device.isSequential())
        return parse(device.readAll(), options);
    ImportFile file;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.head = device.peek(HeadSize);
    hash.addData(&device);
    file.digest = hash.result();
    if (!device.seek(0))
        return Error { u"file-unreadable"_s, device.errorString() };
    CsvReader reader(device, options);
    CsvRecord record;
    if (!reader.readRecord(record))
        return Error { u"file-empty"_s,
            QCoreApplication::translate("ImportFile", "The file has no header line: it is empty or not text.") };
    file.header = record.fields;
    while (reader.readRecord(record))
        file.records.append(record);
    file.dialect = reader.dialect();
    file.notices = reader.notices();
    return file;
}
