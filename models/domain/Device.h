#pragma once

#include "OsFamily.h"

#include <QDateTime>
#include <QString>

// A machine running the directory's agent (v1 `system`), with the fields an admin looks at.
struct Device
{
    QString id;
    QString displayName;
    QString hostname;
    OsFamily osFamily = OsFamily::Unknown;
    QString os; // as reported: "Mac OS X", "Windows", "Ubuntu" …
    QString osVersion;
    QString arch;
    QString agentVersion;
    bool active = false; // the agent has checked in recently
    QDateTime lastContact;
    QDateTime created;
    QString serialNumber;
    QString hardwareVendor;
    QString remoteIp;
    bool fdeActive = false;
    bool systemInsightsEnabled = false;
    bool mdmEnrolled = false;
    bool allowSshRootLogin = false;
    bool allowSshPasswordAuthentication = false;
    bool allowMultiFactorAuthentication = false;
    QString description;

    QString shownName() const { return displayName.isEmpty() ? hostname : displayName; }

    friend bool operator==(const Device &, const Device &) = default;
};
