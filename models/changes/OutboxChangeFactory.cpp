#include "OutboxChangeFactory.h"

#include "ChangeKind.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject ssaoJson(const SelfServiceProvisioning &s)
{
    return QJsonObject { { u"macEnabled"_s, s.macEnabled }, { u"macAdmin"_s, s.macAdmin },
        { u"windowsEnabled"_s, s.windowsEnabled }, { u"windowsAdmin"_s, s.windowsAdmin } };
}

QString nameOf(const QJsonObject &fields, QLatin1StringView key, const QString &fallback)
{
    const QString name = fields.value(key).toString();
    return name.isEmpty() ? fallback : name;
}

// Names travel with the ids so the pusher can say "User jdoe no longer exists" without the cache.
QJsonObject memberPayload(const QString &groupId, const QString &groupName, const QString &memberKey,
    const QString &memberId, const QString &memberNameKey, const QString &memberName)
{
    return QJsonObject { { u"groupId"_s, groupId }, { u"groupName"_s, groupName }, { memberKey, memberId },
        { memberNameKey, memberName } };
}

QJsonObject groupBindingPayload(const QString &userGroupId, const QString &userGroupName, const QString &deviceGroupId,
    const QString &deviceGroupName)
{
    return QJsonObject { { u"userGroupId"_s, userGroupId }, { u"userGroupName"_s, userGroupName },
        { u"deviceGroupId"_s, deviceGroupId }, { u"deviceGroupName"_s, deviceGroupName } };
}

} // namespace

OutboxChangeFactory::OutboxChangeFactory(QString batchId)
    : m_batchId(std::move(batchId))
{
}

QString OutboxChangeFactory::newBatchId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Summaries are translated once, when the change is made, and stored with the row in that session's language.
OutboxRow OutboxChangeFactory::row(QLatin1StringView kind, QLatin1StringView objectType, const QString &objectId,
    const QString &summary, const QJsonObject &payload) const
{
    OutboxRow r;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.updatedAt = r.createdAt;
    r.batchId = m_batchId;
    r.kind = kind;
    r.objectType = objectType;
    r.objectId = objectId;
    r.summary = summary;
    r.payload = payload;
    r.state = OutboxRow::State::Pending;
    return r;
}

OutboxRow OutboxChangeFactory::createUser(const QJsonObject &fields, const QString &password) const
{
    QJsonObject payload { { u"fields"_s, fields } };
    // On disk until the row is done: OutboxPushStore::finish() drops it as it marks the row done
    // (a failed row keeps it, so that Retry can send it again).
    if (!password.isEmpty())
        payload.insert(u"password"_s, password);
    const QString name = nameOf(fields, "username"_L1, fields.value("email"_L1).toString());
    return row(ChangeKind::UserCreate, "user"_L1, {},
        QCoreApplication::translate("OutboxChangeFactory", "Create user %1").arg(name), payload);
}

OutboxRow OutboxChangeFactory::updateUser(
    const QString &userId, const QString &username, const QJsonObject &fields, const QJsonObject &before) const
{
    QStringList names = fields.keys();
    return row(ChangeKind::UserUpdate, "user"_L1, userId,
        QCoreApplication::translate("OutboxChangeFactory", "Edit user %1 (%2)").arg(username, names.join(u", "_s)),
        { { u"userId"_s, userId }, { u"username"_s, username }, { u"fields"_s, fields }, { u"before"_s, before } });
}

OutboxRow OutboxChangeFactory::deleteUser(const QString &userId, const QString &username) const
{
    return row(ChangeKind::UserDelete, "user"_L1, userId,
        QCoreApplication::translate("OutboxChangeFactory", "Delete user %1").arg(username),
        { { u"userId"_s, userId }, { u"username"_s, username } });
}

OutboxRow OutboxChangeFactory::activateUser(const QString &userId, const QString &username) const
{
    return row(ChangeKind::UserActivate, "user"_L1, userId,
        QCoreApplication::translate("OutboxChangeFactory", "Activate user %1").arg(username),
        { { u"userId"_s, userId }, { u"username"_s, username } });
}

OutboxRow OutboxChangeFactory::suspendUser(const QString &userId, const QString &username) const
{
    return row(ChangeKind::UserSuspend, "user"_L1, userId,
        QCoreApplication::translate("OutboxChangeFactory", "Suspend user %1").arg(username),
        { { u"userId"_s, userId }, { u"username"_s, username } });
}

OutboxRow OutboxChangeFactory::resetMfa(const QString &userId, const QString &username, int enrollmentDays) const
{
    const int days = std::clamp(enrollmentDays, 1, 365);
    return row(ChangeKind::UserResetMfa, "user"_L1, userId,
        QCoreApplication::translate("OutboxChangeFactory", "Reset MFA of %1 (enrol within %2 days)")
            .arg(username)
            .arg(days),
        { { u"userId"_s, userId }, { u"username"_s, username }, { u"enrollmentDays"_s, days } });
}

OutboxRow OutboxChangeFactory::createUserGroup(const QJsonObject &fields) const
{
    return row(ChangeKind::UserGroupCreate, "userGroup"_L1, {},
        QCoreApplication::translate("OutboxChangeFactory", "Create user group %1")
            .arg(fields.value("name"_L1).toString()),
        { { u"fields"_s, fields } });
}

OutboxRow OutboxChangeFactory::updateUserGroup(
    const QString &groupId, const QJsonObject &fields, const QJsonObject &before) const
{
    const QString name = nameOf(before, "name"_L1, groupId);
    return row(ChangeKind::UserGroupUpdate, "userGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Edit user group %1").arg(name),
        { { u"groupId"_s, groupId }, { u"fields"_s, fields }, { u"before"_s, before } });
}

OutboxRow OutboxChangeFactory::deleteUserGroup(const QString &groupId, const QString &name) const
{
    return row(ChangeKind::UserGroupDelete, "userGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Delete user group %1").arg(name),
        { { u"groupId"_s, groupId }, { u"name"_s, name } });
}

OutboxRow OutboxChangeFactory::addUserToGroup(
    const QString &groupId, const QString &groupName, const QString &userId, const QString &username) const
{
    return row(ChangeKind::UserGroupAddMember, "userGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Add %1 to user group %2").arg(username, groupName),
        memberPayload(groupId, groupName, u"userId"_s, userId, u"username"_s, username));
}

OutboxRow OutboxChangeFactory::removeUserFromGroup(
    const QString &groupId, const QString &groupName, const QString &userId, const QString &username) const
{
    return row(ChangeKind::UserGroupRemoveMember, "userGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Remove %1 from user group %2").arg(username, groupName),
        memberPayload(groupId, groupName, u"userId"_s, userId, u"username"_s, username));
}

OutboxRow OutboxChangeFactory::createDeviceGroup(const QJsonObject &fields) const
{
    return row(ChangeKind::DeviceGroupCreate, "deviceGroup"_L1, {},
        QCoreApplication::translate("OutboxChangeFactory", "Create device group %1")
            .arg(fields.value("name"_L1).toString()),
        { { u"fields"_s, fields } });
}

OutboxRow OutboxChangeFactory::updateDeviceGroup(
    const QString &groupId, const QJsonObject &fields, const QJsonObject &before) const
{
    const QString name = nameOf(before, "name"_L1, groupId);
    return row(ChangeKind::DeviceGroupUpdate, "deviceGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Edit device group %1").arg(name),
        { { u"groupId"_s, groupId }, { u"fields"_s, fields }, { u"before"_s, before } });
}

OutboxRow OutboxChangeFactory::deleteDeviceGroup(const QString &groupId, const QString &name) const
{
    return row(ChangeKind::DeviceGroupDelete, "deviceGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Delete device group %1").arg(name),
        { { u"groupId"_s, groupId }, { u"name"_s, name } });
}

OutboxRow OutboxChangeFactory::addDeviceToGroup(
    const QString &groupId, const QString &groupName, const QString &deviceId, const QString &deviceName) const
{
    return row(ChangeKind::DeviceGroupAddMember, "deviceGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Add %1 to device group %2").arg(deviceName, groupName),
        memberPayload(groupId, groupName, u"deviceId"_s, deviceId, u"deviceName"_s, deviceName));
}

OutboxRow OutboxChangeFactory::removeDeviceFromGroup(
    const QString &groupId, const QString &groupName, const QString &deviceId, const QString &deviceName) const
{
    return row(ChangeKind::DeviceGroupRemoveMember, "deviceGroup"_L1, groupId,
        QCoreApplication::translate("OutboxChangeFactory", "Remove %1 from device group %2").arg(deviceName, groupName),
        memberPayload(groupId, groupName, u"deviceId"_s, deviceId, u"deviceName"_s, deviceName));
}

OutboxRow OutboxChangeFactory::renameDevice(
    const QString &deviceId, const QString &newName, const QString &oldName) const
{
    return row(ChangeKind::DeviceRename, "device"_L1, deviceId,
        QCoreApplication::translate("OutboxChangeFactory", "Rename device %1 to %2").arg(oldName, newName),
        { { u"deviceId"_s, deviceId }, { u"deviceName"_s, oldName }, { u"displayName"_s, newName },
            { u"before"_s, QJsonObject { { u"displayName"_s, oldName } } } });
}

OutboxRow OutboxChangeFactory::bindUserToDevice(const QString &userId, const QString &username, const QString &deviceId,
    const QString &deviceName, bool sudo, bool sudoWithoutPassword) const
{
    const QString summary = sudo
        ? QCoreApplication::translate("OutboxChangeFactory", "Bind %1 to %2 as administrator").arg(username, deviceName)
        : QCoreApplication::translate("OutboxChangeFactory", "Bind %1 to %2").arg(username, deviceName);
    return row(ChangeKind::BindingAdd, "device"_L1, deviceId, summary,
        { { u"userId"_s, userId }, { u"username"_s, username }, { u"deviceId"_s, deviceId },
            { u"deviceName"_s, deviceName }, { u"sudo"_s, sudo },
            { u"sudoWithoutPassword"_s, sudo && sudoWithoutPassword } });
}

OutboxRow OutboxChangeFactory::unbindUserFromDevice(
    const QString &userId, const QString &username, const QString &deviceId, const QString &deviceName) const
{
    return row(ChangeKind::BindingRemove, "device"_L1, deviceId,
        QCoreApplication::translate("OutboxChangeFactory", "Unbind %1 from %2").arg(username, deviceName),
        { { u"userId"_s, userId }, { u"username"_s, username }, { u"deviceId"_s, deviceId },
            { u"deviceName"_s, deviceName } });
}

OutboxRow OutboxChangeFactory::bindGroups(const QString &userGroupId, const QString &userGroupName,
    const QString &deviceGroupId, const QString &deviceGroupName) const
{
    return row(ChangeKind::GroupBindingAdd, "deviceGroup"_L1, deviceGroupId,
        QCoreApplication::translate("OutboxChangeFactory", "Bind user group %1 to device group %2")
            .arg(userGroupName, deviceGroupName),
        groupBindingPayload(userGroupId, userGroupName, deviceGroupId, deviceGroupName));
}

OutboxRow OutboxChangeFactory::unbindGroups(const QString &userGroupId, const QString &userGroupName,
    const QString &deviceGroupId, const QString &deviceGroupName) const
{
    return row(ChangeKind::GroupBindingRemove, "deviceGroup"_L1, deviceGroupId,
        QCoreApplication::translate("OutboxChangeFactory", "Unbind user group %1 from device group %2")
            .arg(userGroupName, deviceGroupName),
        groupBindingPayload(userGroupId, userGroupName, deviceGroupId, deviceGroupName));
}

OutboxRow OutboxChangeFactory::setSelfService(
    const SelfServiceProvisioning &settings, const SelfServiceProvisioning &before) const
{
    QJsonObject payload = ssaoJson(settings);
    payload.insert(u"before"_s, ssaoJson(before));
    return row(ChangeKind::OrgSelfService, "org"_L1, {},
        QCoreApplication::translate("OutboxChangeFactory", "Change self-service account provisioning"), payload);
}

void OutboxChangeFactory::referToRow(OutboxRow &row, QLatin1StringView key, qint64 rowId)
{
    row.payload.remove(key);
    row.payload.insert(QString(key) + u"FromRow"_s, rowId);
}
