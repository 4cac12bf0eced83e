#pragma once

#include "SyncReport.h"

#include <QObject>
#include <QPointer>

class DirectorySession;
class QAction;
class QMenu;
class QWidget;
class StatusBarController;
class Workspace;
struct SyncProgress;

// The window's side of a connected org: starts the demo org (or, later, a profile), shows the
// first sync's progress while nothing is open yet, then keeps the open cache and the status bar
// in step with every sync — refreshing exactly the rows a sync changed.
class SessionController final : public QObject
{
    Q_OBJECT

public:
    SessionController(QWidget *dialogParent, Workspace *workspace, StatusBarController *status,
        QObject *parent = nullptr);
    ~SessionController() override;

    DirectorySession *session() const { return m_session; }
    void addActions(QMenu *menu);

    void openDemo();
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

private:
    void onProgress(const SyncProgress &progress);
    void onFinished(const SyncReport &report);
    void updateActions();
    bool showsSessionCache() const; // the window shows the session's cache, connected or not

    QPointer<QWidget> m_dialogParent;
    Workspace *m_workspace;
    StatusBarController *m_status;
    DirectorySession *m_session;
    QString m_openPath; // the cache the window shows, empty when none
    QAction *m_syncNow = nullptr;
    QAction *m_cancelSync = nullptr;
};
