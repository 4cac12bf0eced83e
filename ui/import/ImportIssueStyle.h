#pragma once

#include "ImportIssue.h"
#include "ImportRowOutcome.h"
#include "ImportRowResult.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How the import wizard shows severities and outcomes, in one place so the preview, the summary and the results
// agree: a pale background (readable in light and dark palettes because the text colour is set with it), a standard
// icon, and the words.
class ImportIssueStyle
{
public:
    static QColor background(ImportSeverity severity); // invalid for Info
    static QColor foreground(); // dark text on the pale backgrounds
    static QIcon icon(ImportSeverity severity);
    static QString statusText(ImportRowStatus status); // "OK", "Warning", "Error"
    static QString severityText(ImportSeverity severity); // "Note", "Warning", "Error"
    static ImportSeverity severityOf(ImportRowStatus status);
    static QString outcomeText(ImportRowOutcome::Kind kind); // "Created", "Failed" …
    static ImportSeverity severityOf(ImportRowOutcome::Kind kind);
};
