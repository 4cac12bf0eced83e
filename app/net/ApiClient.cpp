#include "ApiClient.h"

#include "ApiJob.h"
#include "AppInfo.h"
#include "NetLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

ApiClient::ApiClient(QNetworkAccessManager &network, ApiEndpoint endpoint, ApiCredentials credentials,
    ApiClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(&network)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_settings(settings)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_settings.maxParallel = std::max(1, m_settings.maxParallel);
    m_settings.retry.maxAttempts = std::max(1, m_settings.retry.maxAttempts);
    m_clock.start();
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, &ApiClient::dispatch);
}

ApiClient::~ApiClient()
{
    // Jobs are children; their replies belong to the manager and must not call back into us.
    for (const QPointer<ApiJob> &job : std::as_const(m_active)) {
        if (job && job->m_reply)
            job->m_reply->disconnect(job);
    }
}

ApiJob *ApiClient::send(ApiRequest request)
{
    auto *job = new ApiJob(*this, std::move(request));
    m_queue.append(job);
    // Start from the event loop, so a caller can connect to `finished` first.
    QMetaObject::invokeMethod(this, &ApiClient::dispatch, Qt::QueuedConnection);
    return job;
}

void ApiClient::cancelAll()
{
    const auto queued = std::exchange(m_queue, {});
    for (const QPointer<ApiJob> &job : queued) {
        if (job)
            job->abort();
    }
    const auto active = m_active;
    for (const QPointer<ApiJob> &job : active) {
        if (job)
            job->abort();
    }
}

QString ApiClient::redact(QString text) const
{
    if (m_credentials.apiKey.size() >= 4)
        text.replace(QString::fromUtf8(m_credentials.apiKey), u"[redacted]"_s);
    return text;
}

QNetworkRequest ApiClient::buildRequest(const ApiRequest &request) const
{
    QNetworkRequest out(m_endpoint.url(request.version, request.path, request.query));
    out.setRawHeader("x-api-key", m_credentials.apiKey);
    if (!m_credentials.orgId.isEmpty())
        out.setRawHeader("x-org-id", m_credentials.orgId.toUtf8());
    out.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.method == ApiRequest::Method::Post
        || request.method == ApiRequest::Method::Put || request.method == ApiRequest::Method::Patch)
        out.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    out.setHeader(QNetworkRequest::UserAgentHeader, u"Bindery/%1"_s.arg(AppInfo::version()));
    out.setTransferTimeout(int(m_settings.transferTimeout.count()));
    // The key travels in a header: never follow a redirect to another origin with it.
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
#if QT_CONFIG(ssl)
    if (out.url().scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // stated, not assumed; nothing relaxes it
        out.setSslConfiguration(tls);
    }
#endif
    return out;
}

void ApiClient::dispatch()
{
    if (!m_network)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_pausedUntilMs) {
        m_resume.start(int(m_pausedUntilMs - now));
        return;
    }
    while (m_running < m_settings.maxParallel && !m_queue.isEmpty()) {
        QPointer<ApiJob> job = m_queue.takeFirst();
        if (!job || job->isDone())
            continue;
        ++m_running;
        ++m_requests;
        if (job->attempts() > 0)
            ++m_retries;
        if (!m_active.contains(job))
            m_active.append(job);
        job->startAttempt(*m_network);
    }
}

void ApiClient::attemptFinished(ApiJob *job, std::optional<milliseconds> retryDelay, bool rateLimited)
{
    m_running = std::max(0, m_running - 1);
    if (rateLimited && retryDelay) {
        // Everybody waits, not just this request.
        m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + qint64(retryDelay->count()));
    }
    if (retryDelay) {
        QPointer<ApiJob> guarded(job);
        QTimer::singleShot(*retryDelay, job, [this, guarded] {
            if (guarded)
                requeue(guarded);
        });
    }
    QMetaObject::invokeMethod(this, &ApiClient::dispatch, Qt::QueuedConnection);
}

void ApiClient::requeue(ApiJob *job)
{
    if (job->isDone())
        return;
    m_queue.prepend(job); // it has waited already; do not send it to the back of a long queue
    dispatch();
}

void ApiClient::jobFinished(ApiJob *job)
{
    m_active.removeAll(job);
    m_queue.removeAll(job);
}
