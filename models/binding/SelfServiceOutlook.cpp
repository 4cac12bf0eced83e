#include "SelfServiceOutlook.h"

SelfServiceOutlook SelfServiceOutlook::evaluate(const Device &device, const SelfServiceProvisioning &settings,
    int boundUsers, const QList<DeviceLocalAccount> &accounts)
{
    SelfServiceOutlook outlook;
    outlook.boundUsers = boundUsers;
    bool enabled = false;
    switch (device.osFamily) {
    case OsFamily::MacOS:
        enabled = settings.macEnabled;
        outlook.admin = settings.macAdmin;
        break;
    case OsFamily::Windows:
        enabled = settings.windowsEnabled;
        outlook.admin = settings.windowsAdmin;
        break;
    case OsFamily::Linux:
    case OsFamily::Unknown:
        return outlook;
    }
    if (!enabled) {
        outlook.kind = Kind::Off;
        return outlook;
    }
    outlook.kind = boundUsers > 0 ? Kind::BlockedByBoundUsers : Kind::Available;
    for (const DeviceLocalAccount &entry : accounts) {
        const LocalAccount &account = entry.account;
        if (account.realUser && !account.managed && entry.managedByUserId.isEmpty())
            outlook.blockedNames.append(account.username);
    }
    outlook.blockedNames.sort(Qt::CaseInsensitive);
    return outlook;
}
