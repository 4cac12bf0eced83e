#pragma once

#include "BindingPlanCodes.h"
#include "DetailsPage.h"
#include "DeviceLocalAccount.h"
#include "OsFamily.h"

class CacheDatabase;
class DetailsList;
class QLabel;
struct Device;
struct DeviceRow;
struct LocalAccountOutlook;
struct SelfServiceOutlook;

// A device's system facts, the users who can log in to it (admin flag, path; direct bindings can be unbound), the
// local accounts its agent reports with what binding means for each (managed by whom, or which user would take it
// over: LocalAccountOutlook, the planner's own rules), whether self-service sign-in would give someone an account
// here (SelfServiceOutlook) and its groups.
class DeviceDetailsPage final : public DetailsPage
{
    Q_OBJECT

public:
    explicit DeviceDetailsPage(QWidget *parent = nullptr);

    void load(const DeviceRow &row, CacheDatabase &cache);

private:
    // Both return what they read, for the self-service line: how many users, which accounts.
    int loadUsers(const QString &deviceId, CacheDatabase &cache, QStringList *problems);
    QList<DeviceLocalAccount> loadLocalAccounts(const Device &device, CacheDatabase &cache, QStringList *problems);
    static QString selfServiceText(const SelfServiceOutlook &outlook, OsFamily os);
    static QString blockReasonText(BindingBlockReason reason);
    static QString outlookText(const LocalAccountOutlook &outlook, bool realUser);
    static QString outlookToolTip(const LocalAccountOutlook &outlook, const QString &accountName);
    void loadGroups(const QString &deviceId, CacheDatabase &cache, QStringList *problems);

    QLabel *m_hostname;
    QLabel *m_os;
    QLabel *m_agent;
    QLabel *m_status;
    QLabel *m_serial;
    QLabel *m_mdm;
    QLabel *m_encryption;
    QLabel *m_created;
    QLabel *m_selfService;
    DetailsList *m_users;
    DetailsList *m_localAccounts;
    DetailsList *m_groups;
    QString m_deviceId;
};
