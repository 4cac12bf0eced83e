#include "DeviceDetailsPage.h"

#include "DetailsList.h"
#include "DetailsReader.h"
#include "DeviceRow.h"
#include "TimeText.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace {
enum UserColumn { UserUsername, UserAdmin, UserAccess, UserLocalAccount, UserStateColumn, UserName, UserColumnCount };
enum AccountColumn { AccountName, AccountManagedBy, AccountAdmin, AccountKind, AccountLastLogin, AccountColumnCount };
enum GroupColumn { GroupName, GroupDescription, GroupColumnCount };
} // namespace

DeviceDetailsPage::DeviceDetailsPage(QWidget *parent)
    : DetailsPage(u"deviceDetails"_s, parent)
{
    m_hostname = addField(u"deviceHostnameValue"_s, tr("Hostname"));
    m_os = addField(u"deviceOsValue"_s, tr("Operating system"));
    m_agent = addField(u"deviceAgentValue"_s, tr("Agent version"));
    m_status = addField(u"deviceStatusValue"_s, tr("Status"));
    m_serial = addField(u"deviceSerialValue"_s, tr("Serial number"));
    m_mdm = addField(u"deviceMdmValue"_s, tr("MDM enrolled"));
    m_encryption = addField(u"deviceEncryptionValue"_s, tr("Disk encryption"));
    m_created = addField(u"deviceCreatedValue"_s, tr("Added"));

    QStringList userHeaders(UserColumnCount);
    userHeaders[UserUsername] = tr("User");
    userHeaders[UserName] = tr("Name");
    userHeaders[UserLocalAccount] = tr("Local account");
    userHeaders[UserAdmin] = tr("Admin");
    userHeaders[UserAccess] = tr("Access");
    userHeaders[UserStateColumn] = tr("State");
    m_users = addList(u"deviceUsersList"_s, userHeaders);

    QStringList accountHeaders(AccountColumnCount);
    accountHeaders[AccountName] = tr("Account");
    accountHeaders[AccountManagedBy] = tr("Managed by");
    accountHeaders[AccountKind] = tr("Kind");
    accountHeaders[AccountAdmin] = tr("Admin");
    accountHeaders[AccountLastLogin] = tr("Last login");
    m_localAccounts = addList(u"deviceLocalAccountsList"_s, accountHeaders);

    QStringList groupHeaders(GroupColumnCount);
    groupHeaders[GroupName] = tr("Device group");
    groupHeaders[GroupDescription] = tr("Description");
    m_groups = addList(u"deviceGroupsList"_s, groupHeaders);
}

void DeviceDetailsPage::load(const DeviceRow &row, CacheDatabase &cache)
{
    const Device &device = row.device;
    setTitle(device.shownName(), device.hostname == device.shownName() ? QString() : device.hostname);
    setField(m_hostname, device.hostname);
    QStringList os { device.os, device.osVersion };
    if (!device.arch.isEmpty())
        os << u"(%1)"_s.arg(device.arch);
    os.removeAll(QString());
    setField(m_os, os.join(u' '));
    setField(m_agent, device.agentVersion);
    const QString lastContact = TimeText::dateTimeWithAge(device.lastContact, QDateTime::currentDateTimeUtc());
    setField(m_status,
        device.active ? tr("Active — last contact %1").arg(lastContact)
                      : tr("Inactive — last contact %1").arg(lastContact));
    setField(m_serial, device.serialNumber);
    setField(m_mdm, yesNo(device.mdmEnrolled));
    setField(m_encryption, device.fdeActive ? tr("On") : tr("Off"));
    setField(m_created, device.created.isValid() ? TimeText::dateTime(device.created) : QString());

    QStringList problems;
    loadUsers(device.id, cache, &problems);
    loadLocalAccounts(device.id, cache, &problems);
    loadGroups(device.id, cache, &problems);
    showReadProblems(problems);
}

void DeviceDetailsPage::loadUsers(const QString &deviceId, CacheDatabase &cache, QStringList *problems)
{
    m_users->clear();
    if (const auto users = DetailsReader(cache).usersOfDevice(deviceId); users) {
        for (const BoundUser &user : users.value()) {
            QStringList cells(UserColumnCount);
            cells[UserUsername] = user.username;
            cells[UserName] = user.shownName;
            cells[UserLocalAccount] = user.localAccountName;
            if (user.admin)
                cells[UserAdmin] = user.passwordlessSudo ? tr("Admin, no password") : tr("Admin");
            else
                cells[UserAdmin] = tr("Standard");
            cells[UserAccess] = describePaths(user.paths);
            cells[UserStateColumn] = stateName(user.state);
            m_users->addRow(cells, PaneKind::Users, user.userId);
        }
    } else {
        *problems << describe(users.error());
    }
    m_users->finishRows();
    setListTitle(m_users, tr("Users"));
}

void DeviceDetailsPage::loadLocalAccounts(const QString &deviceId, CacheDatabase &cache, QStringList *problems)
{
    m_localAccounts->clear();
    if (const auto accounts = DetailsReader(cache).localAccountsOfDevice(deviceId); accounts) {
        for (const DeviceLocalAccount &entry : accounts.value()) {
            const LocalAccount &account = entry.account;
            QStringList cells(AccountColumnCount);
            cells[AccountName] = account.username;
            cells[AccountManagedBy]
                = entry.managedByUserId.isEmpty() ? tr("Unmanaged") : tr("Managed by %1").arg(entry.managedByUsername);
            cells[AccountKind] = account.realUser ? tr("Person") : tr("Service account");
            cells[AccountAdmin] = yesNo(account.admin);
            cells[AccountLastLogin] = TimeText::dateTime(account.lastLogin);
            // A managed account opens its user; an unmanaged one has nothing to open.
            m_localAccounts->addRow(cells, PaneKind::Users, entry.managedByUserId);
        }
    } else {
        *problems << describe(accounts.error());
    }
    m_localAccounts->finishRows();
    setListTitle(m_localAccounts, tr("Local accounts"));
}

void DeviceDetailsPage::loadGroups(const QString &deviceId, CacheDatabase &cache, QStringList *problems)
{
    m_groups->clear();
    if (const auto groups = DetailsReader(cache).groupsOfDevice(deviceId); groups) {
        for (const ObjectRef &group : groups.value()) {
            QStringList cells(GroupColumnCount);
            cells[GroupName] = group.name;
            cells[GroupDescription] = group.detail;
            m_groups->addRow(cells, PaneKind::DeviceGroups, group.id);
        }
    } else {
        *problems << describe(groups.error());
    }
    m_groups->finishRows();
    setListTitle(m_groups, tr("Groups"));
}
