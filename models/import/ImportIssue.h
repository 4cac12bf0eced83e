#pragma once

#include <QString>

enum class ImportSeverity { Info, Warning, Error };

// One problem on one cell (or on the whole row when column is -1). `code` is stable: the wizard, the CLI's --json
// output and the results file branch on it; `message` is for the admin, names the value and says what to do.
struct ImportIssue
{
    int column = -1;
    QString columnName;
    QString code;
    ImportSeverity severity = ImportSeverity::Error;
    QString message;

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

QString importSeverityKey(ImportSeverity severity); // "info", "warning", "error"
