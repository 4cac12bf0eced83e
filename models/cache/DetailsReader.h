#pragma once

#include "BoundDevice.h"
#include "BoundUser.h"
#include "DeviceLocalAccount.h"
#include "ObjectRef.h"
#include "Result.h"

#include <QList>
#include <QString>

class CacheDatabase;

// The relations the details panel shows for one selected object, read from the cache with
// indexed queries so selecting a row stays instant in a 50,000-user org.
class DetailsReader
{
public:
    explicit DetailsReader(CacheDatabase &cache);

    // Devices a user reaches, directly or through user group → device group.
    Result<QList<BoundDevice>> devicesOfUser(const QString &userId) const;
    Result<QList<ObjectRef>> groupsOfUser(const QString &userId) const;

    Result<QList<BoundUser>> usersOfDevice(const QString &deviceId) const;
    Result<QList<DeviceLocalAccount>> localAccountsOfDevice(const QString &deviceId) const;
    Result<QList<ObjectRef>> groupsOfDevice(const QString &deviceId) const;

    Result<QList<ObjectRef>> membersOfUserGroup(const QString &groupId) const; // users
    Result<QList<ObjectRef>> deviceGroupsOfUserGroup(const QString &groupId) const;
    Result<QList<ObjectRef>> membersOfDeviceGroup(const QString &groupId) const; // devices
    Result<QList<ObjectRef>> userGroupsOfDeviceGroup(const QString &groupId) const;

private:
    CacheDatabase &m_cache;
};
