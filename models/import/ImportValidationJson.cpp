#include "ImportValidationJson.h"

#include "ImportValidator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ImportValidationJson::statusKey(int status)
{
    switch (ImportRowStatus(status)) {
    case ImportRowStatus::Warning:
        return u"warning"_s;
    case ImportRowStatus::Error:
        return u"error"_s;
    case ImportRowStatus::Ok:
        break;
    }
    return u"ok"_s;
}

QJsonObject ImportValidationJson::toJson(const ImportValidator &validator)
{
    const auto actionKey = [](ImportRowAction action) {
        switch (action) {
        case ImportRowAction::Update:
            return u"update"_s;
        case ImportRowAction::Skip:
            return u"skip"_s;
        case ImportRowAction::Create:
            break;
        }
        return u"create"_s;
    };
    QJsonArray rows;
    for (const ImportRowResult &result : validator.results()) {
        QJsonArray issues;
        for (const ImportIssue &issue : result.issues) {
            issues.append(QJsonObject { { u"column"_s, issue.column < 0 ? QJsonValue() : QJsonValue(issue.columnName) },
                { u"code"_s, issue.code }, { u"severity"_s, importSeverityKey(issue.severity) },
                { u"message"_s, issue.message } });
        }
        rows.append(QJsonObject { { u"line"_s, result.line }, { u"status"_s, statusKey(int(result.status)) },
            { u"action"_s, actionKey(result.action) }, { u"issues"_s, issues } });
    }
    QJsonArray mapping;
    for (const ImportMappingIssue &issue : validator.mapping().issues()) {
        mapping.append(
            QJsonObject { { u"column"_s, issue.column }, { u"header"_s, issue.header }, { u"code"_s, issue.code },
                { u"severity"_s, importSeverityKey(issue.severity) }, { u"message"_s, issue.message } });
    }
    const ImportSummary &s = validator.summary();
    const QJsonObject summary { { u"rows"_s, s.rows }, { u"creates"_s, s.creates }, { u"updates"_s, s.updates },
        { u"skipped"_s, s.skipped }, { u"bindings"_s, s.bindings }, { u"groupAdds"_s, s.groupAdds },
        { u"staged"_s, s.staged }, { u"errorRows"_s, s.errorRows }, { u"warningRows"_s, s.warningRows },
        { u"errors"_s, s.errors }, { u"warnings"_s, s.warnings } };
    return QJsonObject { { u"rows"_s, rows }, { u"mapping"_s, mapping }, { u"summary"_s, summary } };
}
