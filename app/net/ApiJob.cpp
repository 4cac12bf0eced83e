#include "ApiJob.h"

#include "ApiClient.h"
#include "NetLogging.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;
using namespace std::chrono;

ApiJob::ApiJob(ApiClient &client, ApiRequest request)
    : QObject(&client)
    , m_client(&client)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
}

void ApiJob::startAttempt(QNetworkAccessManager &network)
{
    ++m_attempt;
    m_timedOut = false;
    m_response = {};
    m_error = {};
    m_clock.start();
    const QNetworkRequest request = m_client->buildRequest(m_request);
    switch (m_request.method) {
    case ApiRequest::Method::Get:
        m_reply = network.get(request);
        break;
    case ApiRequest::Method::Post:
        m_reply = network.post(request, m_request.body);
        break;
    case ApiRequest::Method::Put:
        m_reply = network.put(request, m_request.body);
        break;
    case ApiRequest::Method::Delete:
        m_reply = m_request.body.isEmpty() ? network.deleteResource(request)
                                           : network.sendCustomRequest(request, "DELETE", m_request.body);
        break;
    case ApiRequest::Method::Patch:
        m_reply = network.sendCustomRequest(request, "PATCH", m_request.body);
        break;
    }
    // Our own stall timer as well as setTransferTimeout: a custom QNetworkReply (a proxy, the
    // test double) does not implement the latter, and a hang must end either way.
    const auto restart = [this] { m_timeout.start(m_client->settings().transferTimeout); };
    connect(m_reply, &QNetworkReply::downloadProgress, this, restart);
    connect(m_reply, &QNetworkReply::uploadProgress, this, restart);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    restart();
}

void ApiJob::onTimeout()
{
    if (!m_reply || m_reply->isFinished())
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiJob::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort(); // onReplyFinished reports
        return;
    }
    // Queued or waiting for a retry: nothing on the wire.
    m_error = { 0, QString::fromLatin1(ApiError::Cancelled), u"cancelled"_s, m_request.describe(m_client->endpoint()) };
    if (m_client)
        m_client->jobFinished(this);
    finish();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();
    const std::optional<milliseconds> retryDelay = classify(*reply);
    const bool rateLimited = m_error.httpStatus == 429;
    if (m_error.isNull())
        qCDebug(lcNet) << m_request.verb() << reply->url().path() << m_response.httpStatus << m_clock.elapsed() << "ms";
    else
        qCInfo(lcNet).noquote() << "attempt" << m_attempt << "failed:" << m_client->redact(m_error.oneLine())
                                << (retryDelay ? u"; retry in %1 ms"_s.arg(retryDelay->count()) : QString());
    if (!m_client)
        return finish();
    m_client->attemptFinished(this, retryDelay, rateLimited);
    if (!retryDelay) {
        m_client->jobFinished(this);
        finish();
    }
}

std::optional<milliseconds> ApiJob::classify(QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply.error();
    // An aborted reply is closed; reading it only earns a Qt warning on stderr.
    const QByteArray body = reply.isOpen() ? reply.readAll() : QByteArray();
    const QString where = m_request.describe(m_client->endpoint());
    const auto fail = [&](int httpStatus, const char *code, const QString &message) {
        m_error = { httpStatus, QString::fromLatin1(code), m_client->redact(message), where };
    };

    if (m_aborted) {
        fail(0, ApiError::Cancelled, u"cancelled"_s);
        return std::nullopt;
    }
    if (m_timedOut || netError == QNetworkReply::TimeoutError
        || (status == 0 && netError == QNetworkReply::OperationCanceledError)) {
        fail(0, ApiError::Timeout,
            u"no answer from the directory for %1 s"_s.arg(m_client->settings().transferTimeout.count() / 1000.0));
    } else if (status == 0) {
        if (netError == QNetworkReply::SslHandshakeFailedError
            || (netError == QNetworkReply::UnknownNetworkError
                && reply.errorString().contains(u"SSL"_s, Qt::CaseInsensitive))) {
            fail(0, ApiError::Tls, u"TLS: %1"_s.arg(reply.errorString()));
            return std::nullopt; // a certificate does not fix itself between attempts
        }
        fail(0, ApiError::Network, reply.errorString());
    } else if (status >= 200 && status < 300) {
        if (netError != QNetworkReply::NoError) {
            // Headers arrived, the body did not (connection closed short of Content-Length).
            fail(status, ApiError::Network, u"the answer was cut short: %1"_s.arg(reply.errorString()));
        } else {
            QJsonParseError parseError;
            const QJsonDocument json = body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
            if (!body.isEmpty() && json.isNull()) {
                fail(status, ApiError::InvalidResponse,
                    u"the answer is not valid JSON (%1 at byte %2 of %3)"_s.arg(parseError.errorString())
                        .arg(parseError.offset)
                        .arg(body.size()));
            } else {
                m_response.httpStatus = status;
                m_response.json = json;
                m_response.headers = reply.rawHeaderPairs();
                return std::nullopt;
            }
        }
    } else {
        const QString reason = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QByteArray code = ApiError::codeForStatus(status).toLatin1();
        fail(status, code.constData(), ApiError::messageFromBody(body, reason.isEmpty() ? u"HTTP error"_s : reason));
    }

    const RetryPolicy &policy = m_client->settings().retry;
    if (!m_error.isTransient() || !m_request.isIdempotent() || m_attempt >= policy.maxAttempts)
        return std::nullopt;
    if (status == 429 || status == 503) {
        if (const auto wait = RetryPolicy::parseRetryAfter(reply.rawHeader("Retry-After"))) {
            if (*wait > policy.longestRetryAfter) {
                m_error.message += u"; the directory asks to wait %1 s"_s.arg(wait->count() / 1000);
                return std::nullopt;
            }
            // A little jitter on top, so the parallel requests that all got the same answer
            // do not return in the same millisecond.
            return *wait + m_client->backoff(1) / 4;
        }
    }
    return m_client->backoff(m_attempt);
}

void ApiJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    // Queued, so a caller that aborts a job never re-enters its own slot from inside abort().
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}
