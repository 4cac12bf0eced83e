#pragma once

#include "DeviceGroupRow.h"
#include "DeviceRow.h"
#include "SnapshotInfo.h"
#include "UserGroupRow.h"
#include "UserRow.h"

#include <QList>

// Everything the four panes show, read from the cache in one go; a value that crosses threads.
struct LoadedOrg
{
    SnapshotInfo info;
    QList<UserRow> users;
    QList<DeviceRow> devices;
    QList<UserGroupRow> userGroups;
    QList<DeviceGroupRow> deviceGroups;
};
