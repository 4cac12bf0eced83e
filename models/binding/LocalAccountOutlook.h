#pragma once

#include "BindingPlanCodes.h"
#include "Device.h"
#include "DeviceLocalAccount.h"
#include "User.h"

#include <QList>
#include <QString>

// What one local account on a device means for binding, for the device's details ("Managed by heidi",
// "Unmanaged — would be taken over by grace if bound", "No user matches"). Decided with BindingPlanner's own
// matching rules, so the details never promise a takeover the bind dialog would not plan: exact case on macOS and
// Linux, any case on Windows; a matching user whose name the device refuses is reported as blocked.
struct LocalAccountOutlook
{
    enum class Kind : quint8 {
        Managed, // a user with access to the device carries this name (userId/username say who)
        ManagedByUnknownUser, // the agent reports it managed, but no user with access carries the name
        WouldBeTakenOver, // binding userId would take it over
        CaseOnlyMatch, // userId's name differs only in letter case; macOS/Linux would create a second account
        BlockedMatch, // userId matches, but binding them to this device is blocked (blockReason)
        NoMatch, // no directory user carries this name
    };

    Kind kind = Kind::NoMatch;
    QString userId;
    QString username;
    BindingBlockReason blockReason = BindingBlockReason::None;

    friend bool operator==(const LocalAccountOutlook &, const LocalAccountOutlook &) = default;

    // One outlook per account, in the same order. `candidates` are the directory users whose local account name
    // (systemUsername, else username) equals an account's name case-insensitively; others are ignored.
    static QList<LocalAccountOutlook> evaluate(
        const Device &device, const QList<DeviceLocalAccount> &accounts, const QList<User> &candidates);
};
