#include "MainWindow.h"

#include "AppInfo.h"
#include "CacheDatabase.h"
#include "CacheOpener.h"
#include "ChangeController.h"
#include "ConnectionFlow.h"
#include "DialogRunner.h"
#include "DirectorySession.h"
#include "ExportController.h"
#include "FileDialog.h"
#include "ImportWizard.h"
#include "LoadedOrg.h"
#include "LoadingPage.h"
#include "MessageBox.h"
#include "ObjectPane.h"
#include "PreferencesDialog.h"
#include "SessionController.h"
#include "SessionSettings.h"
#include "StartPage.h"
#include "StatusBarController.h"
#include "Workspace.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

// Outside any namespace, as Q_INIT_RESOURCE requires: the icons live in the static bindery_ui.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {
const auto GeometryKey = "MainWindow/geometry"_L1;
const auto StateKey = "MainWindow/state"_L1;
const auto RecentPathKey = "Recent/cachePath"_L1;
const auto RecentOrgKey = "Recent/orgName"_L1;
constexpr int StatusMessageTimeoutMs = 15000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_startPage(new StartPage(m_pages))
    , m_loadingPage(new LoadingPage(m_pages))
    , m_workspace(new Workspace(m_pages))
    , m_status(new StatusBarController(statusBar(), this))
    , m_opener(new CacheOpener(this, this))
    , m_exporter(new ExportController(this, this))
    , m_session(new SessionController(this, m_workspace, m_status, this))
    , m_changes(new ChangeController(this, m_workspace, m_session))
{
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/bindery.svg"_s));
    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);
    setAcceptDrops(true);
    createMenus();

    connect(m_startPage, &StartPage::openCacheRequested, this, &MainWindow::chooseCacheFile);
    connect(m_startPage, &StartPage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::connectRequested, m_session, &SessionController::chooseConnection);
    connect(m_startPage, &StartPage::reconnectRequested, this, &MainWindow::reconnect);
    connect(m_session, &SessionController::connectionsChanged, this, &MainWindow::updateStartPage);
    connect(m_changes, &ChangeController::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeoutMs); });
    connect(m_session, &SessionController::loadingMessage, this, &MainWindow::showLoading);
    connect(m_session, &SessionController::openCacheRequested, this, &MainWindow::openCache);
    connect(m_session, &SessionController::failedBeforeOpen, this, &MainWindow::showStartPage);
    connect(m_session, &SessionController::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeoutMs); });
    connect(m_workspace, &Workspace::currentKindChanged, this,
        [this](PaneKind kind) { m_paneActions.at(int(kind))->setChecked(true); });
    connect(m_opener, &CacheOpener::loadingStarted, this, [this](const QString &path) {
        QString name = QFileInfo(path).fileName();
        if (QDir::cleanPath(path) == QDir::cleanPath(recentCachePath())) {
            if (const QString org = QSettings().value(RecentOrgKey).toString(); !org.isEmpty())
                name = org;
        }
        showLoading(tr("Loading %1…").arg(name));
    });
    connect(m_opener, &CacheOpener::rebuildingStarted, this,
        [this] { showLoading(tr("Rebuilding the cache and keeping your pending changes…")); });
    connect(m_opener, &CacheOpener::opened, this, &MainWindow::cacheLoaded);
    connect(m_opener, &CacheOpener::openAnotherRequested, this, &MainWindow::chooseCacheFile);
    connect(m_opener, &CacheOpener::abandoned, this, &MainWindow::showStartPage);
    connect(m_opener, &CacheOpener::quitRequested, this, &QWidget::close);
    connect(m_exporter, &ExportController::busyChanged, this, &MainWindow::updateActions);
    connect(m_exporter, &ExportController::statusMessage, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message, StatusMessageTimeoutMs);
    });

    restoreLayout();
    applySessionSettings();
    showStartPage();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    // The session's actions exist once the Directory menu is filled; File shows its "Connect" too.
    auto *directoryMenu = new QMenu(tr("&Directory"), this);
    directoryMenu->setObjectName(u"directoryMenu"_s);
    m_session->addActions(directoryMenu);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_session->connectAction());
    QAction *demo = fileMenu->addAction(tr("Open the &demo org"), this, &MainWindow::openDemo);
    demo->setObjectName(u"openDemoAction"_s);
    QAction *open = fileMenu->addAction(tr("&Open cache offline…"), this, &MainWindow::chooseCacheFile);
    open->setObjectName(u"openCacheAction"_s);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    fileMenu->addAction(m_changes->importAction());
    QMenu *exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->setObjectName(u"exportMenu"_s);
    for (ExportKind kind : { ExportKind::Users, ExportKind::Devices, ExportKind::UserGroups, ExportKind::DeviceGroups,
             ExportKind::Bindings }) {
        QAction *action = exportMenu->addAction(
            ExportController::actionText(kind), this, [this, kind] { m_exporter->exportKind(kind); });
        m_exportActions.append(action);
    }
    fileMenu->addSeparator();
    QAction *preferences = fileMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts({ QKeySequence::Preferences, QKeySequence(tr("Ctrl+,")) });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    m_changes->populateEditMenu(editMenu);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *paneGroup = new QActionGroup(this);
    for (PaneKind kind : PaneKinds::all()) {
        QAction *action = viewMenu->addAction(PaneKinds::title(kind), this, [this, kind] {
            if (m_pages->currentWidget() == m_workspace) {
                m_workspace->showPane(kind);
                m_workspace->currentPane()->table()->setFocus(Qt::ShortcutFocusReason);
            }
        });
        action->setObjectName(PaneKinds::key(kind) + "PaneAction"_L1);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(kind))));
        paneGroup->addAction(action);
        m_paneActions.append(action);
    }
    m_paneActions.constFirst()->setChecked(true);
    viewMenu->addSeparator();
    m_focusSearchAction = viewMenu->addAction(tr("&Focus search"), this, [this] {
        if (m_pages->currentWidget() == m_workspace)
            m_workspace->focusSearch();
    });
    m_focusSearchAction->setObjectName(u"focusSearchAction"_s);
    m_focusSearchAction->setShortcut(QKeySequence::Find);
    viewMenu->addAction(m_changes->pendingAction());

    QMenu *changesMenu = menuBar()->addMenu(tr("&Changes"));
    changesMenu->setObjectName(u"changesMenu"_s);
    m_changes->populateChangesMenu(changesMenu);

    menuBar()->addMenu(directoryMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Bindery"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openCache(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_session->cacheClosing(absolute);
    m_opener->open(absolute);
}

void MainWindow::openDemo()
{
    m_session->cacheClosing(QString());
    m_session->openDemo();
}

void MainWindow::openRecentOrShowStart()
{
    const QString recent = recentCachePath();
    // A cache moved or deleted since last time is not an error worth a dialog at start-up.
    if (!recent.isEmpty() && QFileInfo::exists(recent))
        openCache(recent);
    else
        showStartPage();
}

QString MainWindow::recentCachePath()
{
    return QSettings().value(RecentPathKey).toString();
}

void MainWindow::chooseCacheFile()
{
    const QString recent = recentCachePath();
    const QString folder = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent).absolutePath();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open a cache file"), folder, tr("Bindery caches (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openCache(path);
    else if (m_pages->currentWidget() != m_workspace)
        showStartPage(); // cancelled after a failed open: nothing is open
}

void MainWindow::showStartPage()
{
    m_session->cacheClosing(QString());
    closeCache();
    updateStartPage();
    m_pages->setCurrentWidget(m_startPage);
    m_startPage->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void MainWindow::updateStartPage()
{
    const ConnectionFlow *connections = m_session->connections();
    const auto last = connections ? connections->lastUsedProfile() : std::nullopt;
    m_startPage->setLastConnection(last ? last->name : QString());
}

void MainWindow::reconnect()
{
    ConnectionFlow *connections = m_session->connections();
    if (const auto last = connections ? connections->lastUsedProfile() : std::nullopt)
        connections->connectTo(last->idString());
}

bool MainWindow::isShowingStartPage() const
{
    return m_pages->currentWidget() == m_startPage;
}

void MainWindow::showLoading(const QString &message)
{
    if (m_pages->currentWidget() != m_loadingPage)
        closeCache();
    m_loadingPage->setMessage(message);
    m_pages->setCurrentWidget(m_loadingPage);
    updateActions();
}

void MainWindow::closeCache()
{
    // Those who borrow the connection let go of it before it closes.
    m_changes->setCache(nullptr);
    m_workspace->clear();
    m_cache.reset();
    m_cachePath.clear();
    m_exporter->setCachePath(QString());
    m_status->clearSnapshot();
    setWindowTitle(tr("Bindery"));
}

void MainWindow::cacheLoaded(const QString &path, const LoadedOrg &org)
{
    m_cache = m_opener->takeCache();
    m_cachePath = path;
    m_workspace->setOrg(org, m_cache.get());
    m_changes->setCache(m_cache.get());
    m_exporter->setCachePath(path);
    const QString orgName = org.info.settings.orgName;
    setWindowTitle(tr("Bindery — %1").arg(orgName.isEmpty() ? QFileInfo(path).fileName() : orgName));
    // Offline unless this is the cache of the org the session is connected to.
    m_status->setState(ConnectionState::Offline);
    m_status->setSnapshot(orgName, org.info.syncedAt);
    m_session->cacheOpened(path);
    m_pages->setCurrentWidget(m_workspace);
    m_workspace->currentPane()->table()->setFocus(Qt::OtherFocusReason);
    updateActions();

    QSettings settings;
    settings.setValue(RecentPathKey, path);
    settings.setValue(RecentOrgKey, orgName);
    Q_EMIT cacheOpened(path);
}

void MainWindow::updateActions()
{
    const bool browsing = m_pages->currentWidget() == m_workspace;
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(browsing && !m_exporter->isBusy());
    for (QAction *action : std::as_const(m_paneActions))
        action->setEnabled(browsing);
    m_focusSearchAction->setEnabled(browsing);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (DialogRunner::exec(dialog) == QDialog::Accepted)
        applySessionSettings();
}

void MainWindow::applySessionSettings()
{
    m_session->session()->setSyncInterval(SessionSettings::syncInterval());
    m_changes->setPushDelay(SessionSettings::sendDelay());
}

void MainWindow::showAbout()
{
    MessageBox::Message message;
    message.title = tr("About Bindery");
    message.text = tr("<b>Bindery %1</b>").arg(AppInfo::version());
    message.informativeText = tr("A desktop console for admins of a cloud directory: browse users, devices and "
                                 "groups from a local cache, online or offline.");
    MessageBox::show(this, message);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    m_workspace->saveLayout(settings);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(StateKey).toByteArray());
    m_workspace->restoreLayout(settings);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportWizard::csvFileFromMimeData(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = ImportWizard::csvFileFromMimeData(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_changes->importUsers(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}
