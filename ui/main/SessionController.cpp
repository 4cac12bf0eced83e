#include "SessionController.h"

#include "CacheLocation.h"
#include "ConnectionFlow.h"
#include "ConnectionTarget.h"
#include "DirectorySession.h"
#include "MessageBox.h"
#include "StatusBarController.h"
#include "Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace {
// The sync engine's collection keys, in words.
QString collectionName(const QString &key)
{
    static const QHash<QString, const char *> names {
        { u"users"_s, QT_TRANSLATE_NOOP("SessionController", "users") },
        { u"devices"_s, QT_TRANSLATE_NOOP("SessionController", "devices") },
        { u"userGroups"_s, QT_TRANSLATE_NOOP("SessionController", "user groups") },
        { u"deviceGroups"_s, QT_TRANSLATE_NOOP("SessionController", "device groups") },
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : QCoreApplication::translate("SessionController", it.value());
}
} // namespace

SessionController::SessionController(
    QWidget *dialogParent, Workspace *workspace, StatusBarController *status, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_workspace(workspace)
    , m_status(status)
    , m_session(new DirectorySession(this))
{
    connect(m_session, &DirectorySession::preparing, this, [this](const QString &message) {
        if (m_openPath.isEmpty())
            Q_EMIT loadingMessage(message);
    });
    connect(m_session, &DirectorySession::syncStarted, this, [this] {
        if (showsSessionCache())
            m_status->setState(ConnectionState::Syncing);
        else if (m_openingPath.isEmpty()) // the window is not reading this org's cache already
            Q_EMIT loadingMessage(tr("Syncing %1…").arg(m_session->name()));
        updateActions();
    });
    connect(m_session, &DirectorySession::syncProgress, this, &SessionController::onProgress);
    connect(m_session, &DirectorySession::syncFinished, this, &SessionController::onFinished);
    connect(m_session, &DirectorySession::pushFinished, this, [this](const OutboxPushSummary &summary) {
        if (summary.total == 0)
            return;
        Q_EMIT outboxChanged();
        if (summary.failed > 0)
            Q_EMIT statusMessage(
                tr("Sent %1 of %2 changes; %3 failed — see Pending changes for the directory's answer.")
                    .arg(summary.done)
                    .arg(summary.total)
                    .arg(summary.failed));
        else
            Q_EMIT statusMessage(tr("Sent %n change(s) to the directory.", nullptr, summary.done));
    });
    connect(m_session, &DirectorySession::failed, this, [this](const QString &reason) {
        MessageBox::Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("Could not connect");
        message.text = reason;
        MessageBox::show(m_dialogParent, message);
        if (m_openPath.isEmpty())
            Q_EMIT failedBeforeOpen();
        updateActions();
    });
    connect(m_session, &DirectorySession::disconnected, this, [this] {
        if (showsSessionCache()) {
            m_status->setState(ConnectionState::Offline);
            Q_EMIT statusMessage(
                tr("Disconnected from %1: the window shows the last snapshot, offline.").arg(m_session->name()));
        }
        updateActions();
    });
    if (dialogParent)
        setConnectionFlow(new ConnectionFlow(dialogParent));
}

SessionController::~SessionController() = default;

void SessionController::setConnectionFlow(ConnectionFlow *flow)
{
    delete m_connections;
    m_connections = flow;
    flow->setParent(this);
    connect(flow, &ConnectionFlow::connectRequested, this, &SessionController::connectTo);
    connect(flow, &ConnectionFlow::profilesChanged, this, &SessionController::connectionsChanged);
}

void SessionController::chooseConnection()
{
    if (!m_connections)
        return;
    if (m_connections->profiles().isEmpty())
        m_connections->addConnection();
    else
        m_connections->showManager();
}

void SessionController::connectTo(const ConnectionTarget &target)
{
    const auto endpoint = target.profile.endpoint();
    if (!endpoint) {
        MessageBox::Message message;
        message.icon = QMessageBox::Warning;
        message.title = tr("Could not connect");
        message.text = tr("The address of %1 is refused: %2").arg(target.profile.name, endpoint.error().detail);
        MessageBox::show(m_dialogParent, message);
        return;
    }
    // Before the sync starts: its thread creates the file of a first connection at once.
    const bool hasCache = QFileInfo::exists(target.cachePath);
    m_session->disconnectFromDirectory(); // one org at a time; a demo child stops here
    m_session->connectTo({ target.profile.name, endpoint.value(), target.credentials, target.cachePath });
    m_connections->setConnectedProfileId(target.profile.idString());
    updateActions();
    if (QDir::cleanPath(m_openPath) == QDir::cleanPath(target.cachePath))
        return; // the window shows this org's cache already: the sync refreshes it in place
    if (hasCache) {
        // Offline first: a cache from an earlier session opens at once and the sync refreshes it behind the window.
        m_openingPath = target.cachePath;
        Q_EMIT openCacheRequested(target.cachePath);
    } else {
        // A first connection: the loading page shows the first sync, then its cache opens.
        m_openPath.clear();
        Q_EMIT loadingMessage(tr("Connecting to %1…").arg(target.profile.name));
    }
}

void SessionController::addActions(QMenu *menu)
{
    m_connect = menu->addAction(tr("&Connect to an org…"), this, &SessionController::chooseConnection);
    m_connect->setObjectName(u"connectAction"_s);
    m_connect->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_manage = menu->addAction(tr("C&onnections…"), this, [this] {
        if (m_connections)
            m_connections->showManager();
    });
    m_manage->setObjectName(u"connectionsAction"_s);
    m_disconnect = menu->addAction(tr("&Disconnect"), m_session, &DirectorySession::disconnectFromDirectory);
    m_disconnect->setObjectName(u"disconnectAction"_s);
    menu->addSeparator();
    m_syncNow = menu->addAction(tr("&Sync now"), m_session, &DirectorySession::syncNow);
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_cancelSync = menu->addAction(tr("Cancel s&ync"), m_session, &DirectorySession::cancelSync);
    m_cancelSync->setObjectName(u"cancelSyncAction"_s);
    m_push = menu->addAction(tr("Send &pending changes"), m_session, &DirectorySession::pushNow);
    m_push->setObjectName(u"pushNowAction"_s);
    m_push->setStatusTip(tr("Send the changes waiting in the outbox to the directory now"));
    updateActions();
}

void SessionController::openDemo()
{
    if (m_connections)
        m_connections->setConnectedProfileId(QString());
    m_session->startDemo(CacheLocation::fileForProfile(u"demo"_s));
    updateActions();
}

void SessionController::cacheOpened(const QString &path)
{
    m_openPath = path;
    m_openingPath.clear();
    if (showsSessionCache() && m_session->isConnected()) {
        m_status->setState(m_session->isSyncing() ? ConnectionState::Syncing : ConnectionState::Online);
        // Syncs that finished while the window was reading the file may or may not be in what it read.
        const QList<ChangeSet> missed = std::exchange(m_changesWhileOpening, {});
        for (const ChangeSet &changes : missed)
            applyToWorkspace(changes);
    }
    m_changesWhileOpening.clear();
    updateActions();
}

void SessionController::cacheClosing(const QString &nextPath)
{
    m_openPath.clear();
    if (QDir::cleanPath(nextPath) != QDir::cleanPath(m_openingPath)) {
        m_openingPath.clear();
        m_changesWhileOpening.clear();
    }
    if (m_session->isConnected() && QDir::cleanPath(nextPath) != QDir::cleanPath(m_session->cachePath()))
        m_session->disconnectFromDirectory();
    updateActions();
}

bool SessionController::showsSessionCache() const
{
    return !m_session->cachePath().isEmpty() && !m_openPath.isEmpty()
        && QDir::cleanPath(m_openPath) == QDir::cleanPath(m_session->cachePath());
}

void SessionController::onProgress(const SyncProgress &progress)
{
    const QString what = collectionName(progress.collection);
    const QString text = progress.total >= 0
        ? tr("Syncing %1: %2 of %3 %4").arg(m_session->name()).arg(progress.fetched).arg(progress.total).arg(what)
        : tr("Syncing %1: %2 %3").arg(m_session->name()).arg(progress.fetched).arg(what);
    if (showsSessionCache())
        Q_EMIT statusMessage(text);
    else if (m_openPath.isEmpty() && m_openingPath.isEmpty())
        Q_EMIT loadingMessage(text);
}

void SessionController::onFinished(const SyncReport &report)
{
    updateActions();
    if (!report.ok()) {
        const QString reason = report.error.oneLine();
        if (showsSessionCache()) {
            // The directory could not be read just now: for the admin that is offline, whatever the cause.
            m_status->setState(ConnectionState::Offline);
            Q_EMIT statusMessage(tr("Sync failed; the window keeps the last snapshot. %1").arg(reason));
            return;
        }
        if (m_openPath.isEmpty()) {
            MessageBox::Message message;
            message.icon = QMessageBox::Warning;
            message.title = tr("Sync failed");
            message.text = tr("Bindery could not fetch %1.").arg(m_session->name().toHtmlEscaped());
            message.informativeText = reason;
            MessageBox::show(m_dialogParent, message);
            m_session->disconnectFromDirectory();
            Q_EMIT failedBeforeOpen();
        }
        return;
    }
    if (!showsSessionCache()) {
        if (!m_openingPath.isEmpty())
            m_changesWhileOpening.append(report.changes); // already opening: applied once it is open
        else if (m_openPath.isEmpty()) {
            m_openingPath = m_session->cachePath();
            Q_EMIT openCacheRequested(m_session->cachePath());
        }
        return;
    }
    m_status->setState(ConnectionState::Online);
    applyToWorkspace(report.changes);
    m_status->setSyncedNow();
    const int changed = report.changes.rowsWritten;
    Q_EMIT statusMessage(
        changed == 0 ? tr("Synced: nothing changed.") : tr("Synced: %n rows changed.", nullptr, changed));
}

void SessionController::applyToWorkspace(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    if (auto applied = m_workspace->applyChanges(changes); !applied) {
        Q_EMIT statusMessage(
            tr("The sync finished but the window could not re-read the cache: %1").arg(applied.error().detail));
        return;
    }
    Q_EMIT cacheUpdated(changes);
}

void SessionController::updateActions()
{
    if (!m_syncNow)
        return;
    m_disconnect->setEnabled(m_session->isConnected());
    m_syncNow->setEnabled(m_session->isConnected() && !m_session->isSyncing());
    m_cancelSync->setEnabled(m_session->isSyncing());
    m_push->setEnabled(m_session->isConnected());
    m_connect->setEnabled(m_connections != nullptr);
    m_manage->setEnabled(m_connections != nullptr);
}
