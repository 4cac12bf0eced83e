#pragma once

#include "ChangeSet.h"
#include "SyncReport.h"

#include <QObject>
#include <QPointer>

class ConnectionFlow;
class DirectorySession;
struct ConnectionTarget;
class QAction;
class QMenu;
class QWidget;
class StatusBarController;
class Workspace;
struct SyncProgress;

// The window's side of a connected org: connects to a saved profile (through ConnectionFlow) or starts the demo
// org, shows the first sync's progress while nothing is open yet (a profile with a cache opens it at once and syncs
// behind it), then keeps the open cache and the status bar in step with every sync — refreshing exactly the rows a
// sync changed.
class SessionController final : public QObject
{
    Q_OBJECT

public:
    SessionController(
        QWidget *dialogParent, Workspace *workspace, StatusBarController *status, QObject *parent = nullptr);
    ~SessionController() override;

    DirectorySession *session() const { return m_session; }
    ConnectionFlow *connections() const { return m_connections; }
    // Test seam: a flow over stores of the test's choosing (the controller takes ownership).
    void setConnectionFlow(ConnectionFlow *flow);
    void addActions(QMenu *menu);
    QAction *connectAction() const { return m_connect; }
    QAction *pushAction() const { return m_push; }

    void openDemo();
    // "Connect to an org…": the connection manager, or the new-connection dialog when there is no profile yet.
    void chooseConnection();
    // A profile was chosen and its key read: connect, open its cache (or sync it first when there is none).
    void connectTo(const ConnectionTarget &target);
    // The window opened `path` (after our first sync or on its own). Says whether it is live.
    void cacheOpened(const QString &path);
    // The window is about to open another file or close: a session on a different cache ends.
    void cacheClosing(const QString &nextPath);

Q_SIGNALS:
    void loadingMessage(const QString &message); // nothing open yet: show this on the loading page
    void openCacheRequested(const QString &path); // first sync done: open its cache
    void failedBeforeOpen(); // could not connect and nothing is open: back to the start page
    void statusMessage(const QString &message);
    void outboxChanged(); // a push changed row states: views of the outbox refresh
    // A sync changed the open cache and the workspace re-read those rows: whoever keeps its own copy reloads it.
    void cacheUpdated(const ChangeSet &changes);
    void connectionsChanged(); // profiles added, edited or removed (the start page lists the last one)

private:
    void onProgress(const SyncProgress &progress);
    void onFinished(const SyncReport &report);
    void updateActions();
    bool showsSessionCache() const; // the window shows the session's cache, connected or not
    void applyToWorkspace(const ChangeSet &changes);

    QPointer<QWidget> m_dialogParent;
    Workspace *m_workspace;
    StatusBarController *m_status;
    DirectorySession *m_session;
    ConnectionFlow *m_connections = nullptr;
    QString m_openPath; // the cache the window shows, empty when none
    QString m_openingPath; // the session's cache, asked to open and not open yet
    QList<ChangeSet> m_changesWhileOpening; // syncs that finished meanwhile: applied once it is open
    QAction *m_connect = nullptr;
    QAction *m_manage = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_cancelSync = nullptr;
    QAction *m_push = nullptr;
};
