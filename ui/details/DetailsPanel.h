#pragma once

#include "PaneKind.h"

#include <QStackedWidget>

class CacheDatabase;
class DeviceDetailsPage;
class DeviceGroupDetailsPage;
class QLabel;
class UserDetailsPage;
class UserGroupDetailsPage;
struct DeviceGroupRow;
struct DeviceRow;
struct UserGroupRow;
struct UserRow;

// The right-hand panel: the selected object's details, one page per kind. Relations are read
// from the GUI thread's own cache connection, which the window lends it for as long as it is open.
class DetailsPanel final : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void setCache(CacheDatabase *cache); // borrowed; nullptr when no cache is open

    void showNothing(PaneKind kind);
    void showUser(const UserRow &row);
    void showDevice(const DeviceRow &row);
    void showUserGroup(const UserGroupRow &row);
    void showDeviceGroup(const DeviceGroupRow &row);

Q_SIGNALS:
    // The admin opened an object named in a list (a user's device, a group's member).
    void objectActivated(PaneKind kind, const QString &objectId);
    // From a user's devices or a device's users (context menu "Unbind…" or the Delete key); connect to
    // BindingController::requestUnbind.
    void unbindRequested(const QStringList &userIds, const QStringList &deviceIds);

private:
    CacheDatabase *m_cache = nullptr;
    QLabel *m_placeholder;
    UserDetailsPage *m_userPage;
    DeviceDetailsPage *m_devicePage;
    UserGroupDetailsPage *m_userGroupPage;
    DeviceGroupDetailsPage *m_deviceGroupPage;
};
