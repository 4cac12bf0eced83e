#pragma once

#include "BindingDropPlan.h"
#include "BindingPlanInputBuilder.h"
#include "OrgSnapshot.h"
#include "OutboxRow.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QSet>

// Plans what the bind dialog shows for a drop, against one snapshot of the org plus the outbox's waiting changes,
// and turns a confirmed plan into outbox rows (through OutboxChangeFactory, one batch id). Indexes the snapshot once;
// plan() and planUnbind() are const and safe to call from a worker thread while the GUI keeps the object.
class BindingDropPlanner
{
public:
    explicit BindingDropPlanner(OrgSnapshot snapshot);
    BindingDropPlanner(const BindingDropPlanner &) = delete;
    BindingDropPlanner &operator=(const BindingDropPlanner &) = delete;

    const OrgSnapshot &snapshot() const { return m_snapshot; }

    // Errors: BindingPlanInputBuilder's "unknown-…" codes, and "not-droppable" for a request whose kinds do not
    // combine.
    Result<BindingDropPlan> plan(const ObjectDropRequest &request, const QList<OutboxRow> &outbox) const;
    // Every user × every device given (one side is usually a single object: a user's devices, a device's users).
    Result<BindingDropPlan> planUnbind(
        const QStringList &userIds, const QStringList &deviceIds, const QList<OutboxRow> &outbox) const;

    // The rows confirming would append, all Pending and carrying `batchId`; never a row for a blocked pair.
    static QList<OutboxRow> changes(
        const BindingDropPlan &plan, const BindingChangeOptions &options, const QString &batchId);

private:
    Result<BindingPlan> planPairs(const BindingSelection &selection, const QList<OutboxRow> &outbox, bool unbind) const;
    QStringList deviceGroupsBoundTo(const QString &userGroupId, const QList<OutboxRow> &outbox) const;
    QStringList userGroupsBoundTo(const QString &deviceGroupId, const QList<OutboxRow> &outbox) const;
    bool groupsBound(const QString &userGroupId, const QString &deviceGroupId, const QList<OutboxRow> &outbox) const;
    bool isMember(const QString &groupId, const QString &memberId, const QList<OutboxRow> &outbox) const;
    QString userGroupName(const QString &id) const;
    QString deviceGroupName(const QString &id) const;

    OrgSnapshot m_snapshot;
    BindingPlanInputBuilder m_builder; // refers to m_snapshot
    QHash<QString, qsizetype> m_userById;
    QHash<QString, qsizetype> m_deviceById;
    QHash<QString, qsizetype> m_userGroupById;
    QHash<QString, qsizetype> m_deviceGroupById;
    QHash<QString, QStringList> m_usersOfUserGroup;
    QSet<QString> m_memberships; // "groupId/memberId" for user and device groups
    QSet<QString> m_groupBindings; // "userGroupId/deviceGroupId"
};
