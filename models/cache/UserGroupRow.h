#pragma once

#include "UserGroup.h"

// One line of the User groups pane.
struct UserGroupRow
{
    UserGroup group;
    int memberCount = 0;
    int deviceGroupCount = 0; // device groups the group is bound to

    friend bool operator==(const UserGroupRow &, const UserGroupRow &) = default;
};
