#pragma once

#include <QString>

// How a user reaches a device: a direct binding, or a user group bound to a device group.
struct AccessPath
{
    bool direct = true;
    QString userGroupId; // set when !direct
    QString userGroupName;
    QString deviceGroupId;
    QString deviceGroupName;
    bool grantsAdmin = false; // the direct edge's sudo, or the user group's sudo option

    friend bool operator==(const AccessPath &, const AccessPath &) = default;
};
