#include "BatchReversal.h"

#include "ChangeKind.h"
#include "OutboxChangeFactory.h"
#include "OutboxReferences.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonObject &payload, QLatin1StringView key)
{
    return payload.value(key).toString();
}

// The values an edit replaced, for exactly the fields it changed; a field with no recorded value was empty.
QJsonObject restoring(const QJsonObject &payload)
{
    const QJsonObject fields = payload.value("fields"_L1).toObject();
    const QJsonObject before = payload.value("before"_L1).toObject();
    QJsonObject restore;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        restore.insert(it.key(), before.contains(it.key()) ? before.value(it.key()) : QJsonValue(QString()));
    return restore;
}

SelfServiceProvisioning selfService(const QJsonObject &object)
{
    SelfServiceProvisioning settings;
    settings.macEnabled = object.value("macEnabled"_L1).toBool();
    settings.macAdmin = object.value("macAdmin"_L1).toBool();
    settings.windowsEnabled = object.value("windowsEnabled"_L1).toBool();
    settings.windowsAdmin = object.value("windowsAdmin"_L1).toBool();
    return settings;
}

bool isReversibleKind(const QString &kind)
{
    static const QSet<QString> kinds { ChangeKind::UserCreate, ChangeKind::UserUpdate, ChangeKind::UserSuspend,
        ChangeKind::UserGroupCreate, ChangeKind::UserGroupUpdate, ChangeKind::UserGroupAddMember,
        ChangeKind::UserGroupRemoveMember, ChangeKind::DeviceGroupCreate, ChangeKind::DeviceGroupUpdate,
        ChangeKind::DeviceGroupAddMember, ChangeKind::DeviceGroupRemoveMember, ChangeKind::DeviceRename,
        ChangeKind::BindingAdd, ChangeKind::GroupBindingAdd, ChangeKind::GroupBindingRemove,
        ChangeKind::OrgSelfService };
    return kinds.contains(kind);
}

} // namespace

bool BatchReversal::Plan::withinBillingGrace(const QDateTime &now) const
{
    return firstUserCreatedAt.isNull() || firstUserCreatedAt.secsTo(now) < BillingGraceSeconds;
}

QString BatchReversal::reversalBatchId(const QString &batchId)
{
    return batchId + u"-revert"_s;
}

namespace {
bool isReverted(const QList<OutboxRow> &rows, const QString &batchId)
{
    const QString reversal = BatchReversal::reversalBatchId(batchId);
    return std::any_of(rows.cbegin(), rows.cend(),
        [&](const OutboxRow &row) { return row.batchId == reversal && row.state != OutboxRow::State::Failed; });
}
} // namespace

bool BatchReversal::hasReversibleChange(const QList<OutboxRow> &rows, const QString &batchId)
{
    if (batchId.isEmpty() || isReverted(rows, batchId))
        return false;
    return std::any_of(rows.cbegin(), rows.cend(), [&](const OutboxRow &row) {
        return row.batchId == batchId && row.state == OutboxRow::State::Done && isReversibleKind(row.kind);
    });
}

BatchReversal::Plan BatchReversal::plan(const QList<OutboxRow> &rows, const QString &batchId)
{
    Plan plan;
    plan.batchId = batchId;
    if (batchId.isEmpty())
        return plan;
    // Reverting twice would delete the same users again (and fail): a reversal that failed entirely may be redone.
    if (isReverted(rows, batchId)) {
        plan.alreadyReverted = true;
        return plan;
    }
    QHash<qint64, const OutboxRow *> byId;
    QList<const OutboxRow *> batch;
    for (const OutboxRow &row : rows) {
        byId.insert(row.id, &row);
        if (row.batchId == batchId)
            batch.append(&row);
    }
    std::sort(batch.begin(), batch.end(), [](const OutboxRow *a, const OutboxRow *b) { return a->id < b->id; });

    const OutboxChangeFactory factory(reversalBatchId(batchId));
    QSet<QString> createdUsers;
    QSet<QString> createdGroups;
    QList<OutboxRow> reversals; // in the batch's order; sent in the opposite one
    const auto rowById = [&byId](qint64 id) { return byId.value(id); };
    for (const OutboxRow *row : std::as_const(batch)) {
        switch (row->state) {
        case OutboxRow::State::Pending:
            plan.pendingRows.append(row->id);
            continue;
        case OutboxRow::State::Pushing:
            ++plan.inFlight;
            continue;
        case OutboxRow::State::Failed:
            continue; // never happened in the directory
        case OutboxRow::State::Done:
            break;
        }
        const auto resolved = OutboxReferences::resolve(row->payload, rowById);
        const QJsonObject p = resolved ? resolved.value() : row->payload;
        const QString kind = row->kind;
        const QString createdId = text(row->payload, "createdId"_L1);
        if (kind == ChangeKind::UserCreate && !createdId.isEmpty()) {
            const QJsonObject fields = p.value("fields"_L1).toObject();
            reversals.append(factory.deleteUser(createdId, text(fields, "username"_L1)));
            createdUsers.insert(createdId);
            ++plan.deletedUsers;
            const QDateTime created = row->updatedAt.isValid() ? row->updatedAt : row->createdAt;
            if (plan.firstUserCreatedAt.isNull() || created < plan.firstUserCreatedAt)
                plan.firstUserCreatedAt = created;
        } else if ((kind == ChangeKind::UserGroupCreate || kind == ChangeKind::DeviceGroupCreate)
            && !createdId.isEmpty()) {
            const QString name = text(p.value("fields"_L1).toObject(), "name"_L1);
            reversals.append(kind == ChangeKind::UserGroupCreate ? factory.deleteUserGroup(createdId, name)
                                                                 : factory.deleteDeviceGroup(createdId, name));
            createdGroups.insert(createdId);
        } else if (kind == ChangeKind::UserUpdate) {
            reversals.append(factory.updateUser(
                text(p, "userId"_L1), text(p, "username"_L1), restoring(p), p.value("fields"_L1).toObject()));
        } else if (kind == ChangeKind::UserSuspend) {
            reversals.append(factory.activateUser(text(p, "userId"_L1), text(p, "username"_L1)));
        } else if (kind == ChangeKind::UserGroupUpdate || kind == ChangeKind::DeviceGroupUpdate) {
            const QString groupId = text(p, "groupId"_L1);
            const QJsonObject fields = p.value("fields"_L1).toObject();
            reversals.append(kind == ChangeKind::UserGroupUpdate
                    ? factory.updateUserGroup(groupId, restoring(p), fields)
                    : factory.updateDeviceGroup(groupId, restoring(p), fields));
        } else if (kind == ChangeKind::UserGroupAddMember || kind == ChangeKind::UserGroupRemoveMember) {
            const QString groupId = text(p, "groupId"_L1);
            const QString userId = text(p, "userId"_L1);
            // Deleting a user or a group the batch created takes its memberships with it.
            if (createdUsers.contains(userId) || createdGroups.contains(groupId))
                continue;
            const QString group = text(p, "groupName"_L1);
            const QString user = text(p, "username"_L1);
            reversals.append(kind == ChangeKind::UserGroupAddMember
                    ? factory.removeUserFromGroup(groupId, group, userId, user)
                    : factory.addUserToGroup(groupId, group, userId, user));
        } else if (kind == ChangeKind::DeviceGroupAddMember || kind == ChangeKind::DeviceGroupRemoveMember) {
            const QString groupId = text(p, "groupId"_L1);
            if (createdGroups.contains(groupId))
                continue;
            const QString group = text(p, "groupName"_L1);
            const QString deviceId = text(p, "deviceId"_L1);
            const QString device = text(p, "deviceName"_L1);
            reversals.append(kind == ChangeKind::DeviceGroupAddMember
                    ? factory.removeDeviceFromGroup(groupId, group, deviceId, device)
                    : factory.addDeviceToGroup(groupId, group, deviceId, device));
        } else if (kind == ChangeKind::DeviceRename) {
            const QString oldName = text(p.value("before"_L1).toObject(), "displayName"_L1);
            reversals.append(factory.renameDevice(text(p, "deviceId"_L1), oldName, text(p, "displayName"_L1)));
        } else if (kind == ChangeKind::BindingAdd) {
            const QString userId = text(p, "userId"_L1);
            if (createdUsers.contains(userId))
                continue;
            reversals.append(factory.unbindUserFromDevice(
                userId, text(p, "username"_L1), text(p, "deviceId"_L1), text(p, "deviceName"_L1)));
        } else if (kind == ChangeKind::GroupBindingAdd || kind == ChangeKind::GroupBindingRemove) {
            const QString userGroupId = text(p, "userGroupId"_L1);
            const QString deviceGroupId = text(p, "deviceGroupId"_L1);
            if (createdGroups.contains(userGroupId) || createdGroups.contains(deviceGroupId))
                continue;
            const QString userGroup = text(p, "userGroupName"_L1);
            const QString deviceGroup = text(p, "deviceGroupName"_L1);
            reversals.append(kind == ChangeKind::GroupBindingAdd
                    ? factory.unbindGroups(userGroupId, userGroup, deviceGroupId, deviceGroup)
                    : factory.bindGroups(userGroupId, userGroup, deviceGroupId, deviceGroup));
        } else if (kind == ChangeKind::OrgSelfService) {
            reversals.append(factory.setSelfService(selfService(p.value("before"_L1).toObject()), selfService(p)));
        } else {
            plan.notReversible.append(row->summary);
        }
    }
    // Last change first: an edit made after a create is undone before the create is.
    std::reverse(reversals.begin(), reversals.end());
    plan.reversals = reversals;
    return plan;
}
