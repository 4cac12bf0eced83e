#pragma once

#include "DetailsPage.h"

class CacheDatabase;
class DetailsList;
class QLabel;
struct DeviceGroupRow;

// A device group's members and the user groups bound to it.
class DeviceGroupDetailsPage final : public DetailsPage
{
    Q_OBJECT

public:
    explicit DeviceGroupDetailsPage(QWidget *parent = nullptr);

    void load(const DeviceGroupRow &row, CacheDatabase &cache);

private:
    QLabel *m_description;
    QLabel *m_membership;
    DetailsList *m_members;
    DetailsList *m_userGroups;
};
