#pragma once

#include "DeviceGroup.h"

// One line of the Device groups pane.
struct DeviceGroupRow
{
    DeviceGroup group;
    int memberCount = 0;
    int userGroupCount = 0; // user groups bound to this device group

    friend bool operator==(const DeviceGroupRow &, const DeviceGroupRow &) = default;
};
