#pragma once

#include <QJsonObject>

class ImportValidator;

// The validation of a file as bindery-cli import validate --json prints it:
// {"rows":[{"line":N,"status":"ok|warning|error","action":"create|update|skip","issues":[{"column","code","severity",
// "message"}]}],"mapping":[{"column","header","code","severity","message"}],"summary":{"rows","creates","updates",
// "skipped","bindings","groupAdds","staged","errorRows","warningRows","errors","warnings"}}. "column" is the header
// of the cell's column, null for an issue about the whole row.
class ImportValidationJson
{
public:
    static QJsonObject toJson(const ImportValidator &validator);
    static QString statusKey(int status); // ImportRowStatus: "ok", "warning", "error"
};
