#pragma once

#include <QString>

// A device's direct membership of a device group.
struct DeviceGroupMembership
{
    QString groupId;
    QString deviceId;

    friend bool operator==(const DeviceGroupMembership &, const DeviceGroupMembership &) = default;
};
