#pragma once

#include <QJsonObject>
#include <QString>

// One local account on a device as the agent reports it (a System Insights "users" row), plus which directory
// user currently manages it (sandbox bookkeeping, never returned).
struct LocalAccount
{
    QString systemId;
    QString username;
    QString uid;
    QString gid;
    QString directory;
    QString shell;
    QString type;
    QString uuid;
    QString description;
    QString lastLogin;
    QString collectionTime;
    bool realUser = true;
    bool admin = false;
    bool suspended = false;
    bool managed = false;
    bool adManaged = false;
    QString managedUserId;

    QJsonObject toJson() const;
};
