#include "UserDetailsPage.h"

#include "DetailsList.h"
#include "DetailsReader.h"
#include "TimeText.h"
#include "UserRow.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace {
enum DeviceColumn { DeviceName, DeviceAdmin, DeviceAccess, DeviceHostname, DeviceColumnCount };
enum GroupColumn { GroupName, GroupDescription, GroupColumnCount };
} // namespace

UserDetailsPage::UserDetailsPage(QWidget *parent)
    : DetailsPage(u"userDetails"_s, parent)
{
    m_username = addField(u"userUsernameValue"_s, tr("Username"));
    m_name = addField(u"userNameValue"_s, tr("Name"));
    m_email = addField(u"userEmailValue"_s, tr("Email"));
    m_localAccount = addField(u"userLocalAccountValue"_s, tr("Local account"));
    m_state = addField(u"userStateValue"_s, tr("State"));
    m_department = addField(u"userDepartmentValue"_s, tr("Department"));
    m_jobTitle = addField(u"userJobTitleValue"_s, tr("Job title"));
    m_employeeId = addField(u"userEmployeeIdValue"_s, tr("Employee ID"));
    m_mfa = addField(u"userMfaValue"_s, tr("MFA"));
    m_sudo = addField(u"userSudoValue"_s, tr("Admin on all devices"));
    m_created = addField(u"userCreatedValue"_s, tr("Created"));

    QStringList deviceHeaders(DeviceColumnCount);
    deviceHeaders[DeviceName] = tr("Device");
    deviceHeaders[DeviceHostname] = tr("Hostname");
    deviceHeaders[DeviceAdmin] = tr("Admin");
    deviceHeaders[DeviceAccess] = tr("Access");
    m_devices = addList(u"userDevicesList"_s, deviceHeaders);
    m_devices->enableUnbind();
    connect(m_devices, &DetailsList::unbindRequested, this,
        [this](const QStringList &deviceIds) { Q_EMIT unbindRequested({ m_userId }, deviceIds); });

    QStringList groupHeaders(GroupColumnCount);
    groupHeaders[GroupName] = tr("Group");
    groupHeaders[GroupDescription] = tr("Description");
    m_groups = addList(u"userGroupsList"_s, groupHeaders);
}

void UserDetailsPage::load(const UserRow &row, CacheDatabase &cache)
{
    const User &user = row.user;
    m_userId = user.id;
    setTitle(user.shownName(), user.email);
    setField(m_username, user.username);
    setField(m_name, user.fullName());
    setField(m_email, user.email);
    setField(m_localAccount,
        user.systemUsername.isEmpty() ? tr("Same as the username (%1)").arg(user.username) : user.systemUsername);
    switch (user.state) {
    case UserState::Staged:
        setField(m_state, tr("Staged — gets no access to bound devices until activated"));
        break;
    case UserState::Suspended:
        setField(m_state, tr("Suspended — access withdrawn; the account is kept"));
        break;
    case UserState::Activated:
        setField(m_state, tr("Activated"));
        break;
    }
    setField(m_department, user.department);
    setField(m_jobTitle, user.jobTitle);
    setField(m_employeeId, user.employeeIdentifier);
    if (!user.mfaRequired)
        setField(m_mfa, user.mfaConfigured ? tr("Enrolled, not required") : tr("Not required"));
    else
        setField(m_mfa, user.mfaConfigured ? tr("Required, enrolled") : tr("Required, not enrolled yet"));
    if (!user.sudo)
        setField(m_sudo, tr("No"));
    else
        setField(m_sudo, user.passwordlessSudo ? tr("Yes, without password") : tr("Yes"));
    setField(m_created, user.created.isValid() ? TimeText::dateTime(user.created) : QString());

    const DetailsReader reader(cache);
    QStringList problems;
    m_devices->clear();
    if (const auto devices = reader.devicesOfUser(user.id); devices) {
        for (const BoundDevice &device : devices.value()) {
            QStringList cells(DeviceColumnCount);
            cells[DeviceName] = device.name;
            cells[DeviceHostname] = device.hostname;
            if (device.admin)
                cells[DeviceAdmin] = device.passwordlessSudo ? tr("Admin, no password") : tr("Admin");
            else
                cells[DeviceAdmin] = tr("Standard");
            cells[DeviceAccess] = describePaths(device.paths);
            QTreeWidgetItem *item = m_devices->addRow(cells, PaneKind::Devices, device.deviceId);
            item->setData(0, DetailsList::DirectBindingRole, device.isDirect());
        }
    } else {
        problems << describe(devices.error());
    }
    m_devices->finishRows();
    setListTitle(m_devices, tr("Devices"));

    m_groups->clear();
    if (const auto groups = reader.groupsOfUser(user.id); groups) {
        for (const ObjectRef &group : groups.value()) {
            QStringList cells(GroupColumnCount);
            cells[GroupName] = group.name;
            cells[GroupDescription] = group.detail;
            m_groups->addRow(cells, PaneKind::UserGroups, group.id);
        }
    } else {
        problems << describe(groups.error());
    }
    m_groups->finishRows();
    setListTitle(m_groups, tr("Groups"));
    showReadProblems(problems);
}
