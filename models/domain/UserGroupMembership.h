#pragma once

#include <QString>

// A user's direct membership of a user group.
struct UserGroupMembership
{
    QString groupId;
    QString userId;

    friend bool operator==(const UserGroupMembership &, const UserGroupMembership &) = default;
};
