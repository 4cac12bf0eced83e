#pragma once

#include "Device.h"

// One line of the Devices pane: the device and the counts shown beside it.
struct DeviceRow
{
    Device device;
    int userCount = 0; // users bound directly
    int localAccountCount = 0;
    int groupCount = 0;

    friend bool operator==(const DeviceRow &, const DeviceRow &) = default;
};
