#pragma once

#include <QDateTime>
#include <QString>

// An account that a device's agent reports (System Insights `users` row). These are what a
// binding takes over when the names match.
struct LocalAccount
{
    QString deviceId;
    QString username;
    QString uid;
    QString gid;
    QString homeDirectory;
    QString shell;
    QString description;
    bool realUser = true; // an interactive account rather than a service account
    bool admin = false;
    bool suspended = false;
    bool managed = false; // belongs to a directory user
    bool adManaged = false;
    QDateTime lastLogin;
    QDateTime collectedAt;

    friend bool operator==(const LocalAccount &, const LocalAccount &) = default;
};
