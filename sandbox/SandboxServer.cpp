#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

SandboxServer::SandboxServer(Router &router, const Settings &settings, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_settings(settings)
    , m_rateLimiter(settings.rateLimit)
    , m_faults(settings.faultRate, settings.faultSeed)
{
}

quint16 SandboxServer::start(const QHostAddress &address, quint16 port)
{
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(address, port)) {
        qCWarning(lcSandbox) << "cannot listen on" << address << port << tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
    bind(tcpServer);
    return tcpServer->serverPort();
}

ApiRequest SandboxServer::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        api.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        api.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        api.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        api.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Patch:
        api.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Head:
        api.method = "HEAD";
        break;
    default:
        api.method = "OTHER";
        break;
    }
    const QUrl url = request.url();
    api.path = url.path();
    // Form encoding sends spaces (v1 sort/fields separators) as '+'; a literal '+' arrives as %2B.
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', u"%20"_s);
    api.query.setQuery(query);
    api.body = request.body();
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    for (const auto &header : request.headers())
        api.headers.insert(header.first.toLower(), header.second);
#else
    const auto headers = request.headers().toListOfPairs();
    for (const auto &header : headers)
        api.headers.insert(header.first.toLower(), header.second);
#endif
    return api;
}

SandboxServer::Outcome SandboxServer::process(const QHttpServerRequest &httpRequest)
{
    ApiRequest request = toApiRequest(httpRequest);
    const bool isControl = request.path.startsWith(u"/sandbox/"_s);
    if (request.path == u"/sandbox/health")
        return { m_router.dispatch(request), Delivery::Normal };
    if (request.headers.value("x-api-key") != m_settings.apiKey.toUtf8())
        return { ApiResponse::json(401, QJsonObject { { u"message"_s, u"Unauthorized"_s } }), Delivery::Normal };
    // Control paths are exempt from rate limit and faults so a test can always inspect and drive the sandbox.
    if (isControl)
        return { m_router.dispatch(request), Delivery::Normal };
    int retryAfter = 0;
    if (m_rateLimiter.enabled() && !m_rateLimiter.tryAcquire(&retryAfter)) {
        ApiResponse response = ApiResponse::json(429, QJsonObject { { u"message"_s, u"Too Many Requests"_s } });
        response.addHeader("Retry-After", QByteArray::number(retryAfter));
        return { response, Delivery::Normal };
    }
    const FaultInjector::Fault fault = m_faults.next();
    switch (fault) {
    case FaultInjector::Fault::None:
        return { m_router.dispatch(request), Delivery::Normal };
    case FaultInjector::Fault::Error500Before:
        return { ApiResponse::error(500, u"Internal Server Error"_s), Delivery::Normal };
    case FaultInjector::Fault::Error503Before:
        return { ApiResponse::error(503, u"Service Unavailable"_s), Delivery::Normal };
    case FaultInjector::Fault::DropBefore:
        return { ApiResponse(), Delivery::Drop };
    case FaultInjector::Fault::Error502After: {
        m_router.dispatch(request); // the write happened; only the answer is lost
        return { ApiResponse::error(502, u"Bad Gateway"_s), Delivery::Normal };
    }
    case FaultInjector::Fault::DropAfter: {
        m_router.dispatch(request);
        return { ApiResponse(), Delivery::Drop };
    }
    case FaultInjector::Fault::TruncateAfter:
        return { m_router.dispatch(request), Delivery::Truncate };
    }
    return { m_router.dispatch(request), Delivery::Normal };
}

QByteArray SandboxServer::serialize(const ApiResponse &response, Delivery delivery, qsizetype bodySize)
{
    if (bodySize >= 0) { // the head only, announcing bodySize bytes
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + ApiResponse::reasonPhrase(response.status) + "\r\n";
        for (const auto &header : response.headers)
            head += header.first + ": " + header.second + "\r\n";
        head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";
        return head;
    }
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + ApiResponse::reasonPhrase(response.status)
        + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (delivery == Delivery::Truncate) {
        // Promise the whole body, send half, then close: the client sees a short read.
        out += "Content-Length: " + QByteArray::number(response.body.size() + 64) + "\r\n\r\n";
        out += response.body.left(response.body.size() / 2);
        return out;
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    out += response.body;
    return out;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Outcome outcome = process(request);
    QPointer<QTcpSocket> guarded(socket);
    const auto deliver = [guarded, outcome] {
        if (!guarded)
            return;
        if (outcome.delivery == Delivery::Drop) {
            guarded->abort();
            return;
        }
        if (outcome.delivery == Delivery::Normal) { // head and body apart: no copy of a large body
            guarded->write(serialize(ApiResponse { outcome.response.status, outcome.response.headers, {} },
                Delivery::Normal, outcome.response.body.size()));
            guarded->write(outcome.response.body);
            return;
        }
        guarded->write(serialize(outcome.response, outcome.delivery));
        if (outcome.delivery == Delivery::Truncate) {
            guarded->flush();
            guarded->disconnectFromHost();
        }
    };
    if (m_settings.latencyMs > 0)
        QTimer::singleShot(m_settings.latencyMs, socket, deliver); // never sleep: other requests keep flowing
    else
        deliver();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(serialize(ApiResponse::error(404, u"Not Found"_s), Delivery::Normal));
}
#else
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Outcome outcome = process(request);
    if (outcome.delivery != Delivery::Normal) // no socket access: a lost answer becomes a 502
        outcome.response = ApiResponse::error(502, u"Bad Gateway"_s);
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const auto deliver = [shared, outcome] {
        const auto status = QHttpServerResponder::StatusCode(outcome.response.status);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        shared->writeStatusLine(status);
        for (const auto &header : outcome.response.headers)
            shared->writeHeader(header.first, header.second);
        shared->writeHeader("Content-Length", QByteArray::number(outcome.response.body.size()));
        shared->writeBody(outcome.response.body);
#else
        QHttpHeaders headers;
        for (const auto &header : outcome.response.headers)
            headers.append(header.first, header.second);
        shared->write(outcome.response.body, headers, status);
#endif
    };
    if (m_settings.latencyMs > 0)
        QTimer::singleShot(m_settings.latencyMs, this, deliver);
    else
        deliver();
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void SandboxServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void SandboxServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}
#endif
