#pragma once

#include "DetailsPage.h"

class CacheDatabase;
class DetailsList;
class QLabel;
struct UserGroupRow;

// A user group's options (admin on devices reached through it), its members and the device
// groups it is bound to.
class UserGroupDetailsPage final : public DetailsPage
{
    Q_OBJECT

public:
    explicit UserGroupDetailsPage(QWidget *parent = nullptr);

    void load(const UserGroupRow &row, CacheDatabase &cache);

private:
    QLabel *m_description;
    QLabel *m_admin;
    QLabel *m_linuxGroup;
    QLabel *m_samba;
    QLabel *m_email;
    DetailsList *m_members;
    DetailsList *m_deviceGroups;
};
