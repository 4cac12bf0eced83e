#pragma once

#include "DetailsPage.h"

class CacheDatabase;
class DetailsList;
class QLabel;
struct DeviceRow;

// A device's system facts, the users who can log in to it (admin flag, path), the local
// accounts its agent reports (which directory user manages each, or none) and its groups.
class DeviceDetailsPage final : public DetailsPage
{
    Q_OBJECT

public:
    explicit DeviceDetailsPage(QWidget *parent = nullptr);

    void load(const DeviceRow &row, CacheDatabase &cache);

private:
    void loadUsers(const QString &deviceId, CacheDatabase &cache, QStringList *problems);
    void loadLocalAccounts(const QString &deviceId, CacheDatabase &cache, QStringList *problems);
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
};
