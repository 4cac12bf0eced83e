#pragma once

#include <QString>

// A named set of devices (v2 `system_group`).
struct DeviceGroup
{
    QString id;
    QString name;
    QString description;
    QString membershipMethod;

    friend bool operator==(const DeviceGroup &, const DeviceGroup &) = default;
};
