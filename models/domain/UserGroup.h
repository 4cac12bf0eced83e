#pragma once

#include <QString>

// A named set of users; grants its members access to whatever the group is bound to.
struct UserGroup
{
    QString id;
    QString name;
    QString description;
    QString email;
    bool sudoEnabled = false; // members get admin on every device reached through device groups
    bool sudoWithoutPassword = false;
    bool sambaEnabled = false;
    QString posixGroupName; // non-empty when the group creates a Linux group
    QString membershipMethod; // STATIC, DYNAMIC_REVIEW_REQUIRED, DYNAMIC_AUTOMATED, NOTSET

    friend bool operator==(const UserGroup &, const UserGroup &) = default;
};
