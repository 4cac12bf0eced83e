// ConnectionTester against the fake QNetworkAccessManager: every outcome an admin can meet,
// the headers sent, and the region probe after a 401.
#include "ConnectionTester.h"
#include "FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ConnectionTestResult::Outcome;
using Response = FakeNetworkAccessManager::Response;
using Region = ConnectionProfile::Region;

Q_DECLARE_METATYPE(Outcome)

namespace {

constexpr char Key[] = "tester-key-0123456789abcdef";

QJsonObject orgList(const QList<std::pair<QString, QString>> &orgs)
{
    QJsonArray results;
    for (const auto &[id, name] : orgs)
        results.append(QJsonObject { { u"_id"_s, id }, { u"displayName"_s, name } });
    return QJsonObject { { u"totalCount"_s, results.size() }, { u"results"_s, results } };
}

ConnectionTestResult run(ConnectionTester &tester, const ConnectionProfile &profile, const QByteArray &key = Key)
{
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile, key);
    if (!finished.wait(10000) && finished.isEmpty())
        return {};
    return finished.constFirst().constFirst().value<ConnectionTestResult>();
}

ConnectionProfile profileIn(Region region, const QString &orgId = {})
{
    ConnectionProfile profile = ConnectionProfile::createNew();
    profile.name = u"test"_s;
    profile.region = region;
    profile.orgId = orgId;
    if (region == Region::Custom)
        profile.customUrl = u"https://directory.example.com"_s;
    return profile;
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okListsOrganisations();
    void singleTenantSendsNoOrgHeader();
    void httpOutcomes_data();
    void httpOutcomes();
    void networkOutcomes_data();
    void networkOutcomes();
    void closedOverPlainHttp();
    void timeout();
    void wrongRegionFoundByProbe();
    void wrongKeyWhenNoRegionKnowsIt();
    void customUrlIsNeverProbedElsewhere();
    void invalidEndpoint();
    void cancelEmitsNothing();
};

void TestConnectionTester::okListsOrganisations()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/organizations"_s, [](const FakeNetworkAccessManager::Request &) {
        return Response::json(orgList({ { u"5a01"_s, u"Acme"_s }, { u"5a02"_s, u"Globex"_s } }));
    });
    ConnectionTester tester(network);
    const ConnectionTestResult result = run(tester, profileIn(Region::EU, u"5a02"_s));
    QCOMPARE(result.outcome, Outcome::Ok);
    QCOMPARE(result.host, u"console.eu.jumpcloud.com"_s);
    QCOMPARE(result.organizations.size(), 2);
    QCOMPARE(result.organizations.at(1), (DirectoryOrganization { u"5a02"_s, u"Globex"_s }));
    const auto &request = network.requests().constFirst();
    QCOMPARE(request.url.host(), u"console.eu.jumpcloud.com"_s);
    QCOMPARE(request.headers.value("x-api-key"), QByteArray(Key));
    QCOMPARE(request.headers.value("x-org-id"), QByteArray("5a02"));
    QVERIFY(!tester.isRunning());
}

void TestConnectionTester::singleTenantSendsNoOrgHeader()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/organizations"_s, [](const FakeNetworkAccessManager::Request &) {
        return Response::json(orgList({ { u"5a01"_s, u"Acme"_s } }));
    });
    ConnectionTester tester(network);
    QCOMPARE(run(tester, profileIn(Region::US)).outcome, Outcome::Ok);
    QVERIFY(!network.requests().constFirst().headers.contains("x-org-id"));
}

void TestConnectionTester::httpOutcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("orgId");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("detail");
    QTest::newRow("403") << 403 << QByteArray(R"({"message":"Forbidden: admin role"})") << QString()
                         << Outcome::Forbidden << u"Forbidden: admin role"_s;
    QTest::newRow("404 without org") << 404 << QByteArray("<html>nope</html>") << QString() << Outcome::NotADirectory
                                     << u"Not Found"_s;
    QTest::newRow("404 with org") << 404 << QByteArray(R"({"message":"organization not found"})") << u"5a09"_s
                                  << Outcome::OrgRejected << u"organization not found"_s;
    QTest::newRow("400 with org") << 400 << QByteArray(R"({"message":"invalid x-org-id"})") << u"zz"_s
                                  << Outcome::OrgRejected << u"invalid x-org-id"_s;
    QTest::newRow("407") << 407 << QByteArray() << QString() << Outcome::ProxyError << u"Status 407"_s;
    QTest::newRow("429") << 429 << QByteArray(R"({"message":"slow down"})") << QString() << Outcome::RateLimited
                         << u"slow down"_s;
    QTest::newRow("500") << 500 << QByteArray(R"({"code":500,"message":"database unavailable"})") << QString()
                         << Outcome::ServerError << u"database unavailable"_s;
    QTest::newRow("503") << 503 << QByteArray() << QString() << Outcome::ServerError << u"Service Unavailable"_s;
    QTest::newRow("200 html") << 200 << QByteArray("<html>login</html>") << QString() << Outcome::NotADirectory
                              << QString();
    QTest::newRow("200 not a list") << 200 << QByteArray(R"({"hello":"world"})") << QString() << Outcome::NotADirectory
                                    << QString();
}

void TestConnectionTester::httpOutcomes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, orgId);
    QFETCH(Outcome, outcome);
    QFETCH(QString, detail);
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/organizations"_s,
        [status, body](const FakeNetworkAccessManager::Request &) { return Response::error(status, body); });
    ConnectionTester tester(network);
    const ConnectionTestResult result = run(tester, profileIn(Region::US, orgId));
    QCOMPARE(result.outcome, outcome);
    if (status != 200)
        QCOMPARE(result.httpStatus, status);
    if (!detail.isEmpty())
        QCOMPARE(result.detail, detail);
    QCOMPARE(network.requests().size(), 1); // no retries while the admin waits, no region probes
    QVERIFY(!result.summary().contains(QLatin1StringView(Key)));
}

void TestConnectionTester::networkOutcomes_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << Outcome::HostNotFound;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Outcome::ConnectionRefused;
    // Over https, a hang-up before the handshake completed is a TLS problem (a plain-http port).
    QTest::newRow("closed before tls") << QNetworkReply::RemoteHostClosedError << Outcome::TlsFailure;
    QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << Outcome::ProxyError;
    QTest::newRow("proxy auth") << QNetworkReply::ProxyAuthenticationRequiredError << Outcome::ProxyError;
    QTest::newRow("proxy not found") << QNetworkReply::ProxyNotFoundError << Outcome::ProxyError;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Outcome::TlsFailure;
    QTest::newRow("network session") << QNetworkReply::NetworkSessionFailedError << Outcome::NoNetwork;
    QTest::newRow("temporary") << QNetworkReply::TemporaryNetworkFailureError << Outcome::NoNetwork;
}

void TestConnectionTester::networkOutcomes()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Outcome, outcome);
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/organizations"_s,
        [error](const FakeNetworkAccessManager::Request &) { return Response::failure(error); });
    ConnectionTester tester(network);
    const ConnectionTestResult result = run(tester, profileIn(Region::India));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.host, u"console.in.jumpcloud.com"_s);
    QCOMPARE(network.requests().size(), 1);
}

void TestConnectionTester::closedOverPlainHttp()
{
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/organizations"_s, [](const FakeNetworkAccessManager::Request &) {
        return Response::failure(QNetworkReply::RemoteHostClosedError);
    });
    ConnectionTester tester(network);
    ConnectionProfile profile = profileIn(Region::Custom);
    profile.customUrl = u"http://127.0.0.1:9"_s;
    const ConnectionTestResult result = run(tester, profile);
    QCOMPARE(result.outcome, Outcome::ConnectionClosed);
    QVERIFY(!result.tlsNotSpoken);
}

void TestConnectionTester::timeout()
{
    FakeNetworkAccessManager network;
    network.setHandler(
        u"/api/organizations"_s, [](const FakeNetworkAccessManager::Request &) { return Response::hang(); });
    ConnectionTester tester(network);
    tester.setTimeout(std::chrono::milliseconds(300));
    const ConnectionTestResult result = run(tester, profileIn(Region::US));
    QCOMPARE(result.outcome, Outcome::Timeout);
    QCOMPARE(result.timeoutSeconds, 1);
}

void TestConnectionTester::wrongRegionFoundByProbe()
{
    FakeNetworkAccessManager network;
    // The key belongs to the EU; the US and India do not know it.
    network.setOverride([](const FakeNetworkAccessManager::Request &request) -> std::optional<Response> {
        if (request.url.host() == u"console.eu.jumpcloud.com")
            return Response::json(orgList({ { u"5a01"_s, u"Acme"_s } }));
        return Response::error(401, R"({"message":"Unauthorized"})");
    });
    ConnectionTester tester(network);
    const ConnectionTestResult result = run(tester, profileIn(Region::US, u"5a01"_s));
    QCOMPARE(result.outcome, Outcome::WrongRegion);
    QCOMPARE(result.validInRegion, Region::EU);
    QCOMPARE(result.httpStatus, 401);
    QStringList hosts;
    for (const auto &request : network.requests()) {
        hosts.append(request.url.host());
        QCOMPARE(request.url.scheme(), u"https"_s); // the key only ever travels over HTTPS here
        if (request.url.host() != u"console.jumpcloud.com")
            QVERIFY(!request.headers.contains("x-org-id")); // the org belongs to the chosen region
    }
    hosts.sort();
    QCOMPARE(hosts,
        QStringList({ u"console.eu.jumpcloud.com"_s, u"console.in.jumpcloud.com"_s, u"console.jumpcloud.com"_s }));
}

void TestConnectionTester::wrongKeyWhenNoRegionKnowsIt()
{
    FakeNetworkAccessManager network;
    network.setOverride([](const FakeNetworkAccessManager::Request &request) -> std::optional<Response> {
        if (request.url.host() == u"console.in.jumpcloud.com")
            return Response::failure(QNetworkReply::HostNotFoundError); // a probe that fails otherwise
        return Response::error(401, R"({"message":"Unauthorized"})");
    });
    ConnectionTester tester(network);
    const ConnectionTestResult result = run(tester, profileIn(Region::EU));
    QCOMPARE(result.outcome, Outcome::WrongKey);
    QVERIFY(!result.validInRegion);
    QCOMPARE(result.host, u"console.eu.jumpcloud.com"_s);
    QCOMPARE(network.requests().size(), 3);
}

void TestConnectionTester::customUrlIsNeverProbedElsewhere()
{
    FakeNetworkAccessManager network;
    network.setOverride([](const FakeNetworkAccessManager::Request &) -> std::optional<Response> {
        return Response::error(401, R"({"message":"Unauthorized"})");
    });
    ConnectionTester tester(network);
    QCOMPARE(run(tester, profileIn(Region::Custom)).outcome, Outcome::WrongKey);
    QCOMPARE(network.requests().size(), 1);
    QCOMPARE(network.requests().constFirst().url.host(), u"directory.example.com"_s);
}

void TestConnectionTester::invalidEndpoint()
{
    FakeNetworkAccessManager network;
    ConnectionTester tester(network);
    ConnectionProfile profile = profileIn(Region::Custom);
    profile.customUrl = u"http://directory.example.com"_s;
    const ConnectionTestResult result = run(tester, profile);
    QCOMPARE(result.outcome, Outcome::InvalidEndpoint);
    QVERIFY(result.detail.contains(u"https"_s));
    QVERIFY(network.requests().isEmpty()); // nothing was sent, the key least of all
}

void TestConnectionTester::cancelEmitsNothing()
{
    FakeNetworkAccessManager network;
    network.setHandler(
        u"/api/organizations"_s, [](const FakeNetworkAccessManager::Request &) { return Response::hang(); });
    ConnectionTester tester(network);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profileIn(Region::US), Key);
    QTRY_COMPARE(network.requests().size(), 1);
    tester.cancel();
    QVERIFY(!tester.isRunning());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    // And a new test after a cancel works.
    network.setHandler(u"/api/organizations"_s, [](const FakeNetworkAccessManager::Request &) {
        return Response::json(orgList({ { u"5a01"_s, u"Acme"_s } }));
    });
    QCOMPARE(run(tester, profileIn(Region::US)).outcome, Outcome::Ok);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "test_connection_tester.moc"
