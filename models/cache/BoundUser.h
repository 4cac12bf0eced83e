#pragma once

#include "AccessPath.h"
#include "UserState.h"

#include <QList>
#include <QString>

// A user who can log in to a device, with every path that grants it.
struct BoundUser
{
    QString userId;
    QString username;
    QString shownName;
    QString localAccountName; // systemUsername, else username: what the agent creates or takes over
    UserState state = UserState::Activated;
    QList<AccessPath> paths;
    bool admin = false;
    bool passwordlessSudo = false;

    bool isDirect() const;
};
