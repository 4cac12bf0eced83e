#pragma once

#include "ApiTypes.h"
#include "FaultInjector.h"
#include "RateLimiter.h"
#include "Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QtGlobal>

class QTcpServer;
class QTcpSocket;
class QHttpServerResponder;

// The HTTP front end: authentication, rate limit, fault injection and added latency around the Router. Answers
// are written straight to the socket on Qt 6.4 (so a fault can drop or truncate a response); newer Qt versions
// hide the socket behind QHttpServerResponder, where drops and truncation degrade to a 502 (see README).
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Settings
    {
        QString apiKey;
        int rateLimit = 0;
        double faultRate = 0;
        quint64 faultSeed = 1;
        int latencyMs = 0;
    };

    SandboxServer(Router &router, const Settings &settings, QObject *parent = nullptr);

    // Returns the bound port, or 0 on failure.
    quint16 start(const QHostAddress &address, quint16 port);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif
#endif

private:
    enum class Delivery { Normal, Drop, Truncate };
    struct Outcome
    {
        ApiResponse response;
        Delivery delivery = Delivery::Normal;
    };
    Outcome process(const QHttpServerRequest &request);
    static ApiRequest toApiRequest(const QHttpServerRequest &request);
    // bodySize >= 0: only the head (status line, headers, Content-Length: bodySize); the body is written apart.
    static QByteArray serialize(const ApiResponse &response, Delivery delivery, qsizetype bodySize = -1);

    Router &m_router;
    Settings m_settings;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
};
