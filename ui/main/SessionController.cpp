#include "SessionController.h"

#include "CacheLocation.h"
#include "DirectorySession.h"
#include "MessageBox.h"
#include "StatusBarController.h"
#include "Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QDir>
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
        else
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
            Q_EMIT statusMessage(tr("Sent %1 of %2 changes; %3 failed — see Pending changes for the directory's answer.")
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
            Q_EMIT statusMessage(tr("Disconnected from %1: the window shows the last snapshot, offline.")
                                     .arg(m_session->name()));
        }
        updateActions();
    });
}

SessionController::~SessionController() = default;

void SessionController::addActions(QMenu *menu)
{
    m_syncNow = menu->addAction(tr("&Sync now"), m_session, &DirectorySession::syncNow);
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_cancelSync = menu->addAction(tr("&Cancel sync"), m_session, &DirectorySession::cancelSync);
    m_cancelSync->setObjectName(u"cancelSyncAction"_s);
    updateActions();
}

void SessionController::openDemo()
{
    m_session->startDemo(CacheLocation::fileForProfile(u"demo"_s));
    updateActions();
}

void SessionController::cacheOpened(const QString &path)
{
    m_openPath = path;
    if (showsSessionCache() && m_session->isConnected())
        m_status->setState(m_session->isSyncing() ? ConnectionState::Syncing : ConnectionState::Online);
    updateActions();
}

void SessionController::cacheClosing(const QString &nextPath)
{
    m_openPath.clear();
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
    else if (m_openPath.isEmpty())
        Q_EMIT loadingMessage(text);
}

void SessionController::onFinished(const SyncReport &report)
{
    updateActions();
    if (!report.ok()) {
        const QString reason = report.error.oneLine();
        if (showsSessionCache()) {
            m_status->setState(m_session->isConnected() ? ConnectionState::Online : ConnectionState::Offline);
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
        if (m_openPath.isEmpty())
            Q_EMIT openCacheRequested(m_session->cachePath());
        return;
    }
    m_status->setState(ConnectionState::Online);
    if (auto applied = m_workspace->applyChanges(report.changes); !applied) {
        Q_EMIT statusMessage(tr("The sync finished but the window could not re-read the cache: %1")
                                 .arg(applied.error().detail));
        return;
    }
    m_status->setSyncedNow();
    const int changed = report.changes.rowsWritten;
    Q_EMIT statusMessage(changed == 0 ? tr("Synced: nothing changed.") : tr("Synced: %n rows changed.", nullptr, changed));
}

void SessionController::updateActions()
{
    if (!m_syncNow)
        return;
    m_syncNow->setEnabled(m_session->isConnected() && !m_session->isSyncing());
    m_cancelSync->setEnabled(m_session->isSyncing());
}
