#pragma once

#include "User.h"

// One line of the Users pane: the user and the counts shown beside them.
struct UserRow
{
    User user;
    int deviceCount = 0; // direct bindings
    int groupCount = 0;

    friend bool operator==(const UserRow &, const UserRow &) = default;
};
