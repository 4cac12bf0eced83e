#include "OutboxPushWorker.h"

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "OutboxPusher.h"

#include <QNetworkAccessManager>

OutboxPushWorker::OutboxPushWorker(QObject *parent)
    : QObject(parent)
{
}

OutboxPushWorker::~OutboxPushWorker()
{
    // The pusher and client refer to the manager and the cache: they go first.
    m_pusher.reset();
    m_client.reset();
}

void OutboxPushWorker::run(const OutboxPushConfig &config)
{
    if (m_pusher && m_pusher->isRunning())
        return;
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (!m_cache || m_cache->path() != config.cachePath) {
        m_pusher.reset();
        m_cache.reset();
        auto opened = CacheDatabase::open(config.cachePath);
        if (!opened) {
            OutboxPushSummary summary;
            summary.error = { 0, opened.error().code, opened.error().detail, {} };
            Q_EMIT finished(summary);
            return;
        }
        m_cache = std::move(opened.value());
    }
    // A fresh client and pusher per push: the endpoint or the key may have changed meanwhile.
    m_pusher.reset();
    m_client = std::make_unique<ApiClient>(*m_network, config.endpoint, config.credentials, config.client);
    m_pusher = std::make_unique<OutboxPusher>(*m_client, *m_cache, config.pusher);
    connect(m_pusher.get(), &OutboxPusher::rowStateChanged, this, &OutboxPushWorker::rowStateChanged);
    connect(m_pusher.get(), &OutboxPusher::touched, this, &OutboxPushWorker::touched);
    connect(m_pusher.get(), &OutboxPusher::pushFinished, this, &OutboxPushWorker::finished);
    m_pusher->start();
}

void OutboxPushWorker::cancel()
{
    if (m_pusher)
        m_pusher->cancel();
}
