#pragma once

#include "GroupFormDialog.h"

#include <QCoreApplication>
#include <QStringList>

class CacheDatabase;
class QWidget;

// Group deletion and membership, for user groups and device groups alike: each says what the
// change means for access, picks members with ObjectPickerDialog where there is a choice, and
// saves one batch. True when saved.
class GroupChangeFlows
{
    Q_DECLARE_TR_FUNCTIONS(GroupChangeFlows)

public:
    using Kind = GroupFormDialog::Kind;

    static bool remove(QWidget *parent, CacheDatabase &cache, Kind kind, const QStringList &groupIds);
    // Picks users (or devices) that are not members yet and adds them to the group.
    static bool addMembers(QWidget *parent, CacheDatabase &cache, Kind kind, const QString &groupId);
    // Picks among the members and removes them, after saying what they lose.
    static bool removeMembers(QWidget *parent, CacheDatabase &cache, Kind kind, const QString &groupId);
    // Picks groups and adds the objects (users or devices) to each, skipping existing memberships.
    static bool addToGroups(QWidget *parent, CacheDatabase &cache, Kind kind, const QStringList &memberIds);
};
