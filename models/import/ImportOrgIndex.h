#pragma once

#include "OrgSnapshot.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <mutex>

// The org as the validator looks things up in it: users by (lower-cased) username, e-mail, local account name and
// employee id; devices by id and by name, hostname or serial; user groups by name. Built once per wizard (about
// 140 ms for the 50,000-user, 20,000-device benchmark org on 2 cores) and then read-only, so validators on several
// threads share it; the snapshot must outlive it.
class ImportOrgIndex
{
public:
    explicit ImportOrgIndex(const OrgSnapshot &snapshot);

    const OrgSnapshot &snapshot() const { return m_snapshot; }
    const User *userByUsername(const QString &username) const; // case-insensitive
    const User *userByEmail(const QString &email) const; // case-insensitive
    const User *userById(const QString &id) const;
    const User *userByEmployeeId(const QString &employeeId) const;
    // The user whose local user account value (systemUsername) is this name, case-insensitive.
    const User *userByLocalAccountName(const QString &name) const;
    // How many devices the user reaches, directly or through a user group bound to a device group (the directory
    // refuses to rename a user who reaches any).
    // Worked out on first use (few imports change a local account name); safe from the validator's threads.
    int reachedDeviceCount(const QString &userId) const;
    // Positions in the snapshot's lists, or -1.
    int userOrdinal(const QString &id) const;
    int deviceOrdinal(const QString &id) const;

    enum class DeviceKey { Id, Name, Hostname, Serial, Any };
    using DeviceList = QVarLengthArray<const Device *, 4>;
    // Every device the value names (several when names repeat); Any: id, else display name, hostname or serial.
    DeviceList findDevices(DeviceKey key, const QString &value) const;

    const UserGroup *userGroupByName(const QString &name) const; // exact, as the module matches
    const UserGroup *userGroupByNameIgnoringCase(const QString &name) const;

private:
    enum class UserKey { Username, Email, Id, EmployeeId, LocalName };
    void indexUsers(UserKey key); // fills that key's hash
    void indexDevicesAndGroups();
    void indexReachedDevices() const;
    static const User *find(const QHash<QString, qsizetype> &index, const QList<User> &users, const QString &key);

    const OrgSnapshot &m_snapshot;
    QHash<QString, qsizetype> m_userByUsername;
    QHash<QString, qsizetype> m_userByEmail;
    QHash<QString, qsizetype> m_userById;
    QHash<QString, qsizetype> m_userByEmployeeId;
    QHash<QString, qsizetype> m_userByLocalName;
    QHash<QString, qsizetype> m_deviceById;
    QHash<QString, QList<qsizetype>> m_devicesByName;
    QHash<QString, QList<qsizetype>> m_devicesByHostname;
    QHash<QString, QList<qsizetype>> m_devicesBySerial;
    QHash<QString, qsizetype> m_groupByName;
    QHash<QString, qsizetype> m_groupByLowerName;
    mutable std::once_flag m_reachedOnce;
    mutable QHash<QString, int> m_reachedDevices; // only users who reach at least one
};
