#pragma once

#include <QString>

// A named object listed in another's details: a group's members, a user's groups.
struct ObjectRef
{
    QString id;
    QString name;
    QString detail; // a second line: a user's full name, a device's OS, a group's description

    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
};
