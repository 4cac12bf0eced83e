#pragma once

#include "UserGroup.h"

#include <QJsonObject>
#include <QString>

// The options of a user group an admin sets in its form, and the v2 `attributes` they are sent as: members are admins
// (sudo) on every device reached through device groups, optionally without a password; Samba authentication; a
// Linux (POSIX) group of the group's name. Only these keys are sent; the pusher keeps the group's other attributes.
struct UserGroupOptions
{
    bool sudo = false;
    bool sudoWithoutPassword = false; // only with sudo
    bool samba = false;
    QString linuxGroup; // empty: none

    static UserGroupOptions of(const UserGroup &group);
    // A Linux group name for a group name: lower case, letters, digits, '-' and '_', starting with a letter, at most
    // 32 characters ("Engineering EU" → "engineering-eu"); empty when nothing usable is left.
    static QString linuxGroupName(const QString &groupName);

    QJsonObject attributes() const;
    bool isDefault() const { return *this == UserGroupOptions {}; }
    friend bool operator==(const UserGroupOptions &, const UserGroupOptions &) = default;
};
