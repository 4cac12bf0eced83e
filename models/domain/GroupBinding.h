#pragma once

#include <QString>

// A user group bound to a device group: every member gets an account on every member device.
struct GroupBinding
{
    QString userGroupId;
    QString deviceGroupId;

    friend bool operator==(const GroupBinding &, const GroupBinding &) = default;
};
