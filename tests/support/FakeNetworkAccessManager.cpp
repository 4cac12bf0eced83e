#include "FakeNetworkAccessManager.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTimer>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// A reply served from memory. Emits what QNetworkReplyHttpImpl emits, in the same order, so
// the client under test cannot tell the difference.
class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const QByteArray &verb,
        FakeNetworkAccessManager::Response response, QObject *parent)
        : QNetworkReply(parent)
        , m_response(std::move(response))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (m_response.delivery == FakeNetworkAccessManager::Response::Delivery::Hang)
            return;
        QTimer::singleShot(m_response.delayMs, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, u"Operation canceled"_s);
        Q_EMIT errorOccurred(OperationCanceledError);
        finishReply();
    }

    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (isFinished())
            return;
        using Delivery = FakeNetworkAccessManager::Response::Delivery;
        if (m_response.delivery == Delivery::NetworkError) {
            setError(m_response.networkError, u"fake network error %1"_s.arg(int(m_response.networkError)));
            Q_EMIT errorOccurred(m_response.networkError);
            finishReply();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonPhrase(m_response.status));
        for (const auto &header : std::as_const(m_response.headers))
            setRawHeader(header.first, header.second);
        m_body = m_response.delivery == Delivery::Truncated ? m_response.body.left(m_response.body.size() / 2)
                                                            : m_response.body;
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        Q_EMIT metaDataChanged();
        if (m_response.status >= 400) {
            const NetworkError code = m_response.status == 404 ? ContentNotFoundError
                : m_response.status == 401                     ? AuthenticationRequiredError
                : m_response.status >= 500                     ? InternalServerError
                                                               : UnknownContentError;
            setError(code, reasonPhrase(m_response.status));
            Q_EMIT errorOccurred(code);
        }
        Q_EMIT downloadProgress(m_body.size(), m_body.size());
        Q_EMIT readyRead();
        finishReply();
    }

    void finishReply()
    {
        setFinished(true);
        Q_EMIT finished();
    }

    static QString reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return u"OK"_s;
        case 400:
            return u"Bad Request"_s;
        case 401:
            return u"Unauthorized"_s;
        case 403:
            return u"Forbidden"_s;
        case 404:
            return u"Not Found"_s;
        case 409:
            return u"Conflict"_s;
        case 429:
            return u"Too Many Requests"_s;
        case 500:
            return u"Internal Server Error"_s;
        case 502:
            return u"Bad Gateway"_s;
        case 503:
            return u"Service Unavailable"_s;
        default:
            return u"Status %1"_s.arg(status);
        }
    }

    FakeNetworkAccessManager::Response m_response;
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

using Response = FakeNetworkAccessManager::Response;

Response Response::json(int status, const QJsonDocument &document)
{
    Response r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

Response Response::error(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

Response Response::hang()
{
    Response r;
    r.delivery = Delivery::Hang;
    return r;
}

Response Response::failure(QNetworkReply::NetworkError error)
{
    Response r;
    r.delivery = Delivery::NetworkError;
    r.networkError = error;
    return r;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

void FakeNetworkAccessManager::setHandler(const QString &path, Handler handler, const QByteArray &verb)
{
    m_handlers.insert(QString::fromLatin1(verb) + u' ' + path, std::move(handler));
}

void FakeNetworkAccessManager::servePaged(
    const QString &path, QJsonArray items, PageStyle style, TotalMode mode, qint64 fixedTotal, int maxLimit)
{
    setHandler(path, [items = std::move(items), style, mode, fixedTotal, maxLimit](const Request &request) {
        const int limit
            = request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : 10;
        const int skip = request.query.queryItemValue(u"skip"_s).toInt();
        if (limit > maxLimit)
            return Response::error(400,
                R"({"message":"Bad Request: request parameter \"limit\" exceeds maximum value of )"
                    + QByteArray::number(maxLimit) + R"("})");
        QJsonArray page;
        for (qsizetype i = skip; i < items.size() && page.size() < limit; ++i)
            page.append(items.at(i));
        const qint64 total = mode == TotalMode::Fixed ? fixedTotal : items.size();
        if (style == PageStyle::V1Envelope) {
            QJsonObject envelope { { u"results"_s, page } };
            if (mode != TotalMode::Absent)
                envelope.insert(u"totalCount"_s, total);
            return Response::json(envelope);
        }
        Response response = Response::json(page);
        if (mode != TotalMode::Absent)
            response.withHeader("x-total-count", QByteArray::number(total));
        return response;
    });
}

int FakeNetworkAccessManager::requestCount(const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) { return r.path == path; }));
}

QNetworkReply *FakeNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &networkRequest, QIODevice *outgoingData)
{
    Request request;
    switch (op) {
    case GetOperation:
        request.verb = "GET";
        break;
    case PostOperation:
        request.verb = "POST";
        break;
    case PutOperation:
        request.verb = "PUT";
        break;
    case DeleteOperation:
        request.verb = "DELETE";
        break;
    case HeadOperation:
        request.verb = "HEAD";
        break;
    default:
        request.verb = networkRequest.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    request.url = networkRequest.url();
    request.path = request.url.path();
    request.query = QUrlQuery(request.url);
    if (outgoingData)
        request.body = outgoingData->readAll();
    for (const QByteArray &name : networkRequest.rawHeaderList())
        request.headers.insert(name.toLower(), networkRequest.rawHeader(name));
    m_requests.append(request);

    std::optional<Response> response;
    if (m_override)
        response = m_override(request);
    if (!response) {
        const auto handler = m_handlers.constFind(QString::fromLatin1(request.verb) + u' ' + request.path);
        response = handler != m_handlers.cend()
            ? (*handler)(request)
            : Response::error(404, R"({"message":"Not Found"})", { { "Content-Type", "application/json" } });
    }
    if (response->delayMs == 0)
        response->delayMs = m_defaultDelayMs;
    auto *reply = new FakeReply(op, networkRequest, request.verb, *response, this);
    m_maxConcurrent = std::max(m_maxConcurrent, ++m_concurrent);
    connect(reply, &QNetworkReply::finished, this, [this] { --m_concurrent; });
    return reply;
}
