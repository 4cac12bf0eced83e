#pragma once

#include "ImportRowResult.h"

#include <QtGlobal>

// The wizard's summary page and the CLI's "summary": what committing the rows without errors would do.
struct ImportSummary
{
    qint64 rows = 0;
    qint64 creates = 0;
    qint64 updates = 0;
    qint64 skipped = 0; // blank rows
    qint64 bindings = 0;
    qint64 groupAdds = 0;
    qint64 staged = 0;
    qint64 errorRows = 0;
    qint64 warningRows = 0;
    qint64 errors = 0; // issues
    qint64 warnings = 0; // issues

    // Adds (sign 1) or removes (sign -1) one row's contribution, so an edit updates the summary in O(1).
    void add(const ImportRowResult &row, int sign = 1);

    friend bool operator==(const ImportSummary &, const ImportSummary &) = default;
};
