#include "CacheOpener.h"

#include "CacheErrorMessage.h"
#include "MessageBox.h"
#include "OrgLoader.h"
#include "WorkerPool.h"

#include <QtConcurrent/QtConcurrentRun>

CacheOpener::CacheOpener(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &CacheOpener::loadFinished);
    connect(&m_rebuildWatcher, &QFutureWatcherBase::finished, this, &CacheOpener::rebuildFinished);
}

CacheOpener::~CacheOpener()
{
    // A worker still reading must finish before the watchers go; its result is simply dropped.
    m_loadWatcher.waitForFinished();
    m_rebuildWatcher.waitForFinished();
}

void CacheOpener::open(const QString &path)
{
    m_loadingPath = path;
    Q_EMIT loadingStarted(path);
    m_loadWatcher.setFuture(OrgLoader::loadAsync(path));
}

bool CacheOpener::isBusy() const
{
    return m_loadWatcher.isRunning() || m_rebuildWatcher.isRunning();
}

std::unique_ptr<CacheDatabase> CacheOpener::takeCache()
{
    return std::move(m_cache);
}

void CacheOpener::loadFinished()
{
    // setFuture() on a running watcher replaces the future, so this is always the latest load.
    Result<LoadedOrg> result = m_loadWatcher.result();
    const QString path = m_loadingPath;
    if (!result)
        return handleFailure(path, result.error());
    // The details panel reads on the GUI thread through its own connection; opening it right
    // after the worker's successful read is fast (the schema is already current).
    auto cache = CacheDatabase::open(path);
    if (!cache)
        return handleFailure(path, cache.error());
    m_cache = std::move(cache).value();
    Q_EMIT opened(path, result.value());
}

void CacheOpener::handleFailure(const QString &path, const Error &error)
{
    switch (MessageBox::show(m_dialogParent, CacheErrorMessage::forLoadError(path, error))) {
    case MessageBox::RebuildCache:
        return rebuild(path);
    case MessageBox::TryAgain:
        return open(path);
    case MessageBox::OpenAnother:
        Q_EMIT openAnotherRequested();
        return;
    case MessageBox::Quit:
        Q_EMIT quitRequested();
        return;
    default:
        Q_EMIT abandoned();
        return;
    }
}

void CacheOpener::rebuild(const QString &path)
{
    m_rebuildingPath = path;
    Q_EMIT rebuildingStarted(path);
    m_rebuildWatcher.setFuture(
        QtConcurrent::run(WorkerPool::instance(), [path] { return CacheRecovery::rebuild(path); }));
}

void CacheOpener::rebuildFinished()
{
    const Result<CacheRecovery::Report> result = m_rebuildWatcher.result();
    const QString path = m_rebuildingPath;
    if (!result) {
        switch (MessageBox::show(m_dialogParent, CacheErrorMessage::forRebuildFailure(path, result.error()))) {
        case MessageBox::OpenAnother:
            Q_EMIT openAnotherRequested();
            return;
        case MessageBox::Quit:
            Q_EMIT quitRequested();
            return;
        default:
            Q_EMIT abandoned();
            return;
        }
    }
    MessageBox::show(m_dialogParent, CacheErrorMessage::forRebuildReport(path, result.value()));
    open(path);
}
