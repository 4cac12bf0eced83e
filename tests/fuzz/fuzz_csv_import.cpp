// libFuzzer: bytes → CsvReader (detected or overridden dialect, tiny chunks so records straddle refills) →
// ImportMapping → ImportValidator against a small fixed org. Besides crashes, leaks and hangs it checks one property:
// re-validating an edited row gives what validating the edited file from scratch gives.
#include "ImportTestOrg.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

namespace {
const OrgSnapshot &org()
{
    static const OrgSnapshot snapshot = importTestOrg();
    return snapshot;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    // The first byte chooses the reader options and the validator mode; the rest is the file.
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    CsvReader::Options options;
    options.chunkBytes = 16 + (control & 0x0F) * 7;
    if (control & 0x10) {
        static constexpr char16_t delimiters[] = { u',', u';', u'\t', u'|' };
        options.delimiter = QChar(delimiters[(control >> 5) & 0x03]);
    }
    if (control & 0x80)
        options.encoding = CsvEncoding((control >> 5) & 0x03);

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    QList<CsvRecord> records;
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.readRecord(record)) {
        if (record.line <= lastLine)
            std::abort(); // line numbers only go forward
        lastLine = record.line;
        records.append(record);
        if (records.size() > 2000)
            break;
    }
    if (records.isEmpty())
        return 0;
    const QStringList header = records.takeFirst().fields;
    ImportMapping mapping = ImportMapping::fromHeader(header);
    (void)mapping.issues();
    const auto json = mapping.toJson();
    if (!ImportMapping::fromJson(json, header).ok())
        std::abort();
    const ImportValidatorOptions validatorOptions { (control & 0x01) != 0 };

    ImportValidator validator(org(), mapping, validatorOptions);
    validator.setRecords(records);
    if (records.size() >= 2) {
        // Edit: the first row takes the second row's fields (a duplicate, then unique again after the next edit).
        CsvRecord edited = records.at(0);
        edited.fields = records.at(1).fields;
        validator.updateRecord(0, edited);
        QList<CsvRecord> expectedRecords = records;
        expectedRecords[0] = edited;
        ImportValidator fresh(org(), mapping, validatorOptions);
        fresh.setRecords(expectedRecords);
        if (!(validator.results() == fresh.results()) || !(validator.summary() == fresh.summary()))
            std::abort();
    }
    return 0;
}
