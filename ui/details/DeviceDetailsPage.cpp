#include "DeviceDetailsPage.h"

#include "CacheReader.h"
#include "DetailsList.h"
#include "DetailsReader.h"
#include "DeviceRow.h"
#include "LocalAccountOutlookReader.h"
#include "SelfServiceOutlook.h"
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
    m_selfService = addField(u"deviceSelfServiceValue"_s, tr("Self-service sign-in"));

    QStringList userHeaders(UserColumnCount);
    userHeaders[UserUsername] = tr("User");
    userHeaders[UserName] = tr("Name");
    userHeaders[UserLocalAccount] = tr("Local account");
    userHeaders[UserAdmin] = tr("Admin");
    userHeaders[UserAccess] = tr("Access");
    userHeaders[UserStateColumn] = tr("State");
    m_users = addList(u"deviceUsersList"_s, userHeaders);
    m_users->enableUnbind();
    connect(m_users, &DetailsList::unbindRequested, this,
        [this](const QStringList &userIds) { Q_EMIT unbindRequested(userIds, { m_deviceId }); });

    QStringList accountHeaders(AccountColumnCount);
    accountHeaders[AccountName] = tr("Account");
    accountHeaders[AccountManagedBy] = tr("Managed by");
    accountHeaders[AccountKind] = tr("Kind");
    accountHeaders[AccountAdmin] = tr("Admin");
    accountHeaders[AccountLastLogin] = tr("Last login");
    m_localAccounts = addList(u"deviceLocalAccountsList"_s, accountHeaders);
    // "Unmanaged — would be taken over by grace.hopper if bound": the name at the end is the point.
    m_localAccounts->setColumnUncapped(AccountManagedBy);

    QStringList groupHeaders(GroupColumnCount);
    groupHeaders[GroupName] = tr("Device group");
    groupHeaders[GroupDescription] = tr("Description");
    m_groups = addList(u"deviceGroupsList"_s, groupHeaders);
}

void DeviceDetailsPage::load(const DeviceRow &row, CacheDatabase &cache)
{
    const Device &device = row.device;
    m_deviceId = device.id;
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
    const int users = loadUsers(device.id, cache, &problems);
    const QList<DeviceLocalAccount> accounts = loadLocalAccounts(device, cache, &problems);
    loadGroups(device.id, cache, &problems);
    if (const auto info = CacheReader(cache).snapshotInfo(); info)
        setField(m_selfService,
            selfServiceText(SelfServiceOutlook::evaluate(device, info.value().settings.selfService, users, accounts),
                device.osFamily));
    else
        problems << describe(info.error());
    showReadProblems(problems);
}

QString DeviceDetailsPage::selfServiceText(const SelfServiceOutlook &outlook, OsFamily os)
{
    using Kind = SelfServiceOutlook::Kind;
    QString text;
    switch (outlook.kind) {
    case Kind::NotSupported:
        return tr("Not offered for this operating system: bind users to give them an account.");
    case Kind::Off:
        return tr("Off for this operating system (Changes ▸ Self-service account provisioning).");
    case Kind::BlockedByBoundUsers:
        text = os == OsFamily::Windows
            ? tr("Not available: %n user(s) bound already (a Windows policy may allow it anyway).", nullptr,
                outlook.boundUsers)
            : tr("Not available: %n user(s) bound already; macOS offers it only on a device with none.", nullptr,
                outlook.boundUsers);
        break;
    case Kind::Available:
        text = outlook.admin ? tr("Available: an existing directory user signing in here gets an administrator "
                                  "account (MFA is not asked at that first sign-in).")
                             : tr("Available: an existing directory user signing in here gets a standard account "
                                  "(MFA is not asked at that first sign-in).");
        break;
    }
    if (!outlook.blockedNames.isEmpty())
        text += u' '
            + tr("A directory user named %1 cannot use it: an account of that name exists here and would need a "
                 "takeover; bind them instead.")
                  .arg(outlook.blockedNames.join(tr(" or ")));
    return text;
}

int DeviceDetailsPage::loadUsers(const QString &deviceId, CacheDatabase &cache, QStringList *problems)
{
    m_users->clear();
    int count = 0;
    if (const auto users = DetailsReader(cache).usersOfDevice(deviceId); users) {
        count = int(users.value().size());
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
            QTreeWidgetItem *item = m_users->addRow(cells, PaneKind::Users, user.userId);
            item->setData(0, DetailsList::DirectBindingRole, user.isDirect());
        }
    } else {
        *problems << describe(users.error());
    }
    m_users->finishRows();
    setListTitle(m_users, tr("Users"));
    return count;
}

QList<DeviceLocalAccount> DeviceDetailsPage::loadLocalAccounts(
    const Device &device, CacheDatabase &cache, QStringList *problems)
{
    m_localAccounts->clear();
    QList<DeviceLocalAccount> read;
    if (const auto accounts = DetailsReader(cache).localAccountsOfDevice(device.id); accounts) {
        read = accounts.value();
        const auto outlooks = LocalAccountOutlookReader(cache).read(device, accounts.value());
        if (!outlooks)
            *problems << describe(outlooks.error());
        for (qsizetype i = 0; i < accounts.value().size(); ++i) {
            const DeviceLocalAccount &entry = accounts.value().at(i);
            const LocalAccount &account = entry.account;
            QStringList cells(AccountColumnCount);
            cells[AccountName] = account.username;
            LocalAccountOutlook outlook;
            if (outlooks)
                outlook = outlooks.value().at(i);
            else if (!entry.managedByUserId.isEmpty())
                outlook = { LocalAccountOutlook::Kind::Managed, entry.managedByUserId, entry.managedByUsername, {} };
            cells[AccountManagedBy] = outlookText(outlook, account.realUser);
            cells[AccountKind] = account.realUser ? tr("Person") : tr("Service account");
            cells[AccountAdmin] = yesNo(account.admin);
            cells[AccountLastLogin] = TimeText::dateTime(account.lastLogin);
            // A managed account opens its user, and so does one a user would take over; others have nothing to open.
            const bool namesUser = outlook.kind != LocalAccountOutlook::Kind::NoMatch && !outlook.userId.isEmpty();
            QTreeWidgetItem *item
                = m_localAccounts->addRow(cells, PaneKind::Users, namesUser ? outlook.userId : QString());
            item->setToolTip(AccountManagedBy, outlookToolTip(outlook, account.username));
        }
    } else {
        *problems << describe(accounts.error());
    }
    m_localAccounts->finishRows();
    setListTitle(m_localAccounts, tr("Local accounts"));
    return read;
}

QString DeviceDetailsPage::blockReasonText(BindingBlockReason reason)
{
    switch (reason) {
    case BindingBlockReason::InvalidUsername:
        return tr("the name breaks the naming rules");
    case BindingBlockReason::NameTooLong:
        return tr("the name is longer than this system allows");
    case BindingBlockReason::WindowsNameTooLong:
        return tr("the name is longer than the 20 characters Windows allows");
    case BindingBlockReason::AccountOwnedByOtherUser:
        return tr("the account belongs to another directory user");
    case BindingBlockReason::None:
        break;
    }
    return {};
}

QString DeviceDetailsPage::outlookText(const LocalAccountOutlook &outlook, bool realUser)
{
    switch (outlook.kind) {
    case LocalAccountOutlook::Kind::Managed:
        return tr("Managed by %1").arg(outlook.username);
    case LocalAccountOutlook::Kind::ManagedByUnknownUser:
        return tr("Managed by a directory user not bound here");
    case LocalAccountOutlook::Kind::WouldBeTakenOver:
        return tr("Unmanaged — would be taken over by %1 if bound").arg(outlook.username);
    case LocalAccountOutlook::Kind::CaseOnlyMatch:
        return tr("No user matches (%1: letter case differs)").arg(outlook.username);
    case LocalAccountOutlook::Kind::BlockedMatch:
        return tr("Unmanaged — %1 matches but cannot be bound here").arg(outlook.username);
    case LocalAccountOutlook::Kind::NoMatch:
        break;
    }
    return realUser ? tr("No user matches") : tr("No user matches (service account)");
}

QString DeviceDetailsPage::outlookToolTip(const LocalAccountOutlook &outlook, const QString &accountName)
{
    switch (outlook.kind) {
    case LocalAccountOutlook::Kind::Managed:
        return tr("The directory manages “%1” for %2.").arg(accountName, outlook.username);
    case LocalAccountOutlook::Kind::ManagedByUnknownUser:
        return tr("The agent reports “%1” as managed, but no user bound to this device carries that name.")
            .arg(accountName);
    case LocalAccountOutlook::Kind::WouldBeTakenOver:
        return tr("Binding %1 to this device takes over “%2”: the home folder stays, and %1 is signed out of apps.")
            .arg(outlook.username, accountName);
    case LocalAccountOutlook::Kind::CaseOnlyMatch:
        return tr("%1's local account name differs from “%2” only in letter case. This device's agent needs the exact "
                  "case, so binding %1 would create a second account and profile.")
            .arg(outlook.username, accountName);
    case LocalAccountOutlook::Kind::BlockedMatch:
        return tr("%1 carries the name “%2”, but cannot be bound to this device: %3.")
            .arg(outlook.username, accountName, blockReasonText(outlook.blockReason));
    case LocalAccountOutlook::Kind::NoMatch:
        break;
    }
    return tr("No directory user's local account name is “%1”: binding a user here creates a new account.")
        .arg(accountName);
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
