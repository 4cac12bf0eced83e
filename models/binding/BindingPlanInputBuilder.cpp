#include "BindingPlanInputBuilder.h"

#include <QSet>

using namespace Qt::StringLiterals;

BindingPlanInputBuilder::BindingPlanInputBuilder(const OrgSnapshot &snapshot)
    : m_snapshot(snapshot)
{
    for (qsizetype i = 0; i < snapshot.users.size(); ++i) {
        const User &user = snapshot.users.at(i);
        m_userById.insert(user.id, i);
        m_userByLowerName.insert(user.username.toLower(), i);
        m_usersByEffectiveName[user.effectiveLocalAccountName().toLower()].append(i);
    }
    for (qsizetype i = 0; i < snapshot.devices.size(); ++i)
        m_deviceById.insert(snapshot.devices.at(i).id, i);
    for (const UserGroupMembership &m : snapshot.userGroupMemberships)
        m_usersOfUserGroup[m.groupId].append(m.userId);
    for (const DeviceGroupMembership &m : snapshot.deviceGroupMemberships) {
        m_devicesOfDeviceGroup[m.groupId].append(m.deviceId);
        m_deviceGroupsOfDevice[m.deviceId].append(m.groupId);
    }
    for (const GroupBinding &b : snapshot.groupBindings)
        m_userGroupsOfDeviceGroup[b.deviceGroupId].append(b.userGroupId);
    for (qsizetype i = 0; i < snapshot.localAccounts.size(); ++i)
        m_accountsOfDevice[snapshot.localAccounts.at(i).deviceId].append(i);
    for (qsizetype i = 0; i < snapshot.userDeviceBindings.size(); ++i)
        m_bindingsOfDevice[snapshot.userDeviceBindings.at(i).deviceId].append(i);
}

Result<BindingPlanInput> BindingPlanInputBuilder::build(const BindingSelection &selection) const
{
    BindingPlanInput input;

    QSet<QString> seenUsers;
    const auto addUser = [&](const QString &id) -> bool {
        const auto it = m_userById.constFind(id);
        if (it == m_userById.cend())
            return false;
        if (!seenUsers.contains(id)) {
            seenUsers.insert(id);
            input.users.append(m_snapshot.users.at(*it));
        }
        return true;
    };
    for (const QString &id : selection.userIds) {
        if (!addUser(id))
            return Error { u"unknown-user"_s, id };
    }
    for (const QString &groupId : selection.userGroupIds) {
        const auto members = m_usersOfUserGroup.constFind(groupId);
        const bool known = std::any_of(m_snapshot.userGroups.cbegin(), m_snapshot.userGroups.cend(),
            [&groupId](const UserGroup &g) { return g.id == groupId; });
        if (!known)
            return Error { u"unknown-user-group"_s, groupId };
        if (members != m_usersOfUserGroup.cend()) {
            for (const QString &id : *members)
                addUser(id); // a membership of a user missing from the snapshot is skipped, not fatal
        }
    }
    for (const User &user : selection.extraUsers) {
        if (user.id.isEmpty() || !seenUsers.contains(user.id)) {
            seenUsers.insert(user.id);
            input.users.append(user);
        }
    }

    QSet<QString> seenDevices;
    const auto addDevice = [&](const QString &id) -> bool {
        const auto it = m_deviceById.constFind(id);
        if (it == m_deviceById.cend())
            return false;
        if (!seenDevices.contains(id)) {
            seenDevices.insert(id);
            input.devices.append(m_snapshot.devices.at(*it));
        }
        return true;
    };
    for (const QString &id : selection.deviceIds) {
        if (!addDevice(id))
            return Error { u"unknown-device"_s, id };
    }
    for (const QString &groupId : selection.deviceGroupIds) {
        const bool known = std::any_of(m_snapshot.deviceGroups.cbegin(), m_snapshot.deviceGroups.cend(),
            [&groupId](const DeviceGroup &g) { return g.id == groupId; });
        if (!known)
            return Error { u"unknown-device-group"_s, groupId };
        for (const QString &id : m_devicesOfDeviceGroup.value(groupId))
            addDevice(id);
    }

    for (const Device &device : std::as_const(input.devices)) {
        QStringList withAccess;
        for (const qsizetype b : m_bindingsOfDevice.value(device.id)) {
            input.bindings.append(m_snapshot.userDeviceBindings.at(b));
            withAccess.append(m_snapshot.userDeviceBindings.at(b).userId);
        }
        for (const QString &userId : groupDerivedUserIds(device.id)) {
            input.groupAccess.append(UserDeviceBinding { userId, device.id, false, false });
            withAccess.append(userId);
        }
        for (const qsizetype a : m_accountsOfDevice.value(device.id)) {
            const LocalAccount &account = m_snapshot.localAccounts.at(a);
            input.localAccounts.append(account);
            input.localAccountOwnerIds.append(account.managed ? ownerOf(account, withAccess) : QString());
        }
    }
    return input;
}

QString BindingPlanInputBuilder::ownerOf(const LocalAccount &account, const QStringList &usersWithAccess) const
{
    // The agent reports "managed" but not by whom. Directory names are unique, so the user whose effective name it
    // is owns it; if the cache breaks that uniqueness, prefer the one who is bound to the device.
    const QList<qsizetype> candidates = m_usersByEffectiveName.value(account.username.toLower());
    for (const qsizetype c : candidates) {
        if (usersWithAccess.contains(m_snapshot.users.at(c).id))
            return m_snapshot.users.at(c).id;
    }
    return candidates.size() == 1 ? m_snapshot.users.at(candidates.first()).id : QString();
}

QString BindingPlanInputBuilder::findUserId(const QString &idOrUsername) const
{
    if (m_userById.contains(idOrUsername))
        return idOrUsername;
    const auto it = m_userByLowerName.constFind(idOrUsername.toLower());
    return it == m_userByLowerName.cend() ? QString() : m_snapshot.users.at(*it).id;
}

QStringList BindingPlanInputBuilder::findDeviceIds(const QString &idOrName) const
{
    if (m_deviceById.contains(idOrName))
        return { idOrName };
    QStringList ids;
    for (const Device &device : m_snapshot.devices) {
        if (device.displayName.compare(idOrName, Qt::CaseInsensitive) == 0
            || device.hostname.compare(idOrName, Qt::CaseInsensitive) == 0)
            ids.append(device.id);
    }
    return ids;
}

QStringList BindingPlanInputBuilder::groupDerivedUserIds(const QString &deviceId) const
{
    QStringList users;
    QSet<QString> seen;
    for (const QString &deviceGroupId : m_deviceGroupsOfDevice.value(deviceId)) {
        for (const QString &userGroupId : m_userGroupsOfDeviceGroup.value(deviceGroupId)) {
            for (const QString &userId : m_usersOfUserGroup.value(userGroupId)) {
                if (!seen.contains(userId)) {
                    seen.insert(userId);
                    users.append(userId);
                }
            }
        }
    }
    return users;
}
