#include "DetailsPanel.h"

#include "DeviceDetailsPage.h"
#include "DeviceGroupDetailsPage.h"
#include "UserDetailsPage.h"
#include "UserGroupDetailsPage.h"

#include <QLabel>

using namespace Qt::StringLiterals;

DetailsPanel::DetailsPanel(QWidget *parent)
    : QStackedWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_userPage(new UserDetailsPage(this))
    , m_devicePage(new DeviceDetailsPage(this))
    , m_userGroupPage(new UserGroupDetailsPage(this))
    , m_deviceGroupPage(new DeviceGroupDetailsPage(this))
{
    setObjectName(u"detailsPanel"_s);
    m_placeholder->setObjectName(u"detailsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setEnabled(false); // drawn in the disabled palette: a hint, not content
    addWidget(m_placeholder);
    for (DetailsPage *page :
        std::initializer_list<DetailsPage *> { m_userPage, m_devicePage, m_userGroupPage, m_deviceGroupPage }) {
        addWidget(page);
        connect(page, &DetailsPage::objectActivated, this, &DetailsPanel::objectActivated);
        connect(page, &DetailsPage::unbindRequested, this, &DetailsPanel::unbindRequested);
    }
    showNothing(PaneKind::Users);
}

void DetailsPanel::setCache(CacheDatabase *cache)
{
    m_cache = cache;
}

void DetailsPanel::showNothing(PaneKind kind)
{
    m_placeholder->setText(PaneKinds::nothingSelected(kind));
    setCurrentWidget(m_placeholder);
}

void DetailsPanel::showUser(const UserRow &row)
{
    if (!m_cache)
        return showNothing(PaneKind::Users);
    m_userPage->load(row, *m_cache);
    setCurrentWidget(m_userPage);
}

void DetailsPanel::showDevice(const DeviceRow &row)
{
    if (!m_cache)
        return showNothing(PaneKind::Devices);
    m_devicePage->load(row, *m_cache);
    setCurrentWidget(m_devicePage);
}

void DetailsPanel::showUserGroup(const UserGroupRow &row)
{
    if (!m_cache)
        return showNothing(PaneKind::UserGroups);
    m_userGroupPage->load(row, *m_cache);
    setCurrentWidget(m_userGroupPage);
}

void DetailsPanel::showDeviceGroup(const DeviceGroupRow &row)
{
    if (!m_cache)
        return showNothing(PaneKind::DeviceGroups);
    m_deviceGroupPage->load(row, *m_cache);
    setCurrentWidget(m_deviceGroupPage);
}
