// ApiClient, ApiJob, ApiEndpoint, RetryPolicy and ApiError against the fake QNAM: what is sent,
// what is retried and when, timeouts, cancellation, parallelism, and that the key never leaks.
#include "RetryPolicy.h"
#include "test_api_client_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeNetworkAccessManager::Response;
using V = ApiEndpoint::Version;

namespace {
QStringList g_log;
QMutex g_logMutex;
void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointAcceptsAndRefuses_data();
    void endpointAcceptsAndRefuses();
    void endpointBuildsBothPrefixes();
    void sendsKeyOrgAndAccept();
    void errorMessageAndCode_data();
    void errorMessageAndCode();
    void retriesServerErrorsThenSucceeds();
    void givesUpAfterMaxAttempts();
    void honoursRetryAfterSeconds();
    void parsesRetryAfter();
    void backoffStaysWithinFullJitterBounds();
    void postIsNeverRetried();
    void truncatedJsonIsRetried();
    void networkErrorIsRetried();
    void hangingReplyTimesOut();
    void delayedReplyWithinTimeoutSucceeds();
    void abortCancelsRunningAndQueued();
    void boundsParallelRequests();
    void keyNeverAppearsInLogsOrErrors();
};

void TestApiClient::endpointAcceptsAndRefuses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << u"https://console.jumpcloud.com"_s << true;
    QTest::newRow("https custom with port") << u"https://dir.example.com:8443/"_s << true;
    QTest::newRow("http remote refused") << u"http://console.jumpcloud.com"_s << false;
    QTest::newRow("http private ip refused") << u"http://10.0.0.5:8080"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3:8080"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example"_s << false;
    QTest::newRow("ftp") << u"ftp://console.jumpcloud.com"_s << false;
    QTest::newRow("user info") << u"https://admin:pw@console.jumpcloud.com"_s << false;
    QTest::newRow("query") << u"https://console.jumpcloud.com/?x=1"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
}

void TestApiClient::endpointAcceptsAndRefuses()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const auto endpoint = ApiEndpoint::fromString(url);
    QCOMPARE(endpoint.ok(), accepted);
    if (!accepted)
        QCOMPARE(endpoint.error().code, QString::fromLatin1(ApiEndpoint::RefusedCode));
}

void TestApiClient::endpointBuildsBothPrefixes()
{
    const ApiEndpoint eu = ApiEndpoint::region(ApiEndpoint::Region::EU);
    QCOMPARE(eu.url(V::V1, u"/systemusers"_s).toString(), u"https://console.eu.jumpcloud.com/api/systemusers"_s);
    QCOMPARE(eu.url(V::V2, u"/usergroups"_s).toString(), u"https://console.eu.jumpcloud.com/api/v2/usergroups"_s);
    QCOMPARE(ApiEndpoint::region(ApiEndpoint::Region::India).baseUrl().host(), u"console.in.jumpcloud.com"_s);
    QCOMPARE(ApiEndpoint::region(ApiEndpoint::Region::US).baseUrl().host(), u"console.jumpcloud.com"_s);
    // A pasted API prefix is taken back to the console URL.
    const auto pasted = ApiEndpoint::fromString(u"https://console.jumpcloud.com/api/v2/"_s);
    QVERIFY(pasted.ok());
    QCOMPARE(pasted.value().url(V::V1, u"/systems"_s).toString(), u"https://console.jumpcloud.com/api/systems"_s);
}

void TestApiClient::sendsKeyOrgAndAccept()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/v2/usergroups"_s, [](const auto &) { return Response::json(QJsonArray()); });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, u"org-42"_s }, fastSettings());
    auto outcome = watchJob(client.send(ApiRequest::get(V::V2, u"/usergroups"_s)));
    QTRY_VERIFY(outcome->done);
    QVERIFY(outcome->ok);
    QCOMPARE(network.requests().size(), 1);
    const auto &headers = network.requests().first().headers;
    QCOMPARE(headers.value("x-api-key"), QByteArray(TestApiKey));
    QCOMPARE(headers.value("x-org-id"), QByteArray("org-42"));
    QCOMPARE(headers.value("accept"), QByteArray("application/json"));
    QVERIFY(!network.requests().first().url.toString().contains(QString::fromLatin1(TestApiKey)));
}

void TestApiClient::errorMessageAndCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("message") << 400
                             << QByteArray(R"({"code":400,"message":"Bad Request: limit","status":"Bad Request"})")
                             << u"bad-request"_s << u"Bad Request: limit"_s;
    QTest::newRow("error key") << 409 << QByteArray(R"({"error":"username already exists"})") << u"conflict"_s
                               << u"username already exists"_s;
    QTest::newRow("nested error") << 403 << QByteArray(R"({"error":{"message":"not allowed"}})") << u"forbidden"_s
                                  << u"not allowed"_s;
    QTest::newRow("no body") << 401 << QByteArray() << u"unauthorized"_s << u"Unauthorized"_s;
    QTest::newRow("html body") << 404 << QByteArray("<html>nope</html>") << u"not-found"_s << u"Not Found"_s;
    QTest::newRow("server") << 500 << QByteArray(R"({"message":""})") << u"server-error"_s
                            << u"Internal Server Error"_s;
}

void TestApiClient::errorMessageAndCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/systemusers"_s, [&](const auto &) { return Response::error(status, body); });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(1));
    auto outcome = watchJob(client.send(ApiRequest::get(V::V1, u"/systemusers"_s)));
    QTRY_VERIFY(outcome->done);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->error.httpStatus, status);
    QCOMPARE(outcome->error.code, code);
    QCOMPARE(outcome->error.message, message);
    QCOMPARE(outcome->error.url, u"GET /api/systemusers"_s);
    QVERIFY(outcome->error.oneLine().startsWith(QString::number(status) + u' ' + message));
}

void TestApiClient::retriesServerErrorsThenSucceeds()
{
    FakeNetworkAccessManager network;
    int calls = 0;
    network.setHandler(u"/api/systems"_s, [&](const auto &) {
        ++calls;
        return calls < 3 ? Response::error(calls == 1 ? 503 : 502, "{}")
                         : Response::json(QJsonObject { { u"a"_s, 1 } });
    });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(6));
    auto outcome = watchJob(client.send(ApiRequest::get(V::V1, u"/systems"_s)));
    QTRY_VERIFY(outcome->done);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->attempts, 3);
    QCOMPARE(client.requestCount(), 3);
    QCOMPARE(client.retryCount(), 2);
    QCOMPARE(outcome->response.json.object().value("a"_L1).toInt(), 1);
}

void TestApiClient::givesUpAfterMaxAttempts()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/systems"_s, [](const auto &) { return Response::error(500, R"({"message":"boom"})"); });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(4));
    auto outcome = watchJob(client.send(ApiRequest::get(V::V1, u"/systems"_s)));
    QTRY_VERIFY(outcome->done);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->attempts, 4);
    QCOMPARE(network.requestCount(u"/api/systems"_s), 4);
    QCOMPARE(outcome->error.code, u"server-error"_s);
    QCOMPARE(outcome->error.message, u"boom"_s);
}

void TestApiClient::honoursRetryAfterSeconds()
{
    FakeNetworkAccessManager network;
    QElapsedTimer clock;
    QList<qint64> times;
    network.setHandler(u"/api/v2/systemgroups"_s, [&](const auto &) {
        times.append(clock.elapsed());
        return times.size() == 1
            ? Response::error(429, R"({"message":"Too Many Requests"})", { { "Retry-After", "1" } })
            : Response::json(QJsonArray());
    });
    ApiClientSettings settings = fastSettings(3);
    settings.maxParallel = 1;
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, settings);
    clock.start();
    auto outcome = watchJob(client.send(ApiRequest::get(V::V2, u"/systemgroups"_s)));
    // A second request queued meanwhile waits too: a 429 pauses the whole client.
    auto other = watchJob(client.send(ApiRequest::get(V::V2, u"/systemgroups"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done && other->done, 5000);
    QVERIFY(outcome->ok);
    QCOMPARE(times.size(), 3);
    // Without Retry-After the backoff here is at most 5 ms.
    QVERIFY2(times.at(1) >= 950 && times.at(2) >= 950, qPrintable(u"%1 %2"_s.arg(times.at(1)).arg(times.at(2))));
}

void TestApiClient::parsesRetryAfter()
{
    using namespace std::chrono;
    QCOMPARE(RetryPolicy::parseRetryAfter("7"), std::optional(milliseconds(7000)));
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 "), std::optional(milliseconds(0)));
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional(milliseconds(30000)));
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now), std::optional(milliseconds(0)));
    QVERIFY(!RetryPolicy::parseRetryAfter("soon"));
    QVERIFY(!RetryPolicy::parseRetryAfter("-3"));
    QVERIFY(!RetryPolicy::parseRetryAfter(""));
}

void TestApiClient::backoffStaysWithinFullJitterBounds()
{
    RetryPolicy policy; // 500 ms base, 30 s cap
    QRandomGenerator random(7);
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const qint64 ceiling = std::min<qint64>(30000, 500LL << (attempt - 1));
        qint64 highest = 0;
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = policy.backoff(attempt, random).count();
            QVERIFY(delay >= 0 && delay <= ceiling);
            highest = std::max(highest, delay);
        }
        QVERIFY2(highest > ceiling / 2, "full jitter spreads over the whole range");
    }
}

void TestApiClient::postIsNeverRetried()
{
    FakeNetworkAccessManager network;
    network.setHandler(
        u"/api/systemusers"_s, [](const auto &) { return Response::error(503, "{}"); }, "POST");
    network.setHandler(
        u"/api/v2/usergroups"_s, [](const auto &) { return Response::failure(QNetworkReply::RemoteHostClosedError); },
        "POST");
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(6));
    ApiRequest create;
    create.method = ApiRequest::Method::Post;
    create.path = u"/systemusers"_s;
    create.body = R"({"username":"jdoe","email":"j@example.com"})";
    auto first = watchJob(client.send(create));
    ApiRequest group;
    group.method = ApiRequest::Method::Post;
    group.version = V::V2;
    group.path = u"/usergroups"_s;
    group.body = R"({"name":"x"})";
    auto second = watchJob(client.send(group));
    QTRY_VERIFY(first->done && second->done);
    QCOMPARE(first->attempts, 1);
    QCOMPARE(first->error.code, u"server-error"_s);
    QCOMPARE(second->attempts, 1);
    QCOMPARE(second->error.code, u"network"_s);
    QCOMPARE(network.requests().size(), 2);
    QCOMPARE(network.requests().first().body, create.body);
    QCOMPARE(network.requests().first().headers.value("content-type"), QByteArray("application/json"));
}

void TestApiClient::truncatedJsonIsRetried()
{
    FakeNetworkAccessManager network;
    int calls = 0;
    network.setHandler(u"/api/systemusers"_s, [&](const auto &) {
        Response r = Response::json(QJsonObject { { u"totalCount"_s, 1 }, { u"results"_s, QJsonArray { 1 } } });
        return ++calls == 1 ? r.truncated() : r;
    });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(1));
    auto once = watchJob(client.send(ApiRequest::get(V::V1, u"/systemusers"_s)));
    QTRY_VERIFY(once->done);
    QCOMPARE(once->error.code, u"invalid-response"_s); // one attempt allowed: the cut answer is the error
    calls = 0;
    ApiClient retrying(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(3));
    auto twice = watchJob(retrying.send(ApiRequest::get(V::V1, u"/systemusers"_s)));
    QTRY_VERIFY(twice->done);
    QVERIFY(twice->ok);
    QCOMPARE(twice->attempts, 2);
}

void TestApiClient::networkErrorIsRetried()
{
    FakeNetworkAccessManager network;
    int calls = 0;
    network.setHandler(u"/api/systems"_s, [&](const auto &) {
        return ++calls == 1 ? Response::failure(QNetworkReply::RemoteHostClosedError) : Response::json(QJsonObject());
    });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(3));
    auto outcome = watchJob(client.send(ApiRequest::get(V::V1, u"/systems"_s)));
    QTRY_VERIFY(outcome->done);
    QVERIFY(outcome->ok);
    QCOMPARE(outcome->attempts, 2);
}

void TestApiClient::hangingReplyTimesOut()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/systems"_s, [](const auto &) { return Response::hang(); });
    ApiClientSettings settings = fastSettings(2);
    settings.transferTimeout = std::chrono::milliseconds(150);
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, settings);
    QElapsedTimer clock;
    clock.start();
    auto outcome = watchJob(client.send(ApiRequest::get(V::V1, u"/systems"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 3000);
    QCOMPARE(outcome->error.code, u"timeout"_s);
    QCOMPARE(outcome->attempts, 2); // a timeout is worth one more try for a GET
    QVERIFY(clock.elapsed() >= 300);
    QCOMPARE(network.concurrent(), 0); // the hanging replies were aborted, not leaked
}

void TestApiClient::delayedReplyWithinTimeoutSucceeds()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/systems"_s, [](const auto &) { return Response::json(QJsonObject()).delayed(100); });
    ApiClientSettings settings = fastSettings(1);
    settings.transferTimeout = std::chrono::milliseconds(1000);
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, settings);
    auto outcome = watchJob(client.send(ApiRequest::get(V::V1, u"/systems"_s)));
    QTRY_VERIFY(outcome->done);
    QVERIFY(outcome->ok);
}

void TestApiClient::abortCancelsRunningAndQueued()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/systems"_s, [](const auto &) { return Response::hang(); });
    ApiClientSettings settings = fastSettings(3);
    settings.maxParallel = 2;
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, settings);
    QList<std::shared_ptr<JobOutcome>> outcomes;
    ApiJob *single = client.send(ApiRequest::get(V::V1, u"/systems"_s));
    auto singleOutcome = watchJob(single);
    for (int i = 0; i < 5; ++i)
        outcomes.append(watchJob(client.send(ApiRequest::get(V::V1, u"/systems"_s))));
    QTRY_COMPARE(client.runningCount(), 2);
    single->abort();
    QTRY_VERIFY(singleOutcome->done);
    QCOMPARE(singleOutcome->error.code, u"cancelled"_s);
    QCOMPARE(singleOutcome->attempts, 1); // a cancel is not retried
    client.cancelAll();
    for (const auto &outcome : outcomes) {
        QTRY_VERIFY(outcome->done);
        QCOMPARE(outcome->error.code, u"cancelled"_s);
    }
    QCOMPARE(network.concurrent(), 0);
    QVERIFY(network.requests().size() <= 4); // queued jobs never went on the wire
}

void TestApiClient::boundsParallelRequests()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/systems"_s, [](const auto &) { return Response::json(QJsonObject()).delayed(20); });
    ApiClientSettings settings = fastSettings(1);
    settings.maxParallel = 3;
    ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, settings);
    QList<std::shared_ptr<JobOutcome>> outcomes;
    for (int i = 0; i < 20; ++i)
        outcomes.append(watchJob(client.send(ApiRequest::get(V::V1, u"/systems"_s))));
    QTRY_VERIFY(std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o->done; }));
    QCOMPARE(network.maxConcurrent(), 3);
    QCOMPARE(network.requests().size(), 20);
}

void TestApiClient::keyNeverAppearsInLogsOrErrors()
{
    QLoggingCategory::setFilterRules(u"bindery.*=true"_s);
    g_log.clear();
    const auto previous = qInstallMessageHandler(captureMessages);
    FakeNetworkAccessManager network;
    // A server that echoes the key back in its error, and every failure kind.
    network.setHandler(u"/api/systemusers"_s, [](const FakeNetworkAccessManager::Request &request) {
        return Response::error(401, R"({"message":"invalid key )" + request.headers.value("x-api-key") + R"("})");
    });
    network.setHandler(u"/api/systems"_s, [](const auto &) { return Response::error(503, "{}"); });
    network.setHandler(u"/api/v2/usergroups"_s, [](const auto &) { return Response::json(QJsonArray()); });
    ApiClient client(network, fakeEndpoint(), { TestApiKey, u"org"_s }, fastSettings(2));
    QList<std::shared_ptr<JobOutcome>> outcomes;
    for (const auto &path : { u"/systemusers"_s, u"/systems"_s })
        outcomes.append(watchJob(client.send(ApiRequest::get(V::V1, path))));
    outcomes.append(watchJob(client.send(ApiRequest::get(V::V2, u"/usergroups"_s))));
    QTRY_VERIFY(std::all_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o->done; }));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(g_log.size() >= 3, "the client logged what it did");
    const QString key = QString::fromLatin1(TestApiKey);
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(key), qPrintable(line));
    for (const auto &outcome : outcomes) {
        QVERIFY(!outcome->error.message.contains(key));
        QVERIFY(!outcome->error.oneLine().contains(key));
    }
    QCOMPARE(outcomes.first()->error.message, u"invalid key [redacted]"_s);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_api_client.moc"
