#pragma once

#include "Device.h"
#include "DeviceLocalAccount.h"
#include "SelfServiceProvisioning.h"

#include <QList>
#include <QStringList>

// Whether a person could get an account on this device by signing in at its login window with their directory
// credentials (self-service account provisioning, DOMAIN.md), for the device's details: the org must have it on for
// the device's OS; the device must have no user bound yet (on macOS always; on Windows unless a policy relaxes it,
// which the cache does not know); and it never takes over an account, so a person whose name an unmanaged account
// on the device already carries cannot use it and must be bound instead. Pure.
struct SelfServiceOutlook
{
    enum class Kind : quint8 {
        NotSupported, // Linux, or an OS the directory's agent does not offer it on
        Off, // the org has it off for this OS
        BlockedByBoundUsers, // users are bound already
        Available,
    };

    Kind kind = Kind::NotSupported;
    bool admin = false; // the permission level of the accounts it creates
    int boundUsers = 0;
    // Unmanaged interactive accounts: a person with one of these names fails at the login window (a takeover).
    QStringList blockedNames;

    static SelfServiceOutlook evaluate(const Device &device, const SelfServiceProvisioning &settings, int boundUsers,
        const QList<DeviceLocalAccount> &accounts);
};
