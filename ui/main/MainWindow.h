#pragma once

#include "PaneKind.h"

#include <QMainWindow>
#include <memory>

class CacheDatabase;
class CacheOpener;
class ChangeController;
class ExportController;
class LoadingPage;
class QAction;
class QStackedWidget;
class SessionController;
class StartPage;
class StatusBarController;
class Workspace;
struct LoadedOrg;

// Bindery's window: menus, the start page, the loading page and the workspace over an open cache.
// Opening, failing and rebuilding are CacheOpener's; browsing is Workspace's; this class wires them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openCache(const QString &path);
    // Starts the demo directory (bindery-sandbox as a child), syncs it and opens its cache.
    void openDemo();
    // The cache opened last time, or the start page when there is none.
    void openRecentOrShowStart();
    void showStartPage();

    QString cachePath() const { return m_cachePath; }
    bool isShowingStartPage() const;
    Workspace *workspace() const { return m_workspace; }
    StatusBarController *statusController() const { return m_status; }
    ExportController *exporter() const { return m_exporter; }
    SessionController *sessionController() const { return m_session; }
    ChangeController *changes() const { return m_changes; }

    void saveLayout() const;

    static QString recentCachePath();

Q_SIGNALS:
    void cacheOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A CSV file dropped anywhere on the window opens the import wizard on it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void chooseCacheFile();
    void showLoading(const QString &message);
    void cacheLoaded(const QString &path, const LoadedOrg &org);
    void closeCache();
    void updateActions();
    void showPreferences();
    void applySessionSettings();
    void showAbout();
    void reconnect();
    void updateStartPage();

    QStackedWidget *m_pages;
    StartPage *m_startPage;
    LoadingPage *m_loadingPage;
    Workspace *m_workspace;
    StatusBarController *m_status;
    CacheOpener *m_opener;
    ExportController *m_exporter;
    SessionController *m_session;
    ChangeController *m_changes;
    std::unique_ptr<CacheDatabase> m_cache; // the GUI thread's connection, for the details panel
    QString m_cachePath;
    QList<QAction *> m_exportActions;
    QList<QAction *> m_paneActions; // in PaneKinds::all() order
    QAction *m_focusSearchAction = nullptr;
};
