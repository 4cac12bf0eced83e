#pragma once

#include "ImportField.h"
#include "ImportIssue.h"

// A problem with a column header rather than a cell: "header-case" (offers `suggestion`), "unknown-column",
// "duplicate-column", "attribute-unpaired".
struct ImportMappingIssue
{
    int column = -1;
    QString header;
    QString code;
    ImportSeverity severity = ImportSeverity::Warning;
    QString message;
    ImportTarget suggestion; // header-case: the field the header would map to with the right case

    friend bool operator==(const ImportMappingIssue &, const ImportMappingIssue &) = default;
};
