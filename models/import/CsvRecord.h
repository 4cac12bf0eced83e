#pragma once

#include <QStringList>

// One CSV record and the physical line it starts on (1-based, blank lines and the sep= line counted), so every
// message can point the admin at the line their spreadsheet shows.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;

    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};
