#pragma once

#include "ApiCredentials.h"
#include "ApiEndpoint.h"
#include "ConnectionProfile.h"
#include "ConnectionTestResult.h"

#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>

class ApiClient;
struct ApiError;
class ApiPager;
class QNetworkAccessManager;
class QSslError;

// "Test connection": lists the organisations the key reaches (GET /api/organizations, every
// page) through ApiClient, once and without retries, and classifies the answer for the admin.
//
// ApiError keeps only a network error's text; the tester also listens to its
// QNetworkAccessManager's finished/sslErrors signals to tell a missing host from a refused
// connection or a proxy, and to name the certificate problem.
//
// A 401 from one of the standard regions may mean the key belongs to another region (an EU
// admin who left "US" selected). Then the same key is tried, with one GET over verified HTTPS,
// at the other standard regions — all JumpCloud's own hosts — and a yes there turns "wrong key"
// into "wrong region". A custom URL is never probed elsewhere.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    struct RegionProbe
    {
        ConnectionProfile::Region region;
        ApiEndpoint endpoint;
    };

    explicit ConnectionTester(QObject *parent = nullptr); // with a network manager of its own
    explicit ConnectionTester(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Tests with a fake network, or a window sharing its manager: the tests from now on use
    // `network` (which must outlive them). Cancels a test in progress.
    void setNetworkAccessManager(QNetworkAccessManager &network);

    // Longest wait for an answer (no byte moving). Default 20 s: a test the admin waits for.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Where else a key refused by `region` may belong: the other standard regions (none for Custom).
    static QList<RegionProbe> otherRegions(ConnectionProfile::Region region);

    // Starts a test (cancelling one in progress); `finished` follows, always from the event loop.
    void start(const ApiEndpoint &endpoint, const ApiCredentials &credentials, QList<RegionProbe> alternatives = {});
    // The profile's endpoint and organisation with `key`, probing the other regions after a 401.
    void start(const ConnectionProfile &profile, const QByteArray &key);
    // Stops the test in progress without a `finished`.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const ConnectionTestResult &result);

private:
    struct ReplyFacts
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QStringList sslErrors;
        bool encrypted = false; // the TLS handshake completed
    };

    void attachTo(QNetworkAccessManager &network);
    ApiClient *newClient(const ApiEndpoint &endpoint, const ApiCredentials &credentials);
    void primaryFinished(quint64 run, ApiPager *pager, const ApiEndpoint &endpoint, const QString &orgId);
    void probeOtherRegions(quint64 run, ConnectionTestResult wrongKey);
    void complete(quint64 run, ConnectionTestResult result);
    void finishSoon(ConnectionTestResult result);
    ConnectionTestResult classify(const ApiError &error, const ApiEndpoint &endpoint, const QString &orgId) const;
    void cleanUp();

    // "host:port" of the proxy the network manager uses for `url`; empty when it goes direct.
    QString proxyFor(const QUrl &url) const;
    static QString hostKey(const QUrl &url);
    static QString hostText(const ApiEndpoint &endpoint);

    QNetworkAccessManager *m_network;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::chrono::milliseconds m_timeout { 20'000 };
    QList<QPointer<ApiClient>> m_clients; // deleted later: a client must not die inside its job's signal
    QList<RegionProbe> m_alternatives;
    QByteArray m_key; // for the probes; cleared when the test ends
    QHash<QString, ReplyFacts> m_facts; // by "host:port" of the replies this test saw
    quint64 m_run = 0; // answers from an older run are dropped
    bool m_running = false;
};
