#include "ChangeController.h"

#include "BindingController.h"
#include "CacheDatabase.h"
#include "ChangeActions.h"
#include "DetailsPanel.h"
#include "DirectorySession.h"
#include "ImportWizard.h"
#include "MessageBox.h"
#include "ObjectPane.h"
#include "OutboxModel.h"
#include "OutboxTouchedObjects.h"
#include "PendingChangesView.h"
#include "SessionController.h"
#include "SessionSettings.h"
#include "Workspace.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;

ChangeController::ChangeController(QMainWindow *window, Workspace *workspace, SessionController *session)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_session(session)
    , m_actions(new ChangeActions(window, this))
    , m_binding(new BindingController(window, this))
    , m_pendingView(new PendingChangesView)
    , m_pendingDock(new QDockWidget(tr("Pending changes"), window))
    , m_pendingButton(new QToolButton(window))
    , m_importAction(new QAction(tr("&Import users from CSV…"), this))
{
    m_pendingView->setObjectName(u"pendingChangesView"_s);
    m_pendingDock->setObjectName(u"pendingChangesDock"_s);
    m_pendingDock->setWidget(m_pendingView);
    m_pendingDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_pendingDock);
    m_pendingDock->hide(); // shown from View, the status bar, or when a change fails
    pendingAction()->setObjectName(u"showPendingChangesAction"_s);
    pendingAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));

    // A permanent status bar button: what waits or failed, one click from the list.
    m_pendingButton->setObjectName(u"pendingChangesButton"_s);
    m_pendingButton->setAutoRaise(true);
    m_pendingButton->setToolTip(tr("Show the pending changes"));
    m_pendingButton->hide();
    window->statusBar()->addPermanentWidget(m_pendingButton);
    connect(m_pendingButton, &QToolButton::clicked, this, [this] {
        m_pendingDock->show();
        m_pendingDock->raise();
        m_pendingView->table()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_pendingView, &PendingChangesView::countsChanged, this, &ChangeController::updatePendingButton);
    // Every refresh of the outbox view (a change, a push, an undo) re-marks the tables' rows; cheap (few rows).
    connect(m_pendingView->model(), &QAbstractItemModel::dataChanged, this, &ChangeController::updateMarks);
    connect(m_pendingView->model(), &QAbstractItemModel::rowsInserted, this, &ChangeController::updateMarks);
    connect(m_pendingView->model(), &QAbstractItemModel::rowsRemoved, this, &ChangeController::updateMarks);
    connect(m_pendingView->model(), &QAbstractItemModel::modelReset, this, &ChangeController::updateMarks);

    m_importAction->setObjectName(u"importUsersAction"_s);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAction->setStatusTip(tr("Check a CSV file of users row by row, then import it"));
    m_importAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, [this] { importUsers(); });

    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(SessionSettings::DefaultSendDelay);
    connect(&m_pushTimer, &QTimer::timeout, this, [this] { m_session->session()->pushNow(); });

    // Everything that writes the outbox ends here; a push or a sync only needs the view refreshed.
    connect(m_actions, &ChangeActions::outboxChanged, this, &ChangeController::localChangeMade);
    connect(m_binding, &BindingController::outboxChanged, this, &ChangeController::localChangeMade);
    connect(m_pendingView, &PendingChangesView::outboxChanged, this, &ChangeController::localChangeMade);
    connect(m_binding, &BindingController::statusMessage, this, &ChangeController::statusMessage);
    connect(session, &SessionController::outboxChanged, m_pendingView, &PendingChangesView::refresh);
    connect(session, &SessionController::cacheUpdated, this, [this] {
        m_pendingView->refresh();
        m_binding->reloadOrg(); // plans see what the sync brought (the agents' new accounts, others' edits)
        m_actions->setSelection(m_workspace->currentKind(), m_workspace->currentPane()->selectedIds());
    });
    connect(session->session(), &DirectorySession::pushFinished, this, [this](const OutboxPushSummary &summary) {
        if (summary.failed > 0)
            m_pendingDock->show(); // a refused change needs the admin; say it where it can be acted on
    });
    connect(m_workspace, &Workspace::orgShown, m_binding, &BindingController::loadOrg);
    wirePanes();
}

ChangeController::~ChangeController()
{
    delete m_wizard.data(); // it borrows the cache connection the window is about to close
}

ImportWizard *ChangeController::importWizard() const
{
    return m_wizard;
}

QAction *ChangeController::pendingAction() const
{
    return m_pendingDock->toggleViewAction();
}

void ChangeController::wirePanes()
{
    for (ObjectPane *pane : m_workspace->panes()) {
        pane->setContextActions(m_actions->contextActions(pane->kind()));
        connect(pane, &ObjectPane::dropRequested, m_binding, &BindingController::handleDrop);
        connect(pane, &ObjectPane::bindToRequested, m_binding, &BindingController::chooseTargetAndBind);
    }
    connect(m_workspace, &Workspace::selectionChanged, m_actions, &ChangeActions::setSelection);
    connect(m_workspace->details(), &DetailsPanel::unbindRequested, m_binding, &BindingController::requestUnbind);
    m_binding->setSelectionProvider([this] { return m_workspace->currentPane()->selectedObjects(); });
}

void ChangeController::setCache(CacheDatabase *cache)
{
    if (m_cache == cache)
        return;
    if (m_wizard) {
        // Rows it queued are in the outbox already; what it was still checking is dropped with it.
        delete m_wizard.data();
    }
    m_pushTimer.stop();
    m_cache = cache;
    m_actions->setCache(cache);
    // Reading the org for binding waits until the org's rows are on screen, unless they already are.
    m_binding->setCache(cache,
        m_workspace->isOrgShown() ? BindingController::OrgLoad::Now : BindingController::OrgLoad::OnDemand);
    m_pendingView->setCache(cache);
    m_importAction->setEnabled(cache != nullptr);
    if (cache)
        m_actions->setSelection(m_workspace->currentKind(), m_workspace->currentPane()->selectedIds());
    else
        updatePendingButton(0, 0);
}

void ChangeController::importUsers(const QString &path)
{
    if (!m_cache) {
        MessageBox::Message message;
        message.icon = QMessageBox::Information;
        message.title = tr("Import users");
        message.text = tr("Open an org first: the import checks every row against the org's users, devices and "
                          "groups before anything is sent.");
        MessageBox::show(m_window, message);
        return;
    }
    if (!m_wizard) {
        m_wizard = new ImportWizard(*m_cache, isLive() ? m_session->session() : nullptr, m_window);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        // The wizard pushes its own rows when the admin commits: no grace period to wait out.
        connect(m_wizard, &ImportWizard::outboxChanged, m_pendingView, &PendingChangesView::refresh);
    }
    if (!path.isEmpty())
        m_wizard->openFile(path);
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

bool ChangeController::isLive() const
{
    const DirectorySession *session = m_session->session();
    return m_cache && session->isConnected()
        && QDir::cleanPath(session->cachePath()) == QDir::cleanPath(m_cache->path());
}

void ChangeController::setPushDelay(std::chrono::milliseconds delay)
{
    m_pushTimer.setInterval(delay);
}

void ChangeController::localChangeMade()
{
    m_pendingView->refresh();
    schedulePush();
}

void ChangeController::schedulePush()
{
    if (!isLive())
        return; // offline: the changes wait in the outbox for the next connection
    if (m_pendingView->model()->unsentCount() == 0)
        return;
    m_pushTimer.start(); // restarted by every change, so a burst of edits goes out together
}

void ChangeController::updateMarks()
{
    m_workspace->setChangeMarks(OutboxTouchedObjects::of(m_pendingView->model()->rows()));
}

void ChangeController::updatePendingButton(int pending, int failed)
{
    QStringList parts;
    if (pending > 0)
        parts << tr("%n pending change(s)", nullptr, pending);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    m_pendingButton->setText(parts.join(u" · "_s));
    m_pendingButton->setVisible(!parts.isEmpty());
}

void ChangeController::populateEditMenu(QMenu *menu) const
{
    menu->addAction(m_binding->undoAction());
    menu->addSeparator();
    menu->addAction(m_binding->bindToAction());
}

void ChangeController::populateChangesMenu(QMenu *menu) const
{
    m_actions->populateMenu(menu);
    menu->addSeparator();
    menu->addAction(pendingAction());
}
