#pragma once

#include "Device.h"
#include "DeviceGroup.h"
#include "ObjectRef.h"
#include "OrgSettings.h"
#include "Result.h"
#include "User.h"
#include "UserGroup.h"

#include <QList>
#include <QStringList>

class CacheDatabase;

// What a change form reads about the objects it changes: a few rows by id (primary-key lookups,
// so enabling actions on every selection change stays cheap), the org's settings, and the short
// lists a member picker offers. Rows come back in the order of `ids`; unknown ids are skipped.
class ObjectLookup
{
public:
    explicit ObjectLookup(CacheDatabase &cache);

    Result<QList<User>> users(const QStringList &ids) const;
    Result<QList<Device>> devices(const QStringList &ids) const;
    Result<QList<UserGroup>> userGroups(const QStringList &ids) const;
    Result<QList<DeviceGroup>> deviceGroups(const QStringList &ids) const;
    Result<OrgSettings> settings() const;

    // Every object of a kind as {id, name, detail}, sorted by name: users (username, full name),
    // devices (shown name, hostname), groups (name, description).
    Result<QList<ObjectRef>> allUsers() const;
    Result<QList<ObjectRef>> allDevices() const;
    Result<QList<ObjectRef>> allUserGroups() const;
    Result<QList<ObjectRef>> allDeviceGroups() const;

private:
    CacheDatabase &m_cache;
};
