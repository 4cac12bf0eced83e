#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

// An in-memory directory for API client and sync tests (after ownCloud's FakeQNAM in
// test/testutils/syncenginetestutils.h): a map of path → handler, per-path faults, hanging,
// delayed and truncated replies, and a per-test override that sees every request first.
// Every request is recorded, headers included, so a test can check what was sent.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    struct Response
    {
        enum class Delivery {
            Normal,
            Hang, // never answers; only abort() or a timeout ends it
            Truncated, // status 200 and the first half of the body, then a clean end
            NetworkError, // no HTTP answer at all
        };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Delivery delivery = Delivery::Normal;
        int delayMs = 0;
        QNetworkReply::NetworkError networkError = QNetworkReply::ConnectionRefusedError;

        static Response json(int status, const QJsonDocument &document);
        static Response json(const QJsonArray &array) { return json(200, QJsonDocument(array)); }
        static Response json(const QJsonObject &object) { return json(200, QJsonDocument(object)); }
        static Response error(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
        static Response hang();
        static Response failure(QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
        Response &withHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append(qMakePair(name, value));
            return *this;
        }
        Response &delayed(int ms)
        {
            delayMs = ms;
            return *this;
        }
        Response &truncated()
        {
            delivery = Delivery::Truncated;
            return *this;
        }
    };

    using Handler = std::function<Response(const Request &)>;
    using Override = std::function<std::optional<Response>(const Request &)>;

    // How a paged collection reports its total.
    enum class PageStyle { V1Envelope, V2Array };
    enum class TotalMode { Exact, Absent, Fixed };

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    // Full URL path, e.g. "/api/v2/usergroups". GET unless `verb` says otherwise.
    void setHandler(const QString &path, Handler handler, const QByteArray &verb = "GET");
    void setOverride(Override override) { m_override = std::move(override); }
    // Every answer without a delay of its own comes after `ms` (a slow directory).
    void setDefaultDelay(int ms) { m_defaultDelayMs = ms; }
    // A list with limit/skip paging; `maxLimit` answers 400 above it like the directory.
    void servePaged(const QString &path, QJsonArray items, PageStyle style, TotalMode mode = TotalMode::Exact,
        qint64 fixedTotal = 0, int maxLimit = 100);

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QString &path) const;
    int maxConcurrent() const { return m_maxConcurrent; }
    int concurrent() const { return m_concurrent; }
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QHash<QString, Handler> m_handlers; // "VERB path"
    Override m_override;
    QList<Request> m_requests;
    int m_defaultDelayMs = 0;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};
