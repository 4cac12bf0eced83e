#pragma once

#include "AccessPath.h"
#include "OsFamily.h"

#include <QList>
#include <QString>

// A device a user can log in to, with every path that grants it.
struct BoundDevice
{
    QString deviceId;
    QString name;
    QString hostname;
    OsFamily osFamily = OsFamily::Unknown;
    QList<AccessPath> paths;
    bool admin = false; // admin through any path, or the user's global sudo
    bool passwordlessSudo = false;

    bool isDirect() const;
};
