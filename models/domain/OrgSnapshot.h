#pragma once

#include "Device.h"
#include "DeviceGroup.h"
#include "DeviceGroupMembership.h"
#include "GroupBinding.h"
#include "LocalAccount.h"
#include "OrgSettings.h"
#include "User.h"
#include "UserDeviceBinding.h"
#include "UserGroup.h"
#include "UserGroupMembership.h"

#include <QDateTime>
#include <QList>

// One consistent copy of a whole org: what a sync pulls and what the cache holds.
struct OrgSnapshot
{
    OrgSettings settings;
    QDateTime syncedAt; // UTC; invalid for a snapshot never synced
    QString sourceUrl; // the directory it came from (never carries credentials)

    QList<User> users;
    QList<Device> devices;
    QList<UserGroup> userGroups;
    QList<DeviceGroup> deviceGroups;
    QList<UserDeviceBinding> userDeviceBindings;
    QList<UserGroupMembership> userGroupMemberships;
    QList<DeviceGroupMembership> deviceGroupMemberships;
    QList<GroupBinding> groupBindings;
    QList<LocalAccount> localAccounts;
};
