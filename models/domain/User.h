#pragma once

#include "NamedValue.h"
#include "UserState.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A person in the directory (v1 `systemuser`), with the fields an admin looks at.
// The password is write-only in the API and is never part of this type.
struct User
{
    QString id;
    QString username;
    QString email;
    QString systemUsername; // "Local User Account": the device account name when it differs from username
    QString firstName;
    QString middleName;
    QString lastName;
    QString displayName;
    UserState state = UserState::Activated;

    QString jobTitle;
    QString department;
    QString company;
    QString costCenter;
    QString employeeType;
    QString employeeIdentifier;
    QString location;
    QString description;
    QString managerId;
    QString alternateEmail;
    QList<NamedValue> phoneNumbers; // name = type ("mobile", "work" …)
    QList<NamedValue> customAttributes;

    bool sudo = false; // admin on every device the user is bound to
    bool passwordlessSudo = false;
    bool mfaRequired = false; // enable_user_portal_multifactor
    bool mfaConfigured = false;
    QString mfaEnrollmentStatus; // mfaEnrollment.overallStatus
    QDateTime mfaExclusionUntil;
    bool accountLocked = false;
    bool passwordExpired = false;
    bool passwordNeverExpires = false;
    QDateTime passwordExpirationDate;
    bool externallyManaged = false;
    int unixUid = 0;
    int unixGid = 0;
    QDateTime created;

    // The name the device agent matches and creates: the local account name if set, else the username.
    QString effectiveLocalAccountName() const { return systemUsername.isEmpty() ? username : systemUsername; }
    QString fullName() const;
    // What to show for the person: the display name, else "First Last", else the username.
    QString shownName() const;

    friend bool operator==(const User &, const User &) = default;
};
