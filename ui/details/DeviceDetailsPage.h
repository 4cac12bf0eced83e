#pragma once

#include "BindingPlanCodes.h"
#include "DetailsPage.h"

class CacheDatabase;
class DetailsList;
class QLabel;
struct Device;
struct DeviceRow;
struct LocalAccountOutlook;

// A device's system facts, the users who can log in to it (admin flag, path; direct bindings can be unbound), the
// local accounts its agent reports with what binding means for each (managed by whom, or which user would take it
// over: LocalAccountOutlook, the planner's own rules) and its groups.
class DeviceDetailsPage final : public DetailsPage
{
    Q_OBJECT

public:
    explicit DeviceDetailsPage(QWidget *parent = nullptr);

    void load(const DeviceRow &row, CacheDatabase &cache);

private:
    void loadUsers(const QString &deviceId, CacheDatabase &cache, QStringList *problems);
    void loadLocalAccounts(const Device &device, CacheDatabase &cache, QStringList *problems);
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
    DetailsList *m_users;
    DetailsList *m_localAccounts;
    DetailsList *m_groups;
    QString m_deviceId;
};
