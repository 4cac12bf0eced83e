#include "ImportResultsCsv.h"

#include "CsvWriter.h"

using namespace Qt::StringLiterals;

QStringList ImportResultsCsv::extraColumns()
{
    return { u"Outcome"_s, u"Message"_s, u"NewId"_s };
}

Result<void> ImportResultsCsv::write(QIODevice &device, const QStringList &header, const QList<CsvRecord> &records,
    const QList<ImportRowOutcome> &outcomes, int passwordColumn)
{
    // A BOM, so Excel opens the file as UTF-8 (names with accents are the norm in HR exports).
    CsvWriter writer(device, CsvWriter::Options { true, true });
    const qsizetype width = header.size();
    writer.writeRow(header + extraColumns());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QStringList cells = records.at(i).fields;
        cells.resize(width); // ragged rows: the outcome columns stay in place
        if (passwordColumn >= 0 && passwordColumn < width)
            cells[passwordColumn].clear();
        const ImportRowOutcome outcome = i < outcomes.size() ? outcomes.at(i) : ImportRowOutcome {};
        cells << ImportRowOutcome::key(outcome.kind) << outcome.message << outcome.newId;
        writer.writeRow(cells);
    }
    if (!writer.flush())
        return Error { u"write-failed"_s, writer.errorString() };
    return {};
}
