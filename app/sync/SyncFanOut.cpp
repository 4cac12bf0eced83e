#include "SyncFanOut.h"

#include "ApiClient.h"

using namespace Qt::StringLiterals;

SyncFanOut::SyncFanOut(
    ApiClient &client, QStringList sources, OptionsFor optionsFor, Consume consume, int window, QObject *parent)
    : QObject(parent)
    , m_client(&client)
    , m_sources(std::move(sources))
    , m_optionsFor(std::move(optionsFor))
    , m_consume(std::move(consume))
    , m_window(std::max(1, window))
{
}

void SyncFanOut::start()
{
    if (m_sources.isEmpty()) {
        m_done = true;
        Q_EMIT progress(0, 0);
        // Queued: the caller connects after constructing and may start several fan-outs in a row.
        QMetaObject::invokeMethod(this, &SyncFanOut::finished, Qt::QueuedConnection);
        return;
    }
    startNext();
}

void SyncFanOut::startNext()
{
    while (!m_done && m_client && m_running.size() < m_window && m_next < m_sources.size()) {
        const QString sourceId = m_sources.at(m_next++);
        auto *pager = new ApiPager(*m_client, m_optionsFor(sourceId), this);
        m_running.append(pager);
        connect(pager, &ApiPager::finished, this, [this, pager, sourceId] { onPagerFinished(pager, sourceId); });
        pager->start();
    }
}

void SyncFanOut::onPagerFinished(ApiPager *pager, const QString &sourceId)
{
    m_running.removeAll(pager);
    pager->deleteLater();
    if (m_done)
        return;
    if (!pager->error().isNull())
        return fail(pager->error());
    const PagedResult &result = pager->result();
    if (result.shortOfTotal()) {
        return fail({ 0, QString::fromLatin1(ApiError::Incomplete),
            u"fetched %1 of %2 items"_s.arg(result.items.size()).arg(result.reportedTotal), pager->options().path });
    }
    m_consume(sourceId, result);
    ++m_completed;
    Q_EMIT progress(m_completed, total());
    if (m_completed == total()) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    startNext();
}

void SyncFanOut::abort()
{
    fail({ 0, QString::fromLatin1(ApiError::Cancelled), u"cancelled"_s, {} });
}

void SyncFanOut::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    const auto running = std::exchange(m_running, {});
    for (const QPointer<ApiPager> &pager : running) {
        if (pager)
            pager->abort();
    }
    Q_EMIT finished();
}
