#include "ChangeActions.h"

#include "DialogRunner.h"
#include "GroupChangeFlows.h"
#include "GroupFormDialog.h"
#include "MessageBox.h"
#include "ObjectLookup.h"
#include "RenameDeviceDialog.h"
#include "SelfServiceDialog.h"
#include "UserChangeFlows.h"
#include "UserFormDialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// Above this many selected users, Activate and Suspend stay on without reading every state.
constexpr qsizetype StateCheckLimit = 200;
using Kind = GroupFormDialog::Kind;
} // namespace

ChangeActions::ChangeActions(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    make(Id::NewUser, tr("&New user…"), u"newUser"_s, tr("Create a user"));
    make(Id::EditUser, tr("&Edit user…"), u"editUser"_s, tr("Edit the selected user"));
    make(Id::ActivateUsers, tr("&Activate"), u"activateUsers"_s, tr("Give the selected users access"));
    make(Id::SuspendUsers, tr("&Suspend…"), u"suspendUsers"_s,
        tr("Withdraw the selected users' access; their accounts are kept"));
    make(Id::ResetMfa, tr("Reset &MFA…"), u"resetMfa"_s, tr("Require the selected users to enrol MFA again"));
    make(Id::DeleteUsers, tr("&Delete user…"), u"deleteUsers"_s, tr("Delete the selected users from the directory"));
    make(Id::AddUsersToGroups, tr("Add to user &group…"), u"addUsersToGroups"_s,
        tr("Add the selected users to user groups"));
    make(Id::NewUserGroup, tr("New user gro&up…"), u"newUserGroup"_s, tr("Create a user group"));
    make(Id::EditUserGroup, tr("&Edit user group…"), u"editUserGroup"_s, tr("Rename or describe the user group"));
    make(Id::DeleteUserGroups, tr("&Delete user group…"), u"deleteUserGroups"_s, tr("Delete the selected user groups"));
    make(Id::AddUserGroupMembers, tr("Add &members…"), u"addUserGroupMembers"_s, tr("Add users to the group"));
    make(Id::RemoveUserGroupMembers, tr("&Remove members…"), u"removeUserGroupMembers"_s,
        tr("Remove users from the group"));
    make(Id::RenameDevice, tr("Re&name device…"), u"renameDevice"_s, tr("Change the name the directory shows"));
    make(Id::AddDevicesToGroups, tr("Add to device &group…"), u"addDevicesToGroups"_s,
        tr("Add the selected devices to device groups"));
    make(Id::NewDeviceGroup, tr("New de&vice group…"), u"newDeviceGroup"_s, tr("Create a device group"));
    make(Id::EditDeviceGroup, tr("&Edit device group…"), u"editDeviceGroup"_s,
        tr("Rename or describe the device group"));
    make(Id::DeleteDeviceGroups, tr("&Delete device group…"), u"deleteDeviceGroups"_s,
        tr("Delete the selected device groups"));
    make(Id::AddDeviceGroupMembers, tr("&Add devices…"), u"addDeviceGroupMembers"_s, tr("Add devices to the group"));
    make(Id::RemoveDeviceGroupMembers, tr("&Remove devices…"), u"removeDeviceGroupMembers"_s,
        tr("Remove devices from the group"));
    make(Id::SelfService, tr("Self-service account &provisioning…"), u"selfService"_s,
        tr("Let people create their own device account at the login window"));
    m_userSeparator = new QAction(this);
    m_userSeparator->setSeparator(true);
    m_groupSeparator = new QAction(this);
    m_groupSeparator->setSeparator(true);
    updateEnabled();
}

ChangeActions::~ChangeActions() = default;

QAction *ChangeActions::make(Id id, const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName + u"Action"_s);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    connect(action, &QAction::triggered, this, [this, id] { run(id); });
    m_actions.at(std::size_t(id)) = action;
    return action;
}

QList<QAction *> ChangeActions::allActions() const
{
    return QList<QAction *>(m_actions.cbegin(), m_actions.cend());
}

QList<QAction *> ChangeActions::contextActions(PaneKind kind) const
{
    switch (kind) {
    // The panes' own "Bind to…" / "Add to device group…" already add users and devices to groups, so the
    // add-to-groups actions are left to the menu.
    case PaneKind::Users:
        return { action(Id::EditUser), action(Id::ActivateUsers), action(Id::SuspendUsers), action(Id::ResetMfa),
            m_userSeparator, action(Id::DeleteUsers), m_groupSeparator, action(Id::NewUser) };
    case PaneKind::Devices:
        return { action(Id::RenameDevice) };
    case PaneKind::UserGroups:
        return { action(Id::EditUserGroup), action(Id::AddUserGroupMembers), action(Id::RemoveUserGroupMembers),
            m_userSeparator, action(Id::DeleteUserGroups), m_groupSeparator, action(Id::NewUserGroup) };
    case PaneKind::DeviceGroups:
        return { action(Id::EditDeviceGroup), action(Id::AddDeviceGroupMembers), action(Id::RemoveDeviceGroupMembers),
            m_userSeparator, action(Id::DeleteDeviceGroups), m_groupSeparator, action(Id::NewDeviceGroup) };
    }
    return {};
}

void ChangeActions::populateMenu(QMenu *menu) const
{
    // One submenu per kind of object: twenty changes in one flat menu cannot each have their own accelerator
    // (three "Edit…", three "Delete…"), and the pane's context menu already offers the selected kind's changes.
    struct Section
    {
        QString title;
        QString objectName;
        QList<Id> ids;
    };
    const QList<Section> sections {
        { tr("&Users"), u"changesUsersMenu"_s,
            { Id::NewUser, Id::EditUser, Id::ActivateUsers, Id::SuspendUsers, Id::ResetMfa, Id::AddUsersToGroups,
                Id::DeleteUsers } },
        { tr("User &groups"), u"changesUserGroupsMenu"_s,
            { Id::NewUserGroup, Id::EditUserGroup, Id::AddUserGroupMembers, Id::RemoveUserGroupMembers,
                Id::DeleteUserGroups } },
        { tr("&Devices"), u"changesDevicesMenu"_s, { Id::RenameDevice, Id::AddDevicesToGroups } },
        { tr("De&vice groups"), u"changesDeviceGroupsMenu"_s,
            { Id::NewDeviceGroup, Id::EditDeviceGroup, Id::AddDeviceGroupMembers, Id::RemoveDeviceGroupMembers,
                Id::DeleteDeviceGroups } },
    };
    for (const Section &section : sections) {
        QMenu *submenu = menu->addMenu(section.title);
        submenu->setObjectName(section.objectName);
        for (const Id id : section.ids)
            submenu->addAction(action(id));
    }
    menu->addSeparator();
    menu->addAction(action(Id::SelfService));
}

void ChangeActions::setCache(CacheDatabase *cache)
{
    m_cache = cache;
    if (!cache)
        m_ids.clear();
    updateEnabled();
}

void ChangeActions::setSelection(PaneKind kind, const QStringList &ids)
{
    m_kind = kind;
    m_ids = ids;
    m_ids.removeAll(QString());
    updateEnabled();
}

void ChangeActions::updateEnabled()
{
    const bool open = m_cache != nullptr;
    const auto selected = [&](PaneKind kind) { return open && m_kind == kind && !m_ids.isEmpty(); };
    const auto single = [&](PaneKind kind) { return open && m_kind == kind && m_ids.size() == 1; };

    bool canActivate = selected(PaneKind::Users);
    bool canSuspend = canActivate;
    if (canActivate && m_ids.size() <= StateCheckLimit) {
        if (const auto users = ObjectLookup(*m_cache).users(m_ids)) {
            canActivate = canSuspend = false;
            for (const User &user : users.value()) {
                canActivate = canActivate || user.state != UserState::Activated;
                canSuspend = canSuspend || user.state != UserState::Suspended;
            }
        }
    }
    action(Id::NewUser)->setEnabled(open);
    action(Id::EditUser)->setEnabled(single(PaneKind::Users));
    action(Id::ActivateUsers)->setEnabled(canActivate);
    action(Id::SuspendUsers)->setEnabled(canSuspend);
    action(Id::ResetMfa)->setEnabled(selected(PaneKind::Users));
    action(Id::DeleteUsers)->setEnabled(selected(PaneKind::Users));
    action(Id::AddUsersToGroups)->setEnabled(selected(PaneKind::Users));
    action(Id::NewUserGroup)->setEnabled(open);
    action(Id::EditUserGroup)->setEnabled(single(PaneKind::UserGroups));
    action(Id::DeleteUserGroups)->setEnabled(selected(PaneKind::UserGroups));
    action(Id::AddUserGroupMembers)->setEnabled(single(PaneKind::UserGroups));
    action(Id::RemoveUserGroupMembers)->setEnabled(single(PaneKind::UserGroups));
    action(Id::RenameDevice)->setEnabled(single(PaneKind::Devices));
    action(Id::AddDevicesToGroups)->setEnabled(selected(PaneKind::Devices));
    action(Id::NewDeviceGroup)->setEnabled(open);
    action(Id::EditDeviceGroup)->setEnabled(single(PaneKind::DeviceGroups));
    action(Id::DeleteDeviceGroups)->setEnabled(selected(PaneKind::DeviceGroups));
    action(Id::AddDeviceGroupMembers)->setEnabled(single(PaneKind::DeviceGroups));
    action(Id::RemoveDeviceGroupMembers)->setEnabled(single(PaneKind::DeviceGroups));
    action(Id::SelfService)->setEnabled(open);
}

void ChangeActions::run(Id id)
{
    if (!m_cache || !action(id)->isEnabled())
        return;
    if (runWithCache(id, *m_cache)) {
        updateEnabled(); // a state or a name may differ now in what the actions read
        emit outboxChanged();
    }
}

bool ChangeActions::runWithCache(Id id, CacheDatabase &cache)
{
    QWidget *window = m_window.data();
    const QString first = m_ids.value(0);
    // A form that could not load says why instead of opening empty.
    const auto execForm = [window](auto &dialog) {
        if (!dialog.loadError().isEmpty()) {
            MessageBox::show(window,
                { QMessageBox::Warning, dialog.windowTitle(), dialog.loadError(), {}, {}, MessageBox::Ok,
                    MessageBox::Ok });
            return false;
        }
        return DialogRunner::exec(dialog) == QDialog::Accepted;
    };
    switch (id) {
    case Id::NewUser:
    case Id::EditUser: {
        UserFormDialog dialog(cache, id == Id::EditUser ? first : QString(), window);
        return execForm(dialog);
    }
    case Id::ActivateUsers:
        return UserChangeFlows::activate(window, cache, m_ids);
    case Id::SuspendUsers:
        return UserChangeFlows::suspend(window, cache, m_ids);
    case Id::ResetMfa:
        return UserChangeFlows::resetMfa(window, cache, m_ids);
    case Id::DeleteUsers:
        return UserChangeFlows::remove(window, cache, m_ids);
    case Id::AddUsersToGroups:
        return GroupChangeFlows::addToGroups(window, cache, Kind::UserGroup, m_ids);
    case Id::NewUserGroup:
    case Id::EditUserGroup: {
        GroupFormDialog dialog(cache, Kind::UserGroup, id == Id::EditUserGroup ? first : QString(), window);
        return execForm(dialog);
    }
    case Id::DeleteUserGroups:
        return GroupChangeFlows::remove(window, cache, Kind::UserGroup, m_ids);
    case Id::AddUserGroupMembers:
        return GroupChangeFlows::addMembers(window, cache, Kind::UserGroup, first);
    case Id::RemoveUserGroupMembers:
        return GroupChangeFlows::removeMembers(window, cache, Kind::UserGroup, first);
    case Id::RenameDevice: {
        const auto devices = ObjectLookup(cache).devices({ first });
        if (!devices || devices.value().isEmpty())
            return false;
        RenameDeviceDialog dialog(cache, devices.value().first(), window);
        return DialogRunner::exec(dialog) == QDialog::Accepted;
    }
    case Id::AddDevicesToGroups:
        return GroupChangeFlows::addToGroups(window, cache, Kind::DeviceGroup, m_ids);
    case Id::NewDeviceGroup:
    case Id::EditDeviceGroup: {
        GroupFormDialog dialog(cache, Kind::DeviceGroup, id == Id::EditDeviceGroup ? first : QString(), window);
        return execForm(dialog);
    }
    case Id::DeleteDeviceGroups:
        return GroupChangeFlows::remove(window, cache, Kind::DeviceGroup, m_ids);
    case Id::AddDeviceGroupMembers:
        return GroupChangeFlows::addMembers(window, cache, Kind::DeviceGroup, first);
    case Id::RemoveDeviceGroupMembers:
        return GroupChangeFlows::removeMembers(window, cache, Kind::DeviceGroup, first);
    case Id::SelfService: {
        SelfServiceDialog dialog(cache, window);
        return execForm(dialog);
    }
    case Id::Count:
        break;
    }
    return false;
}
