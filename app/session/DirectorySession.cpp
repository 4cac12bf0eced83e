#include "DirectorySession.h"

#include "DemoDirectoryProcess.h"
#include "OutboxPushConfig.h"
#include "OutboxPushController.h"
#include "SyncConfig.h"
#include "SyncController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

DirectorySession::DirectorySession(QObject *parent)
    : QObject(parent)
    , m_sync(new SyncController(this))
    , m_push(new OutboxPushController(this))
{
    connect(m_sync, &SyncController::started, this, &DirectorySession::syncStarted);
    connect(m_sync, &SyncController::progress, this, &DirectorySession::syncProgress);
    connect(m_sync, &SyncController::finished, this, [this](const SyncReport &report) {
        Q_EMIT syncFinished(report);
        // Changes made offline (or while this sync ran) go out once the cache is current.
        if (report.ok())
            m_pushWanted = true;
        startPushIfWanted();
    });
    connect(m_push, &OutboxPushController::started, this, &DirectorySession::pushStarted);
    connect(m_push, &OutboxPushController::finished, this, [this](const OutboxPushSummary &summary) {
        Q_EMIT pushFinished(summary);
        if (summary.done > 0)
            syncNow(); // re-read what the directory made of the changes
        else
            startPushIfWanted(); // a change queued during this push
    });
}

DirectorySession::~DirectorySession()
{
    // The sync thread stops in SyncController's destructor; the demo child is stopped by its own.
    if (m_demo)
        m_demo->stop();
}

QString DirectorySession::demoName()
{
    return QCoreApplication::translate("DirectorySession", "Demo org");
}

void DirectorySession::connectTo(const Target &target)
{
    m_target = target;
    m_connected = true;
    QDir().mkpath(QFileInfo(target.cachePath).absolutePath()); // a first connection has no cache folder yet
    SyncConfig config;
    config.endpoint = target.endpoint;
    config.credentials = target.credentials;
    config.cachePath = target.cachePath;
    m_sync->setConfig(config);
    m_sync->setInterval(m_interval);
    OutboxPushConfig pushConfig;
    pushConfig.endpoint = target.endpoint;
    pushConfig.credentials = target.credentials;
    pushConfig.cachePath = target.cachePath;
    m_push->setConfig(pushConfig);
    m_sync->start();
}

void DirectorySession::pushNow()
{
    m_pushWanted = true;
    startPushIfWanted();
}

void DirectorySession::startPushIfWanted()
{
    // One writer of the server at a time: a push waits for a running sync, and the other way round.
    if (!m_connected || !m_pushWanted || m_sync->isRunning() || m_push->isRunning())
        return;
    m_pushWanted = false;
    m_push->start();
}

void DirectorySession::startDemo(const QString &cachePath)
{
    disconnectFromDirectory();
    auto *demo = new DemoDirectoryProcess(this);
    m_demo = demo;
    if (!m_demoExecutable.isEmpty())
        demo->setExecutable(m_demoExecutable);
    demo->setSeed(m_demoSeed);
    connect(demo, &DemoDirectoryProcess::ready, this, [this, demo, cachePath](const QUrl &baseUrl) {
        auto endpoint = ApiEndpoint::fromUrl(baseUrl);
        if (!endpoint) {
            Q_EMIT failed(endpoint.error().detail);
            return;
        }
        connectTo({ demoName(), endpoint.value(), demo->credentials(), cachePath });
    });
    connect(demo, &DemoDirectoryProcess::failed, this, [this](const QString &reason) {
        m_connected = false;
        Q_EMIT failed(tr("The demo directory could not start: %1").arg(reason));
    });
    connect(demo, &DemoDirectoryProcess::stopped, this, [this] {
        // The child went away under us (crashed or killed): keep browsing the cache, offline.
        if (!m_connected)
            return;
        m_connected = false;
        m_sync->setInterval(std::chrono::minutes(0));
        m_sync->cancel();
        Q_EMIT disconnected();
    });
    Q_EMIT preparing(tr("Starting the demo directory…"));
    demo->start();
}

void DirectorySession::syncNow()
{
    if (m_connected)
        m_sync->start();
}

void DirectorySession::cancelSync()
{
    m_sync->cancel();
}

void DirectorySession::setSyncInterval(std::chrono::minutes interval)
{
    m_interval = interval;
    if (m_connected)
        m_sync->setInterval(interval);
}

DemoDirectoryProcess *DirectorySession::demoDirectory() const
{
    return m_demo.data();
}

bool DirectorySession::isDemo() const
{
    return !m_demo.isNull();
}

bool DirectorySession::isSyncing() const
{
    return m_sync->isRunning();
}

void DirectorySession::disconnectFromDirectory()
{
    const bool wasConnected = m_connected;
    m_connected = false;
    m_sync->setInterval(std::chrono::minutes(0));
    m_sync->cancel();
    m_push->cancel();
    m_pushWanted = false;
    if (m_demo) {
        m_demo->disconnect(this);
        m_demo->stop();
        m_demo->deleteLater();
        m_demo = nullptr;
    }
    m_target.credentials = {}; // the key lives no longer than the connection
    if (wasConnected)
        Q_EMIT disconnected();
}
