#include "ImportFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

Result<ImportFile> ImportFile::read(const QString &path, const CsvReader::Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { u"file-unreadable"_s, file.errorString() };
    QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { u"file-unreadable"_s, file.errorString() };
    auto parsed = parse(std::move(content), options);
    if (parsed)
        parsed.value().path = path;
    return parsed;
}

Result<ImportFile> ImportFile::parse(QByteArray content, const CsvReader::Options &options)
{
    ImportFile file;
    file.content = std::move(content);
    QBuffer buffer(&file.content);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
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
