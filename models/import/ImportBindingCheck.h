#pragma once

#include "BindingPlanInputBuilder.h"
#include "ImportIssue.h"
#include "OrgSnapshot.h"

#include <QList>

// Runs the binding planner for a row that binds a device, so the admin sees before commit what the agent will do:
// a takeover (and that it signs the person out), a second account because only the case differs, a similar
// account, a staged user … The planner's codes become issues on the device column. The snapshot must outlive it.
class ImportBindingCheck
{
public:
    explicit ImportBindingCheck(const OrgSnapshot &snapshot);

    struct Request
    {
        User user; // the row's user: the existing one for an update, else one built from the row (no id yet)
        QString deviceId;
        int column = -1;
        QString columnName;
    };

    QList<ImportIssue> check(const Request &request) const;
    // Every row of a file in one plan: one input and one planner instead of one per row (100,000 rows in well under
    // a second). Returns the issues per request, in order.
    QList<QList<ImportIssue>> checkAll(const QList<Request> &requests) const;

    // Planner block codes that repeat a naming issue the validator already reports on the name's own column.
    static bool repeatsNamingIssue(const QString &code);

private:
    BindingPlanInputBuilder m_builder;
};
