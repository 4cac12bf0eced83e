#pragma once

#include "Device.h"
#include "LocalAccount.h"
#include "User.h"
#include "UserDeviceBinding.h"

#include <QList>
#include <QString>

// Everything the planner needs, as plain values: the users and devices of the drop (the plan is users × devices, in
// this order), what each device reports, and the current edges. BindingPlanInputBuilder fills it from an OrgSnapshot;
// the CSV import fills it with users that do not exist yet.
struct BindingPlanInput
{
    QList<User> users;
    QList<Device> devices;
    // The local accounts reported by the devices above (accounts of other devices are ignored).
    QList<LocalAccount> localAccounts;
    // Parallel to localAccounts (may be shorter): the id of the directory user who manages that account, when known.
    // A managed account matched by another user's name blocks the pair; a managed account with no known owner is
    // treated as another user's (the planner cannot tell whose it is, and taking it over would steal it).
    QStringList localAccountOwnerIds;
    // Current direct user–device bindings. Only those touching the devices above matter; include every one of them
    // (not just the selected users') so that unbind can say how many users remain on a device.
    QList<UserDeviceBinding> bindings;
    // Users who reach a device through user group → device group (userId, deviceId; the sudo fields are ignored).
    // Optional: without it, already-bound and last-user only see direct bindings.
    QList<UserDeviceBinding> groupAccess;
};
