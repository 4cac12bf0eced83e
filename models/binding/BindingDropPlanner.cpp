#include "BindingDropPlanner.h"

#include "BindingPlanner.h"
#include "ChangeKind.h"
#include "OutboxChangeFactory.h"
#include "PendingBindingOverlay.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString edgeKey(const QString &a, const QString &b)
{
    return a + u'/' + b;
}

// The outbox's last word on one edge (added or removed), if it has one; failed rows say nothing.
std::optional<bool> pendingEdge(const QList<OutboxRow> &outbox, QLatin1StringView addKind, QLatin1StringView removeKind,
    QLatin1StringView keyA, const QString &a, QLatin1StringView keyB, const QString &b)
{
    std::optional<bool> state;
    for (const OutboxRow &row : outbox) {
        if (row.state == OutboxRow::State::Failed || (row.kind != addKind && row.kind != removeKind))
            continue;
        if (row.payload.value(keyA).toString() == a && row.payload.value(keyB).toString() == b)
            state = row.kind == addKind;
    }
    return state;
}

BindingDropPlan::Operation planOperation(ObjectDropOperation operation)
{
    switch (operation) {
    case ObjectDropOperation::BindGroups:
        return BindingDropPlan::Operation::BindGroups;
    case ObjectDropOperation::AddUsersToGroup:
        return BindingDropPlan::Operation::AddUsersToGroup;
    case ObjectDropOperation::AddDevicesToGroup:
        return BindingDropPlan::Operation::AddDevicesToGroup;
    case ObjectDropOperation::BindToDevices:
    case ObjectDropOperation::None:
        break;
    }
    return BindingDropPlan::Operation::BindToDevices;
}

} // namespace

BindingDropPlanner::BindingDropPlanner(OrgSnapshot snapshot)
    : m_snapshot(std::move(snapshot))
    , m_builder(m_snapshot)
{
    for (qsizetype i = 0; i < m_snapshot.users.size(); ++i)
        m_userById.insert(m_snapshot.users.at(i).id, i);
    for (qsizetype i = 0; i < m_snapshot.devices.size(); ++i)
        m_deviceById.insert(m_snapshot.devices.at(i).id, i);
    for (qsizetype i = 0; i < m_snapshot.userGroups.size(); ++i)
        m_userGroupById.insert(m_snapshot.userGroups.at(i).id, i);
    for (qsizetype i = 0; i < m_snapshot.deviceGroups.size(); ++i)
        m_deviceGroupById.insert(m_snapshot.deviceGroups.at(i).id, i);
    for (const UserGroupMembership &m : std::as_const(m_snapshot.userGroupMemberships)) {
        m_usersOfUserGroup[m.groupId].append(m.userId);
        m_memberships.insert(edgeKey(m.groupId, m.userId));
    }
    for (const DeviceGroupMembership &m : std::as_const(m_snapshot.deviceGroupMemberships))
        m_memberships.insert(edgeKey(m.groupId, m.deviceId));
    for (const GroupBinding &b : std::as_const(m_snapshot.groupBindings))
        m_groupBindings.insert(edgeKey(b.userGroupId, b.deviceGroupId));
}

Result<BindingPlan> BindingDropPlanner::planPairs(
    const BindingSelection &selection, const QList<OutboxRow> &outbox, bool unbind) const
{
    auto input = m_builder.build(selection);
    if (!input)
        return input.error();
    PendingBindingOverlay::apply(input.value(), outbox);
    const BindingPlanner planner(std::move(input).value());
    return unbind ? planner.planUnbind() : planner.plan();
}

Result<BindingDropPlan> BindingDropPlanner::plan(const ObjectDropRequest &request, const QList<OutboxRow> &outbox) const
{
    const ObjectDropOperation operation = ObjectDropRequest::operationFor(request.source.kind, request.targetKind);
    if (operation == ObjectDropOperation::None || request.source.isEmpty() || request.targetId.isEmpty())
        return Error { u"not-droppable"_s,
            QString(objectKindKey(request.source.kind) + u" → "_s + objectKindKey(request.targetKind)) };

    BindingDropPlan result;
    result.operation = planOperation(operation);
    result.request = request;
    const bool usersDropped = request.source.kind == ObjectKind::User;
    BindingSelection selection;

    switch (result.operation) {
    case BindingDropPlan::Operation::BindToDevices:
    case BindingDropPlan::Operation::BindGroups:
        (usersDropped ? selection.userIds : selection.userGroupIds) = request.source.ids;
        (request.targetKind == ObjectKind::Device ? selection.deviceIds : selection.deviceGroupIds)
            = QStringList { request.targetId };
        if (result.operation == BindingDropPlan::Operation::BindGroups) {
            for (qsizetype i = 0; i < request.source.size(); ++i) {
                const QString &groupId = request.source.ids.at(i);
                if (groupsBound(groupId, request.targetId, outbox)) {
                    result.existingNames.append(request.source.names.at(i));
                } else {
                    result.newIds.append(groupId);
                    result.newNames.append(request.source.names.at(i));
                }
            }
        }
        break;
    case BindingDropPlan::Operation::AddUsersToGroup: {
        // The users the drop names: the dropped users, or every member of the dropped groups (once each).
        QStringList candidates;
        if (usersDropped) {
            candidates = request.source.ids;
        } else {
            for (const QString &groupId : request.source.ids) {
                if (!m_userGroupById.contains(groupId))
                    return Error { u"unknown-user-group"_s, groupId };
                candidates += m_usersOfUserGroup.value(groupId);
            }
            candidates.removeDuplicates();
        }
        for (const QString &userId : std::as_const(candidates)) {
            const auto user = m_userById.constFind(userId);
            if (user == m_userById.cend())
                return Error { u"unknown-user"_s, userId };
            const QString &name = m_snapshot.users.at(*user).username;
            if (isMember(request.targetId, userId, outbox)) {
                result.existingNames.append(name);
            } else {
                result.newIds.append(userId);
                result.newNames.append(name);
            }
        }
        selection.userIds = result.newIds;
        selection.deviceGroupIds = deviceGroupsBoundTo(request.targetId, outbox);
        for (const QString &id : std::as_const(selection.deviceGroupIds))
            result.viaGroupNames.append(deviceGroupName(id));
        break;
    }
    case BindingDropPlan::Operation::AddDevicesToGroup:
        for (qsizetype i = 0; i < request.source.size(); ++i) {
            const QString &deviceId = request.source.ids.at(i);
            const auto device = m_deviceById.constFind(deviceId);
            if (device == m_deviceById.cend())
                return Error { u"unknown-device"_s, deviceId };
            const QString name = m_snapshot.devices.at(*device).shownName();
            if (isMember(request.targetId, deviceId, outbox)) {
                result.existingNames.append(name);
            } else {
                result.newIds.append(deviceId);
                result.newNames.append(name);
            }
        }
        selection.deviceIds = result.newIds;
        selection.userGroupIds = userGroupsBoundTo(request.targetId, outbox);
        for (const QString &id : std::as_const(selection.userGroupIds))
            result.viaGroupNames.append(userGroupName(id));
        break;
    case BindingDropPlan::Operation::Unbind:
        break;
    }

    // A target group must exist even when nothing else is left to plan.
    if (request.targetKind == ObjectKind::UserGroup && !m_userGroupById.contains(request.targetId))
        return Error { u"unknown-user-group"_s, request.targetId };
    if (request.targetKind == ObjectKind::DeviceGroup && !m_deviceGroupById.contains(request.targetId))
        return Error { u"unknown-device-group"_s, request.targetId };

    auto plan = planPairs(selection, outbox, false);
    if (!plan)
        return plan.error();
    result.plan = std::move(plan).value();
    return result;
}

Result<BindingDropPlan> BindingDropPlanner::planUnbind(
    const QStringList &userIds, const QStringList &deviceIds, const QList<OutboxRow> &outbox) const
{
    BindingSelection selection;
    selection.userIds = userIds;
    selection.deviceIds = deviceIds;
    auto plan = planPairs(selection, outbox, true);
    if (!plan)
        return plan.error();
    BindingDropPlan result;
    result.operation = BindingDropPlan::Operation::Unbind;
    result.plan = std::move(plan).value();
    // Names for the heading: the side with one object is the "target".
    const BindingPlanInput &input = result.plan.input();
    result.request.source.kind = ObjectKind::User;
    for (const User &user : input.users) {
        result.request.source.ids.append(user.id);
        result.request.source.names.append(user.username);
    }
    result.request.targetKind = ObjectKind::Device;
    if (input.devices.size() == 1) {
        result.request.targetId = input.devices.constFirst().id;
        result.request.targetName = input.devices.constFirst().shownName();
    }
    return result;
}

QList<OutboxRow> BindingDropPlanner::changes(
    const BindingDropPlan &plan, const BindingChangeOptions &options, const QString &batchId)
{
    const OutboxChangeFactory factory(batchId);
    QList<OutboxRow> rows;
    const ObjectDropRequest &request = plan.request;
    switch (plan.operation) {
    case BindingDropPlan::Operation::BindToDevices:
    case BindingDropPlan::Operation::Unbind: {
        const bool unbind = plan.operation == BindingDropPlan::Operation::Unbind;
        rows.reserve(plan.sendCount());
        for (const BindingPlanPair &pair : plan.plan.pairs()) {
            const bool send = unbind ? pair.action == BindingAction::Unbind
                                     : pair.action == BindingAction::Create || pair.action == BindingAction::Takeover;
            if (!send)
                continue; // blocked, already bound, not bound: nothing the directory should be asked
            const User &user = plan.plan.user(pair);
            const Device &device = plan.plan.device(pair);
            rows.append(unbind ? factory.unbindUserFromDevice(user.id, user.username, device.id, device.shownName())
                               : factory.bindUserToDevice(user.id, user.username, device.id, device.shownName(),
                                   options.sudo, options.sudo && options.sudoWithoutPassword));
        }
        break;
    }
    case BindingDropPlan::Operation::BindGroups:
        for (qsizetype i = 0; i < plan.newIds.size(); ++i)
            rows.append(
                factory.bindGroups(plan.newIds.at(i), plan.newNames.at(i), request.targetId, request.targetName));
        break;
    case BindingDropPlan::Operation::AddUsersToGroup:
        for (qsizetype i = 0; i < plan.newIds.size(); ++i)
            rows.append(
                factory.addUserToGroup(request.targetId, request.targetName, plan.newIds.at(i), plan.newNames.at(i)));
        break;
    case BindingDropPlan::Operation::AddDevicesToGroup:
        for (qsizetype i = 0; i < plan.newIds.size(); ++i)
            rows.append(
                factory.addDeviceToGroup(request.targetId, request.targetName, plan.newIds.at(i), plan.newNames.at(i)));
        break;
    }
    return rows;
}

QStringList BindingDropPlanner::deviceGroupsBoundTo(const QString &userGroupId, const QList<OutboxRow> &outbox) const
{
    QStringList groups;
    for (const DeviceGroup &group : m_snapshot.deviceGroups) {
        if (groupsBound(userGroupId, group.id, outbox))
            groups.append(group.id);
    }
    return groups;
}

QStringList BindingDropPlanner::userGroupsBoundTo(const QString &deviceGroupId, const QList<OutboxRow> &outbox) const
{
    QStringList groups;
    for (const UserGroup &group : m_snapshot.userGroups) {
        if (groupsBound(group.id, deviceGroupId, outbox))
            groups.append(group.id);
    }
    return groups;
}

bool BindingDropPlanner::groupsBound(
    const QString &userGroupId, const QString &deviceGroupId, const QList<OutboxRow> &outbox) const
{
    const auto pending = pendingEdge(outbox, ChangeKind::GroupBindingAdd, ChangeKind::GroupBindingRemove,
        "userGroupId"_L1, userGroupId, "deviceGroupId"_L1, deviceGroupId);
    return pending.value_or(m_groupBindings.contains(edgeKey(userGroupId, deviceGroupId)));
}

bool BindingDropPlanner::isMember(const QString &groupId, const QString &memberId, const QList<OutboxRow> &outbox) const
{
    std::optional<bool> pending = pendingEdge(outbox, ChangeKind::UserGroupAddMember, ChangeKind::UserGroupRemoveMember,
        "groupId"_L1, groupId, "userId"_L1, memberId);
    if (!pending) {
        pending = pendingEdge(outbox, ChangeKind::DeviceGroupAddMember, ChangeKind::DeviceGroupRemoveMember,
            "groupId"_L1, groupId, "deviceId"_L1, memberId);
    }
    return pending.value_or(m_memberships.contains(edgeKey(groupId, memberId)));
}

QString BindingDropPlanner::userGroupName(const QString &id) const
{
    const auto it = m_userGroupById.constFind(id);
    return it == m_userGroupById.cend() ? id : m_snapshot.userGroups.at(*it).name;
}

QString BindingDropPlanner::deviceGroupName(const QString &id) const
{
    const auto it = m_deviceGroupById.constFind(id);
    return it == m_deviceGroupById.cend() ? id : m_snapshot.deviceGroups.at(*it).name;
}
