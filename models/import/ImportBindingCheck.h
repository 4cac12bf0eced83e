#pragma once

#include "ImportIssue.h"
#include "ImportOrgIndex.h"
#include "UserState.h"

#include <QHash>
#include <QList>
#include <vector>

struct User;

// Runs the binding planner for the rows that bind a device, so the admin sees before commit what the agent will do:
// a takeover (and that it signs the person out), a second account because only the case differs, a similar
// account, a staged user … The planner's codes become issues on the device column.
//
// A file names up to one device per row, so the planner gets only what those pairs need: the devices the file
// names with their local accounts (and who manages each), the row users, and the edges of the existing users among
// them. The org side is indexed once (lazily, on the first request) and reused by every validation of the file and
// every inline edit. The index (and so the snapshot) must outlive it.
class ImportBindingCheck
{
public:
    explicit ImportBindingCheck(const ImportOrgIndex &org);
    ~ImportBindingCheck();
    ImportBindingCheck(const ImportBindingCheck &) = delete;
    ImportBindingCheck &operator=(const ImportBindingCheck &) = delete;

    struct Request
    {
        int deviceIndex = -1; // into the snapshot's devices
        const User *existing = nullptr; // update rows: the org's user; new rows: null (a user is built from below)
        QString username;
        QString systemUsername; // overrides the existing user's when not empty
        QString firstName;
        QString lastName;
        UserState state = UserState::Activated; // new rows only
        int column = -1;
        QString columnName;

        bool isValid() const { return deviceIndex >= 0; }
    };

    QList<ImportIssue> check(const Request &request) const;
    // Every row of a file in one plan: one input and one planner instead of one per row. Returns the issues per
    // request, in order.
    QList<QList<ImportIssue>> checkAll(const QList<Request> &requests) const;

    // Planner block codes that repeat a naming issue the validator already reports on the name's own column.
    static bool repeatsNamingIssue(const QString &code);

private:
    struct OrgSide;
    const OrgSide &orgSide() const;
    void groupAccountsByDevice(OrgSide &side) const;
    void indexEffectiveNames(OrgSide &side) const;
    // Plans requests[slice[0 … count)] and writes their issues to issues[slice[i]]. Reads the org side only.
    void planSlice(const QList<Request> &requests, const int *slice, qsizetype count, QList<ImportIssue> *issues) const;
    // Safe to run for different devices at once; needs buildEdges() first when effective names are shared.
    void resolveOwners(int deviceIndex) const;
    void buildEdges() const;
    // Both need buildEdges() first.
    bool hasDirectBinding(int userIndex, int deviceIndex) const;
    bool hasGroupAccess(int userIndex, int deviceIndex) const;

    const ImportOrgIndex &m_org;
    mutable std::unique_ptr<OrgSide> m_side; // built on first use
};
