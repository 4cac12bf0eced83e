#pragma once

#include "LocalAccount.h"

#include <QString>

// A local account on a device and the directory user it belongs to, if any: a bound user whose
// local account name matches (case-insensitively, as the directory documents).
struct DeviceLocalAccount
{
    LocalAccount account;
    QString managedByUserId;
    QString managedByUsername;
};
