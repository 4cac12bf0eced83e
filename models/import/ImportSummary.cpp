#include "ImportSummary.h"

#include <algorithm>

bool ImportRowResult::hasIssue(const QString &code) const
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ImportIssue &issue) { return issue.code == code; });
}

void ImportSummary::add(const ImportRowResult &row, int sign)
{
    rows += sign;
    for (const ImportIssue &issue : row.issues) {
        if (issue.severity == ImportSeverity::Error)
            errors += sign;
        else if (issue.severity == ImportSeverity::Warning)
            warnings += sign;
    }
    if (row.status == ImportRowStatus::Error) {
        errorRows += sign;
        return; // a row with an error is not committed: it creates, binds and adds nothing
    }
    if (row.status == ImportRowStatus::Warning)
        warningRows += sign;
    switch (row.action) {
    case ImportRowAction::Create:
        creates += sign;
        break;
    case ImportRowAction::Update:
        updates += sign;
        break;
    case ImportRowAction::Skip:
        skipped += sign;
        return;
    }
    bindings += sign * row.bindings;
    groupAdds += sign * row.groupAdds;
    if (row.staged)
        staged += sign;
}
