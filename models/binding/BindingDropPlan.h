#pragma once

#include "BindingPlan.h"
#include "ObjectDropRequest.h"

#include <QStringList>

// A drop (or a keyboard "Bind to…", or an unbind) worked out against the cache: the user × device plan the admin
// reviews, and what confirming it would send. Made by BindingDropPlanner; a value that crosses threads.
struct BindingDropPlan
{
    enum class Operation : quint8 {
        BindToDevices, // binding.add per pair that creates or takes over an account; blocked pairs are never sent
        BindGroups, // groupBinding.add per dropped user group not bound to the device group yet
        AddUsersToGroup, // userGroup.addMember per user not in the group yet
        AddDevicesToGroup, // deviceGroup.addMember per device not in the group yet
        Unbind, // binding.remove per pair with a direct binding
    };

    Operation operation = Operation::BindToDevices;
    ObjectDropRequest request; // the drop; for Unbind only its source/target names are informative
    // Every pair the change gives (or, for Unbind, takes) access on. For memberships: the new members × the devices
    // the group reaches through group bindings.
    BindingPlan plan;

    // Memberships: the objects that would be added (ids and names parallel) and those that already belong.
    // Group bindings: the user groups that would be bound, and those already bound.
    QStringList newIds;
    QStringList newNames;
    QStringList existingNames;
    // Memberships: the groups through which the new members gain (or give) access: device groups bound to the
    // user group, or user groups bound to the device group.
    QStringList viaGroupNames;

    // How many outbox rows confirming would append.
    qint64 sendCount() const
    {
        switch (operation) {
        case Operation::BindToDevices:
            return plan.summary().count(BindingAction::Create) + plan.summary().count(BindingAction::Takeover);
        case Operation::Unbind:
            return plan.summary().count(BindingAction::Unbind);
        case Operation::BindGroups:
        case Operation::AddUsersToGroup:
        case Operation::AddDevicesToGroup:
            break;
        }
        return newIds.size();
    }
};

// The admin's choices in the bind dialog; they apply to direct user–device bindings only (a group binding's admin
// rights come from the user group's own setting).
struct BindingChangeOptions
{
    bool sudo = false;
    bool sudoWithoutPassword = false; // only with sudo
};
