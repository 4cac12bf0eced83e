#pragma once

#include <QString>

// A direct user–device edge: the agent creates or takes over a local account for the user.
// `sudoEnabled`/`sudoWithoutPassword` are the edge's `attributes.sudo`.
struct UserDeviceBinding
{
    QString userId;
    QString deviceId;
    bool sudoEnabled = false;
    bool sudoWithoutPassword = false; // only takes effect with sudoEnabled

    friend bool operator==(const UserDeviceBinding &, const UserDeviceBinding &) = default;
};
