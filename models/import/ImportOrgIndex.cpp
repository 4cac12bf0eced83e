#include "ImportOrgIndex.h"

#include "ImportParallel.h"

#include <QSet>

ImportOrgIndex::ImportOrgIndex(const OrgSnapshot &snapshot)
    : m_snapshot(snapshot)
{
    // Each user hash, and the devices and groups together, is its own task on the pool: they fill different hashes,
    // and six tasks of similar size keep both cores busy (the users as one task took 140 ms of the 200, alone).
    ImportParallel::forEachBlock(6, 1, [this](qsizetype begin, qsizetype end) {
        for (qsizetype part = begin; part < end; ++part) {
            if (part < 5)
                indexUsers(UserKey(part));
            else
                indexDevicesAndGroups();
        }
    });
}

void ImportOrgIndex::indexUsers(UserKey key)
{
    const QList<User> &users = m_snapshot.users;
    QHash<QString, qsizetype> &index = key == UserKey::Username ? m_userByUsername
        : key == UserKey::Email                                 ? m_userByEmail
        : key == UserKey::Id                                    ? m_userById
        : key == UserKey::EmployeeId                            ? m_userByEmployeeId
                                                                : m_userByLocalName;
    index.reserve(users.size());
    for (qsizetype i = 0; i < users.size(); ++i) {
        const User &user = users.at(i);
        switch (key) {
        case UserKey::Username:
            index.insert(user.username.toLower(), i);
            break;
        case UserKey::Email:
            if (!user.email.isEmpty())
                index.insert(user.email.toLower(), i);
            break;
        case UserKey::Id:
            index.insert(user.id, i);
            break;
        case UserKey::EmployeeId:
            if (!user.employeeIdentifier.isEmpty())
                index.insert(user.employeeIdentifier, i);
            break;
        case UserKey::LocalName:
            if (!user.systemUsername.isEmpty())
                index.insert(user.systemUsername.toLower(), i);
            break;
        }
    }
}

void ImportOrgIndex::indexDevicesAndGroups()
{
    const QList<Device> &devices = m_snapshot.devices;
    m_deviceById.reserve(devices.size());
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const Device &device = devices.at(i);
        m_deviceById.insert(device.id, i);
        if (!device.displayName.isEmpty())
            m_devicesByName[device.displayName.toLower()].append(i);
        if (!device.hostname.isEmpty())
            m_devicesByHostname[device.hostname.toLower()].append(i);
        if (!device.serialNumber.isEmpty())
            m_devicesBySerial[device.serialNumber.toLower()].append(i);
    }
    for (qsizetype i = 0; i < m_snapshot.userGroups.size(); ++i) {
        m_groupByName.insert(m_snapshot.userGroups.at(i).name, i);
        m_groupByLowerName.insert(m_snapshot.userGroups.at(i).name.toLower(), i);
    }
}

int ImportOrgIndex::reachedDeviceCount(const QString &userId) const
{
    std::call_once(m_reachedOnce, [this] { indexReachedDevices(); });
    return m_reachedDevices.value(userId);
}

void ImportOrgIndex::indexReachedDevices() const
{
    // Devices per user: direct bindings, then user group → device group → member devices. Only users with bindings
    // or in bound groups get an entry, so this stays small even for 50,000 users.
    QHash<QString, QSet<QString>> devicesOf;
    for (const UserDeviceBinding &binding : m_snapshot.userDeviceBindings)
        devicesOf[binding.userId].insert(binding.deviceId);
    if (!m_snapshot.groupBindings.isEmpty()) {
        QHash<QString, QStringList> devicesOfGroup;
        for (const DeviceGroupMembership &member : m_snapshot.deviceGroupMemberships)
            devicesOfGroup[member.groupId].append(member.deviceId);
        QHash<QString, QStringList> reachedByUserGroup;
        for (const GroupBinding &binding : m_snapshot.groupBindings)
            reachedByUserGroup[binding.userGroupId] += devicesOfGroup.value(binding.deviceGroupId);
        for (const UserGroupMembership &member : m_snapshot.userGroupMemberships) {
            const auto reached = reachedByUserGroup.constFind(member.groupId);
            if (reached == reachedByUserGroup.cend() || reached->isEmpty())
                continue;
            QSet<QString> &devices = devicesOf[member.userId];
            for (const QString &device : *reached)
                devices.insert(device);
        }
    }
    m_reachedDevices.reserve(devicesOf.size());
    for (auto it = devicesOf.cbegin(); it != devicesOf.cend(); ++it)
        m_reachedDevices.insert(it.key(), int(it.value().size()));
}

const User *ImportOrgIndex::find(const QHash<QString, qsizetype> &index, const QList<User> &users, const QString &key)
{
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : &users.at(*it);
}

const User *ImportOrgIndex::userByUsername(const QString &username) const
{
    return find(m_userByUsername, m_snapshot.users, username.toLower());
}

const User *ImportOrgIndex::userByEmail(const QString &email) const
{
    return find(m_userByEmail, m_snapshot.users, email.toLower());
}

const User *ImportOrgIndex::userById(const QString &id) const
{
    return find(m_userById, m_snapshot.users, id);
}

const User *ImportOrgIndex::userByEmployeeId(const QString &employeeId) const
{
    return find(m_userByEmployeeId, m_snapshot.users, employeeId);
}

const User *ImportOrgIndex::userByLocalAccountName(const QString &name) const
{
    return find(m_userByLocalName, m_snapshot.users, name.toLower());
}

int ImportOrgIndex::userOrdinal(const QString &id) const
{
    const auto it = m_userById.constFind(id);
    return it == m_userById.cend() ? -1 : int(*it);
}

int ImportOrgIndex::deviceOrdinal(const QString &id) const
{
    const auto it = m_deviceById.constFind(id);
    return it == m_deviceById.cend() ? -1 : int(*it);
}

ImportOrgIndex::DeviceList ImportOrgIndex::findDevices(DeviceKey key, const QString &value) const
{
    DeviceList devices;
    const auto addAll = [&](const QHash<QString, QList<qsizetype>> &index) {
        for (const qsizetype i : index.value(value.toLower())) {
            const Device *device = &m_snapshot.devices.at(i);
            if (!devices.contains(device))
                devices.append(device);
        }
    };
    if (key == DeviceKey::Id || key == DeviceKey::Any) {
        const auto it = m_deviceById.constFind(value);
        if (it != m_deviceById.cend())
            return { &m_snapshot.devices.at(*it) };
        if (key == DeviceKey::Id)
            return {};
    }
    if (key == DeviceKey::Name || key == DeviceKey::Any)
        addAll(m_devicesByName);
    if (key == DeviceKey::Hostname || key == DeviceKey::Any)
        addAll(m_devicesByHostname);
    if (key == DeviceKey::Serial || key == DeviceKey::Any)
        addAll(m_devicesBySerial);
    return devices;
}

const UserGroup *ImportOrgIndex::userGroupByName(const QString &name) const
{
    const auto it = m_groupByName.constFind(name);
    return it == m_groupByName.cend() ? nullptr : &m_snapshot.userGroups.at(*it);
}

const UserGroup *ImportOrgIndex::userGroupByNameIgnoringCase(const QString &name) const
{
    const auto it = m_groupByLowerName.constFind(name.toLower());
    return it == m_groupByLowerName.cend() ? nullptr : &m_snapshot.userGroups.at(*it);
}
