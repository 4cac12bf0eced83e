#include "SyncWorker.h"

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "SyncEngine.h"

#include <QNetworkAccessManager>

SyncWorker::SyncWorker(QObject *parent)
    : QObject(parent)
{
}

SyncWorker::~SyncWorker()
{
    // The engine and client refer to the manager and the cache: they go first.
    m_engine.reset();
    m_client.reset();
}

void SyncWorker::run(const SyncConfig &config)
{
    if (m_engine && m_engine->isRunning())
        return;
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (!m_cache || m_cache->path() != config.cachePath) {
        m_engine.reset();
        m_cache.reset();
        auto opened = CacheDatabase::open(config.cachePath);
        if (!opened)
            return reportFailure(opened.error().code, opened.error().detail);
        m_cache = std::move(opened.value());
    }
    // A fresh client and engine per sync: the endpoint or the key may have changed meanwhile,
    // and nothing of a previous sync must leak into the next.
    m_engine.reset();
    m_client = std::make_unique<ApiClient>(*m_network, config.endpoint, config.credentials, config.client);
    m_engine = std::make_unique<SyncEngine>(*m_client, *m_cache, config.engine);
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncWorker::progress);
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncWorker::finished);
    m_engine->start();
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::reportFailure(const QString &code, const QString &message)
{
    SyncReport report;
    report.error = { 0, code, message, {} };
    Q_EMIT finished(report);
}
