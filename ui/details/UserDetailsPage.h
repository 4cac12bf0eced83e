#pragma once

#include "DetailsPage.h"

class CacheDatabase;
class DetailsList;
class QLabel;
struct UserRow;

// A user's identity and state, the groups they belong to and every device they can log in to,
// with the admin flag and the path (direct, or through a user group and a device group). Direct bindings can be
// unbound from the devices list.
class UserDetailsPage final : public DetailsPage
{
    Q_OBJECT

public:
    explicit UserDetailsPage(QWidget *parent = nullptr);

    void load(const UserRow &row, CacheDatabase &cache);

private:
    QLabel *m_username;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_localAccount;
    QLabel *m_state;
    QLabel *m_department;
    QLabel *m_jobTitle;
    QLabel *m_employeeId;
    QLabel *m_mfa;
    QLabel *m_sudo;
    QLabel *m_created;
    DetailsList *m_devices;
    DetailsList *m_groups;
    QString m_userId;
};
