#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One problem with one value of a form. The code is stable (tests and the UI branch on it); the UI
// words it, so the rules stay free of user-visible text. `args` carry what the wording needs: the
// other user who holds a value, the reason a name is invalid, a limit.
struct FieldIssue
{
    enum class Severity { Error, Warning };

    QString code;
    Severity severity = Severity::Error;
    QStringList args;

    bool isError() const { return severity == Severity::Error; }

    friend bool operator==(const FieldIssue &, const FieldIssue &) = default;
};

inline bool hasError(const QList<FieldIssue> &issues)
{
    for (const FieldIssue &issue : issues) {
        if (issue.isError())
            return true;
    }
    return false;
}
