#pragma once

#include "FieldIssue.h"
#include "UserField.h"

#include <QCoreApplication>
#include <QString>

// Words for the codes of UserFormRules and the group forms: what is wrong and, where it helps,
// what to do. `subject` names the user being created or edited ("newbie"), for the staged warning.
class FieldIssueText
{
    Q_DECLARE_TR_FUNCTIONS(FieldIssueText)

public:
    static QString userField(UserField field, const FieldIssue &issue, const QString &subject);
    static QString groupName(const FieldIssue &issue, bool deviceGroup);
    // Texts for messages shared by every field (required, too-long); empty for other codes.
    static QString common(const FieldIssue &issue);
};
