#pragma once

#include "PaneKind.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <array>

class CacheDatabase;
class QAction;
class QMenu;
class QWidget;

// Every action that makes a change to the org, in one place: the window adds them to its menus,
// tool bars and the panes' context menus, and tells this class what is selected. Each action opens
// its form or confirmation (ui/edit), which appends outbox rows on the GUI thread's cache; then
// outboxChanged() fires so the pending changes view and the status bar can refresh.
class ChangeActions final : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        NewUser,
        EditUser,
        ActivateUsers,
        SuspendUsers,
        ResetMfa,
        DeleteUsers,
        AddUsersToGroups,
        NewUserGroup,
        EditUserGroup,
        DeleteUserGroups,
        AddUserGroupMembers,
        RemoveUserGroupMembers,
        RenameDevice,
        AddDevicesToGroups,
        NewDeviceGroup,
        EditDeviceGroup,
        DeleteDeviceGroups,
        AddDeviceGroupMembers,
        RemoveDeviceGroupMembers,
        SelfService,
        Count
    };
    Q_ENUM(Id)

    // Dialogs open over `window`.
    explicit ChangeActions(QWidget *window, QObject *parent = nullptr);
    ~ChangeActions() override;

    // The GUI thread's connection, borrowed until setCache(nullptr); without one every action is off.
    void setCache(CacheDatabase *cache);
    // What the current pane has selected (directory ids); enables the actions that fit.
    void setSelection(PaneKind kind, const QStringList &ids);
    PaneKind selectionKind() const { return m_kind; }
    const QStringList &selectedIds() const { return m_ids; }

    QAction *action(Id id) const { return m_actions.at(std::size_t(id)); }
    QList<QAction *> allActions() const;
    // For a pane's context menu: the actions about that kind of object, with separators (not the
    // add-to-groups ones: the panes' "Bind to…" covers those).
    QList<QAction *> contextActions(PaneKind kind) const;
    // Fills a menu (e.g. "Changes") with one submenu per kind of object, then self-service provisioning.
    void populateMenu(QMenu *menu) const;

Q_SIGNALS:
    void outboxChanged();

private:
    QAction *make(Id id, const QString &text, const QString &objectName, const QString &toolTip);
    void updateEnabled();
    void run(Id id);
    bool runWithCache(Id id, CacheDatabase &cache);

    QPointer<QWidget> m_window;
    CacheDatabase *m_cache = nullptr;
    PaneKind m_kind = PaneKind::Users;
    QStringList m_ids;
    std::array<QAction *, std::size_t(Id::Count)> m_actions {};
    QAction *m_userSeparator;
    QAction *m_groupSeparator;
};
