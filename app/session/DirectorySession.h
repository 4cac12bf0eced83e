#pragma once

#include "ApiCredentials.h"
#include "ApiEndpoint.h"
#include "OutboxPushSummary.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QObject>
#include <QPointer>
#include <chrono>

class DemoDirectoryProcess;
class OutboxPushController;
class SyncController;

// One connected org: where the directory is, the key (in memory only), the cache file it syncs
// into, the sync and the outbox push, each on its own thread. Pending changes are pushed after
// the first sync and whenever pushNow() is called; a push that changed anything is followed by
// a sync, so the cache shows what the directory (and its agents) made of the changes. The demo org is the same thing
// with a bindery-sandbox child as the directory — one code path, no demo special cases past start-up.
class DirectorySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectorySession)

public:
    struct Target
    {
        QString name; // for people: the profile's name, or "Demo org"
        ApiEndpoint endpoint;
        ApiCredentials credentials;
        QString cachePath;
    };

    explicit DirectorySession(QObject *parent = nullptr);
    ~DirectorySession() override;

    // Connects and starts the first sync at once.
    void connectTo(const Target &target);
    // Starts bindery-sandbox --seed demo, then connects to it with `cachePath` as the cache.
    void startDemo(const QString &cachePath);
    // Test seams for the demo child.
    void setDemoExecutable(const QString &path) { m_demoExecutable = path; }
    void setDemoSeed(const QString &seed) { m_demoSeed = seed; }

    void syncNow();
    void cancelSync();
    // Sends the outbox's pending changes (no-op offline or while a push runs; queued while syncing).
    void pushNow();
    void setSyncInterval(std::chrono::minutes interval);
    std::chrono::minutes syncInterval() const { return m_interval; }
    // Stops syncing and, for the demo, the child directory.
    void disconnectFromDirectory();

    bool isConnected() const { return m_connected; }
    bool isSyncing() const;
    bool isDemo() const;
    QString name() const { return m_target.name; }
    QString cachePath() const { return m_target.cachePath; }
    ApiEndpoint endpoint() const { return m_target.endpoint; }

    // The push thread, for those who follow a push row by row (the import wizard); start pushes with pushNow().
    OutboxPushController *pushController() const { return m_push; }

    // The demo's child directory while it runs (null otherwise); tests reach its key and port here.
    DemoDirectoryProcess *demoDirectory() const;

    static QString demoName();

Q_SIGNALS:
    void preparing(const QString &message); // before the first sync: "Starting the demo directory…"
    void syncStarted();
    void syncProgress(const SyncProgress &progress);
    void syncFinished(const SyncReport &report);
    void pushStarted();
    void pushFinished(const OutboxPushSummary &summary);
    void failed(const QString &reason); // could not start or reach the directory at all
    void disconnected();

private:
    void startPushIfWanted();

    SyncController *m_sync;
    OutboxPushController *m_push;
    bool m_pushWanted = false;
    QPointer<DemoDirectoryProcess> m_demo;
    QString m_demoExecutable;
    QString m_demoSeed = QStringLiteral("demo");
    Target m_target;
    std::chrono::minutes m_interval { 0 };
    bool m_connected = false;
};
