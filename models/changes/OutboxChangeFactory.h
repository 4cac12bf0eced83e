#pragma once

#include "OutboxRow.h"
#include "SelfServiceProvisioning.h"

#include <QJsonObject>
#include <QString>

// Builds the outbox row for every kind of change, so each payload shape is written down once.
// Payloads are semantic (what the admin asked for), not HTTP requests: the pusher in app/ maps
// them to the directory's API, and the UI can read them to show pending state.
//
// Field objects ("fields") use the directory's own attribute names: v1 systemuser names for
// users (username, email, firstname, lastname, systemUsername, employeeIdentifier, department,
// state …) and v2 group names for groups (name, description, attributes …), so the pusher sends
// them as they are.
//
// Payload keys per kind (ids are directory ids; "before" holds the values the admin saw, for
// conflict detection and undo; the names beside the ids are what the admin saw, so the pusher can
// say "User jdoe no longer exists in the directory" without reading the cache):
//   user.create            {fields, password?}          — password is scrubbed once done
//   user.update            {userId, username, fields, before}
//   user.delete            {userId, username}
//   user.activate          {userId, username}
//   user.suspend           {userId, username}
//   user.resetMfa          {userId, username, enrollmentDays}     — 1…365; requires MFA and resets it
//   userGroup.create       {fields}
//   userGroup.update       {groupId, fields, before}
//   userGroup.delete       {groupId, name}
//   userGroup.addMember    {groupId, groupName, userId, username}      (removeMember: the same)
//   deviceGroup.create     {fields}
//   deviceGroup.update     {groupId, fields, before}
//   deviceGroup.delete     {groupId, name}
//   deviceGroup.addMember  {groupId, groupName, deviceId, deviceName}  (removeMember: the same)
//   device.rename          {deviceId, deviceName, displayName, before}  — deviceName: the old name
//   binding.add            {userId, username, deviceId, deviceName, sudo, sudoWithoutPassword}
//   binding.remove         {userId, username, deviceId, deviceName}
//   groupBinding.add       {userGroupId, userGroupName, deviceGroupId, deviceGroupName}
//   groupBinding.remove    {userGroupId, userGroupName, deviceGroupId, deviceGroupName}
//   org.selfService        {macEnabled, macAdmin, windowsEnabled, windowsAdmin, before}
// An id the directory has not given yet (binding a user the same batch creates) is written as
// "<key>FromRow": <outbox row id of the create> instead of "<key>" (referToRow below); the pusher
// substitutes that row's "createdId", or fails the change when that row failed.
// After a successful create the pusher stores the new id as payload "createdId" and in objectId.
// When a create is first sent it adds "firstAttemptAt" (OutboxPushStore::FirstAttemptKey).
// A row that is done loses "password" (top level and in "fields") in the statement that marks it
// done (OutboxPushStore::finish); a failed row keeps it so that Retry can send it again.
class OutboxChangeFactory
{
public:
    // Every row built here is Pending, stamped now, and carries `batchId` (may be empty).
    explicit OutboxChangeFactory(QString batchId = {});

    const QString &batchId() const { return m_batchId; }
    // A fresh id for changes made together (a drop, an import, a form).
    static QString newBatchId();

    OutboxRow createUser(const QJsonObject &fields, const QString &password = {}) const;
    OutboxRow updateUser(
        const QString &userId, const QString &username, const QJsonObject &fields, const QJsonObject &before) const;
    OutboxRow deleteUser(const QString &userId, const QString &username) const;
    OutboxRow activateUser(const QString &userId, const QString &username) const;
    OutboxRow suspendUser(const QString &userId, const QString &username) const;
    OutboxRow resetMfa(const QString &userId, const QString &username, int enrollmentDays) const;

    OutboxRow createUserGroup(const QJsonObject &fields) const;
    OutboxRow updateUserGroup(const QString &groupId, const QJsonObject &fields, const QJsonObject &before) const;
    OutboxRow deleteUserGroup(const QString &groupId, const QString &name) const;
    OutboxRow addUserToGroup(
        const QString &groupId, const QString &groupName, const QString &userId, const QString &username) const;
    OutboxRow removeUserFromGroup(
        const QString &groupId, const QString &groupName, const QString &userId, const QString &username) const;

    OutboxRow createDeviceGroup(const QJsonObject &fields) const;
    OutboxRow updateDeviceGroup(const QString &groupId, const QJsonObject &fields, const QJsonObject &before) const;
    OutboxRow deleteDeviceGroup(const QString &groupId, const QString &name) const;
    OutboxRow addDeviceToGroup(
        const QString &groupId, const QString &groupName, const QString &deviceId, const QString &deviceName) const;
    OutboxRow removeDeviceFromGroup(
        const QString &groupId, const QString &groupName, const QString &deviceId, const QString &deviceName) const;

    OutboxRow renameDevice(const QString &deviceId, const QString &newName, const QString &oldName) const;

    OutboxRow bindUserToDevice(const QString &userId, const QString &username, const QString &deviceId,
        const QString &deviceName, bool sudo, bool sudoWithoutPassword) const;
    OutboxRow unbindUserFromDevice(
        const QString &userId, const QString &username, const QString &deviceId, const QString &deviceName) const;
    OutboxRow bindGroups(const QString &userGroupId, const QString &userGroupName, const QString &deviceGroupId,
        const QString &deviceGroupName) const;
    OutboxRow unbindGroups(const QString &userGroupId, const QString &userGroupName, const QString &deviceGroupId,
        const QString &deviceGroupName) const;

    OutboxRow setSelfService(const SelfServiceProvisioning &settings, const SelfServiceProvisioning &before) const;

    // Makes `row` refer to the object another outbox row creates: replaces payload `key` (e.g.
    // "userId") by "<key>FromRow": rowId. For changes queued together with the create.
    static void referToRow(OutboxRow &row, QLatin1StringView key, qint64 rowId);

private:
    OutboxRow row(QLatin1StringView kind, QLatin1StringView objectType, const QString &objectId, const QString &summary,
        const QJsonObject &payload) const;

    QString m_batchId;
};
