#pragma once

#include "SyncConfig.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QObject>
#include <memory>

class ApiClient;
class CacheDatabase;
class QNetworkAccessManager;
class SyncEngine;

// The half of SyncController that lives on the sync thread: it creates the network manager,
// the cache connection and the engine there (Qt network and SQLite objects belong to the thread
// that made them) and keeps them between syncs so connections are reused.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(QObject *parent = nullptr);
    ~SyncWorker() override;

    void run(const SyncConfig &config);
    void cancel();

Q_SIGNALS:
    void progress(const SyncProgress &progress);
    void finished(const SyncReport &report);

private:
    void reportFailure(const QString &code, const QString &message);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
};
