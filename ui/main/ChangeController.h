#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class BindingController;
class CacheDatabase;
class ChangeActions;
class ImportWizard;
class PendingChangesView;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolButton;
class SessionController;
class Workspace;

// The window's side of every change the admin makes: the change actions (forms and confirmations), binding by drag
// and drop or "Bind to…", the CSV import wizard and the pending changes dock. All of them write the outbox on the
// GUI thread's cache connection; this class then refreshes the pending view and, when connected, asks the session to
// push — after a short grace period, so "Undo" can take a change back before anything is sent.
class ChangeController final : public QObject
{
    Q_OBJECT

public:
    ChangeController(QMainWindow *window, Workspace *workspace, SessionController *session);
    ~ChangeController() override;

    // The GUI thread's connection, borrowed until setCache(nullptr), which also closes the import wizard.
    void setCache(CacheDatabase *cache);

    ChangeActions *actions() const { return m_actions; }
    BindingController *binding() const { return m_binding; }
    PendingChangesView *pendingView() const { return m_pendingView; }
    QDockWidget *pendingDock() const { return m_pendingDock; }
    QAction *importAction() const { return m_importAction; }
    QAction *pendingAction() const; // shows or hides the dock
    QToolButton *pendingButton() const { return m_pendingButton; }

    // File ▸ Import users…, or a CSV dropped on the window: opens the wizard (on `path` when given).
    void importUsers(const QString &path = QString());
    ImportWizard *importWizard() const; // the open wizard, or null

    // How long a local change waits before it is sent (Preferences, SessionSettings); 0 sends at once.
    void setPushDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds pushDelay() const { return m_pushTimer.intervalAsDuration(); }
    bool isPushScheduled() const { return m_pushTimer.isActive(); }

    void populateEditMenu(QMenu *menu) const;
    void populateChangesMenu(QMenu *menu) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void wirePanes();
    // The open cache is the connected session's: changes can be sent.
    bool isLive() const;
    // A form, a drop, the wizard or the pending view wrote the outbox.
    void localChangeMade();
    void schedulePush();
    void updatePendingButton(int pending, int failed);
    void updateMarks();

    QMainWindow *m_window;
    Workspace *m_workspace;
    SessionController *m_session;
    CacheDatabase *m_cache = nullptr;
    ChangeActions *m_actions;
    BindingController *m_binding;
    PendingChangesView *m_pendingView;
    QDockWidget *m_pendingDock;
    QToolButton *m_pendingButton;
    QAction *m_importAction;
    QPointer<ImportWizard> m_wizard;
    QTimer m_pushTimer;
};
