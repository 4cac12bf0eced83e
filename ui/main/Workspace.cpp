#include "Workspace.h"

#include "CacheReader.h"
#include "ChangeSet.h"
#include "DetailsPanel.h"
#include "DeviceGroupTableModel.h"
#include "DeviceTableModel.h"
#include "LoadedOrg.h"
#include "NavigationList.h"
#include "ObjectPane.h"
#include "OutboxTouchedObjects.h"
#include "UserGroupTableModel.h"
#include "UserTableModel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const auto SplitterKey = "Workspace/splitter"_L1;
const auto PaneKey = "Workspace/pane"_L1;
constexpr int FillFallbackMs = 1000; // the hidden panes fill by then even if the shown one never paints
QString headerKey(PaneKind kind)
{
    return u"Panes/%1/header"_s.arg(PaneKinds::key(kind));
}

// Upserts the changed rows of one kind and drops the removed ones. `read` fetches rows by id.
template<typename Model, typename Read>
Result<void> refreshRows(Model *model, const ChangeSet::Objects &objects, Read read)
{
    if (objects.isEmpty())
        return {};
    auto rows = read(objects.upserted + objects.relationsChanged);
    if (!rows)
        return rows.error();
    model->applyChanges(rows.value(), objects.removed);
    return {};
}
} // namespace

Workspace::Workspace(QWidget *parent)
    : QWidget(parent)
    , m_users(new UserTableModel(this))
    , m_devices(new DeviceTableModel(this))
    , m_userGroups(new UserGroupTableModel(this))
    , m_deviceGroups(new DeviceGroupTableModel(this))
    , m_navigation(new NavigationList(this))
    , m_paneStack(new QStackedWidget(this))
    , m_details(new DetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"workspace"_s);
    m_paneStack->setObjectName(u"paneStack"_s);
    m_splitter->setObjectName(u"workspaceSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    const QList<QAbstractItemModel *> models { m_users, m_devices, m_userGroups, m_deviceGroups };
    for (PaneKind kind : PaneKinds::all()) {
        auto *pane = new ObjectPane(kind, models.at(int(kind)), m_paneStack);
        m_paneStack->addWidget(pane);
        m_panes.append(pane);
        connect(pane, &ObjectPane::countsChanged, this,
            [this, kind](int, int total) { m_navigation->setCount(kind, total); });
        connect(pane, &ObjectPane::currentObjectChanged, this,
            [this, kind](const QString &objectId) { showDetails(kind, objectId); });
        connect(pane, &ObjectPane::selectionChanged, this, [this, pane] {
            if (pane->kind() == currentKind())
                Q_EMIT selectionChanged(pane->kind(), pane->selectedIds());
        });
    }

    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_paneStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_navigation, &NavigationList::kindSelected, this, &Workspace::showPane);
    connect(m_details, &DetailsPanel::objectActivated, this, &Workspace::openObject);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(FillFallbackMs);
    connect(&m_fillTimer, &QTimer::timeout, this, &Workspace::fillRemainingPanes);

    // Tab walks the window left to right: kinds, filter, table, then the details.
    setTabOrder(m_navigation, pane(PaneKind::Users)->searchField());
    for (ObjectPane *objectPane : std::as_const(m_panes))
        setTabOrder(objectPane->searchField(), objectPane->table());
}

void Workspace::setOrg(const LoadedOrg &org, CacheDatabase *detailsCache)
{
    m_cache = detailsCache;
    m_details->setCache(detailsCache);
    m_unfilled = org;
    m_unfilledKinds = PaneKinds::all();
    // The navigation shows every kind's total at once; a pane's own count follows when it fills.
    m_navigation->setCount(PaneKind::Users, int(org.users.size()));
    m_navigation->setCount(PaneKind::Devices, int(org.devices.size()));
    m_navigation->setCount(PaneKind::UserGroups, int(org.userGroups.size()));
    m_navigation->setCount(PaneKind::DeviceGroups, int(org.deviceGroups.size()));
    fillPane(currentKind());
    m_details->showNothing(currentKind());
    // The hidden panes wait for the shown one's first paint: filling them costs about as much again (search texts,
    // sorting 20,000 devices), and the admin looks at one pane first. A hidden window has nothing to paint first (the
    // workspace itself may still be behind the loading page: the window is what counts).
    if (!window()->isVisible())
        return fillRemainingPanes();
    watchPaintOf(currentPane());
    // A window that does not paint (minimised, on another workspace) still gets its panes filled soon.
    m_fillTimer.start();
}

void Workspace::watchPaintOf(ObjectPane *objectPane)
{
    stopWatchingPaint();
    QWidget *viewport = objectPane->table()->viewport();
    m_paintWatched = viewport;
    viewport->installEventFilter(this);
    viewport->update();
}

void Workspace::fillPane(PaneKind kind)
{
    if (!m_unfilledKinds.removeOne(kind))
        return;
    switch (kind) {
    case PaneKind::Users:
        m_users->setRows(std::exchange(m_unfilled.users, {}));
        break;
    case PaneKind::Devices:
        m_devices->setRows(std::exchange(m_unfilled.devices, {}));
        break;
    case PaneKind::UserGroups:
        m_userGroups->setRows(std::exchange(m_unfilled.userGroups, {}));
        break;
    case PaneKind::DeviceGroups:
        m_deviceGroups->setRows(std::exchange(m_unfilled.deviceGroups, {}));
        break;
    }
    pane(kind)->fitColumnsIfNotRestored();
    if (m_unfilledKinds.isEmpty()) {
        // The last one, however it came to be filled (the first paint, the fallback, or the admin visiting them all).
        stopWatchingPaint();
        m_fillTimer.stop();
        m_unfilled = {};
        Q_EMIT orgShown();
    }
}

void Workspace::fillRemainingPanes()
{
    for (PaneKind kind : PaneKinds::all())
        fillPane(kind);
}

void Workspace::stopWatchingPaint()
{
    if (m_paintWatched)
        m_paintWatched->removeEventFilter(this);
    m_paintWatched = nullptr;
}

bool Workspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paintWatched && event->type() == QEvent::Paint) {
        stopWatchingPaint();
        // After this paint has reached the screen, not inside it.
        QTimer::singleShot(0, this, &Workspace::fillRemainingPanes);
    }
    return QWidget::eventFilter(watched, event);
}

void Workspace::clear()
{
    stopWatchingPaint();
    m_fillTimer.stop();
    m_unfilled = {};
    m_unfilledKinds.clear();
    m_cache = nullptr;
    m_details->setCache(nullptr);
    m_details->showNothing(currentKind());
    m_users->setRows({});
    m_devices->setRows({});
    m_userGroups->setRows({});
    m_deviceGroups->setRows({});
}

Result<void> Workspace::applyChanges(const ChangeSet &changes)
{
    if (!m_cache || changes.isEmpty())
        return {};
    fillRemainingPanes(); // a sync's rows go on top of the snapshot, so the snapshot goes in first
    const CacheReader reader(*m_cache);
    const QList<Result<void>> steps {
        refreshRows(m_users, changes.users, [&](const QStringList &ids) { return reader.userRows(ids); }),
        refreshRows(m_devices, changes.devices, [&](const QStringList &ids) { return reader.deviceRows(ids); }),
        refreshRows(
            m_userGroups, changes.userGroups, [&](const QStringList &ids) { return reader.userGroupRows(ids); }),
        refreshRows(
            m_deviceGroups, changes.deviceGroups, [&](const QStringList &ids) { return reader.deviceGroupRows(ids); }),
    };
    for (const Result<void> &step : steps) {
        if (!step)
            return step;
    }
    // The details may show relations a sync changed without touching the selected row itself.
    showDetails(currentKind(), currentPane()->currentObjectId());
    return {};
}

void Workspace::setChangeMarks(const OutboxTouchedObjects &touched)
{
    m_users->setChangeMarks(touched.marks(ObjectKind::User));
    m_devices->setChangeMarks(touched.marks(ObjectKind::Device));
    m_userGroups->setChangeMarks(touched.marks(ObjectKind::UserGroup));
    m_deviceGroups->setChangeMarks(touched.marks(ObjectKind::DeviceGroup));
}

PaneKind Workspace::currentKind() const
{
    return PaneKinds::all().at(m_paneStack->currentIndex());
}

ObjectPane *Workspace::pane(PaneKind kind) const
{
    return m_panes.at(int(kind));
}

void Workspace::showPane(PaneKind kind)
{
    const bool changed = kind != currentKind();
    fillPane(kind); // switched to before the first paint filled it
    m_paneStack->setCurrentWidget(pane(kind));
    if (m_paintWatched)
        watchPaintOf(pane(kind)); // the pane watched is hidden now and will not paint
    m_navigation->setCurrentKind(kind);
    showDetails(kind, pane(kind)->currentObjectId());
    if (changed) {
        Q_EMIT currentKindChanged(kind);
        Q_EMIT selectionChanged(kind, pane(kind)->selectedIds());
    }
}

void Workspace::focusSearch()
{
    currentPane()->focusSearch();
}

void Workspace::openObject(PaneKind kind, const QString &objectId)
{
    showPane(kind);
    ObjectPane *target = pane(kind);
    if (!target->selectObject(objectId)) {
        target->searchField()->clear();
        target->selectObject(objectId);
    }
    target->table()->setFocus(Qt::OtherFocusReason);
}

void Workspace::showDetails(PaneKind kind, const QString &objectId)
{
    if (kind != currentKind())
        return; // a hidden pane's selection changed (e.g. by a reload); the shown one decides
    if (objectId.isEmpty())
        return m_details->showNothing(kind);
    switch (kind) {
    case PaneKind::Users:
        if (const UserRow *row = m_users->rowById(objectId))
            return m_details->showUser(*row);
        break;
    case PaneKind::Devices:
        if (const DeviceRow *row = m_devices->rowById(objectId))
            return m_details->showDevice(*row);
        break;
    case PaneKind::UserGroups:
        if (const UserGroupRow *row = m_userGroups->rowById(objectId))
            return m_details->showUserGroup(*row);
        break;
    case PaneKind::DeviceGroups:
        if (const DeviceGroupRow *row = m_deviceGroups->rowById(objectId))
            return m_details->showDeviceGroup(*row);
        break;
    }
    m_details->showNothing(kind);
}

void Workspace::saveLayout(QSettings &settings) const
{
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(PaneKey, PaneKinds::key(currentKind()));
    for (const ObjectPane *objectPane : m_panes)
        settings.setValue(headerKey(objectPane->kind()), objectPane->headerState());
}

void Workspace::restoreLayout(const QSettings &settings)
{
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray())) {
        // First start: a narrow navigation list, the table wider than the details.
        m_splitter->setSizes({ m_navigation->sizeHint().width(), 720, 400 });
    }
    for (ObjectPane *objectPane : std::as_const(m_panes))
        objectPane->restoreHeaderState(settings.value(headerKey(objectPane->kind())).toByteArray());
    const QString paneKey = settings.value(PaneKey).toString();
    for (PaneKind kind : PaneKinds::all()) {
        if (PaneKinds::key(kind) == paneKey)
            showPane(kind);
    }
}
