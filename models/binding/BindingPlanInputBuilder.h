#pragma once

#include "BindingPlanInput.h"
#include "OrgSnapshot.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

// What the admin dropped: users and devices chosen directly or through their groups (expanded here, duplicates
// removed, order kept: direct ids first, then group members in membership order).
struct BindingSelection
{
    QStringList userIds;
    QStringList userGroupIds;
    QStringList deviceIds;
    QStringList deviceGroupIds;
    // Users that are not in the snapshot yet (CSV import rows); appended after the selected users.
    QList<User> extraUsers;
};

// Builds a BindingPlanInput from an OrgSnapshot: expands groups, collects the devices' local accounts and works out who
// manages each managed account, and gathers every direct and group-derived edge touching the chosen devices.
// Indexes the snapshot once in the constructor; build() is then cheap and can be called per drop.
// The snapshot must outlive the builder.
class BindingPlanInputBuilder
{
public:
    explicit BindingPlanInputBuilder(const OrgSnapshot &snapshot);

    // Errors: "unknown-user", "unknown-device", "unknown-user-group", "unknown-device-group" (detail = the id).
    Result<BindingPlanInput> build(const BindingSelection &selection) const;

    // For the CLI and the CSV import: the id of the user with this id or username (case-insensitive), or empty.
    QString findUserId(const QString &idOrUsername) const;
    // The devices with this id, or else this display name or hostname (case-insensitive; names are not unique).
    QStringList findDeviceIds(const QString &idOrName) const;
    // Every user who reaches the device through user group → device group bindings.
    QStringList groupDerivedUserIds(const QString &deviceId) const;

private:
    QString ownerOf(const LocalAccount &account, const QStringList &usersWithAccess) const;

    const OrgSnapshot &m_snapshot;
    QHash<QString, qsizetype> m_userById;
    QHash<QString, qsizetype> m_userByLowerName; // lower-cased username
    QHash<QString, QList<qsizetype>> m_usersByEffectiveName; // lower-cased effective local account name
    QHash<QString, qsizetype> m_deviceById;
    QHash<QString, QStringList> m_usersOfUserGroup;
    QHash<QString, QStringList> m_devicesOfDeviceGroup;
    QHash<QString, QStringList> m_userGroupsOfDeviceGroup; // through group bindings
    QHash<QString, QStringList> m_deviceGroupsOfDevice;
    QHash<QString, QList<qsizetype>> m_accountsOfDevice;
    QHash<QString, QList<qsizetype>> m_bindingsOfDevice;
};
