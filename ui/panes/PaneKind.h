#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The four kinds of object the main window lists, in navigation order.
enum class PaneKind { Users, Devices, UserGroups, DeviceGroups };

// The wording that differs per kind, in one place so every pane and menu says the same.
class PaneKinds
{
    Q_DECLARE_TR_FUNCTIONS(PaneKinds)

public:
    static QList<PaneKind> all()
    {
        return { PaneKind::Users, PaneKind::Devices, PaneKind::UserGroups, PaneKind::DeviceGroups };
    }
    static QString key(PaneKind kind); // untranslated: object names and settings keys ("users", "userGroups")
    static QString title(PaneKind kind); // "Users", "User groups"
    static QString filterPlaceholder(PaneKind kind); // "Filter users…"
    static QString filterAccessibleName(PaneKind kind);
    // "12 users" or "3 of 12 users", with the locale's digit grouping.
    static QString countText(PaneKind kind, int visible, int total);
    static QString nothingSelected(PaneKind kind);
};
