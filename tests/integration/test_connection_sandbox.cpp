// The connection test against real peers over loopback: the real bindery-sandbox (right key,
// wrong key, a key that belongs to "another region"), a closed port, https spoken to a plain-http
// port, a socket that accepts and never answers, an unreachable proxy and a host that does not
// exist.
#include "ConnectionTester.h"
#include "SandboxRunner.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ConnectionTestResult::Outcome;

namespace {

constexpr char Key[] = "connection-key-6b1f0e93d2";
constexpr char OtherKey[] = "other-region-key-44c7a1e0b5";

ApiEndpoint endpoint(const QString &url)
{
    return ApiEndpoint::fromString(url).value();
}

ConnectionTestResult run(ConnectionTester &tester, const ApiEndpoint &where, const QByteArray &key,
    QList<ConnectionTester::RegionProbe> alternatives = {})
{
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(where, ApiCredentials { key, {} }, std::move(alternatives));
    if (!finished.wait(30000) && finished.isEmpty())
        return {};
    return finished.constFirst().constFirst().value<ConnectionTestResult>();
}

// A port that was free a moment ago and has nothing listening now.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestConnectionSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void okWithTheRightKey();
    void wrongKey();
    void wrongRegion();
    void connectionRefused();
    void tlsAgainstPlainHttp();
    void timeoutOnSilentServer();
    void proxyUnreachable();
    void hostNotFound();

private:
    SandboxRunner m_sandbox;
    SandboxRunner m_otherRegion;
};

void TestConnectionSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start({ u"--seed"_s, u"demo"_s, u"--agent-delay-ms"_s, u"0"_s }, Key),
        qPrintable(m_sandbox.errorText()));
    QVERIFY2(m_otherRegion.start({ u"--seed"_s, u"demo"_s, u"--agent-delay-ms"_s, u"0"_s }, OtherKey),
        qPrintable(m_otherRegion.errorText()));
}

void TestConnectionSandbox::okWithTheRightKey()
{
    ConnectionTester tester;
    const ConnectionTestResult result = run(tester, endpoint(m_sandbox.url()), Key);
    QCOMPARE(result.outcome, Outcome::Ok);
    QCOMPARE(result.organizations.size(), 1);
    QCOMPARE(result.organizations.constFirst().id.size(), 24); // an ObjectId
    QVERIFY(!result.organizations.constFirst().name.isEmpty());
    QCOMPARE(u"http://"_s + result.host, m_sandbox.url());
}

void TestConnectionSandbox::wrongKey()
{
    ConnectionTester tester;
    const ConnectionTestResult result = run(tester, endpoint(m_sandbox.url()), "not-the-key");
    QCOMPARE(result.outcome, Outcome::WrongKey);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY(result.isDefiniteRejection());
}

void TestConnectionSandbox::wrongRegion()
{
    // The second sandbox plays the region the key belongs to.
    ConnectionTester tester;
    const ConnectionTestResult result = run(tester, endpoint(m_sandbox.url()), OtherKey,
        { { ConnectionProfile::Region::EU, endpoint(m_otherRegion.url()) } });
    QCOMPARE(result.outcome, Outcome::WrongRegion);
    QCOMPARE(result.validInRegion, ConnectionProfile::Region::EU);
    // And a key nobody knows stays a wrong key after the probe.
    QCOMPARE(run(tester, endpoint(m_sandbox.url()), "unknown-everywhere",
                 { { ConnectionProfile::Region::EU, endpoint(m_otherRegion.url()) } })
                 .outcome,
        Outcome::WrongKey);
}

void TestConnectionSandbox::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    ConnectionTester tester;
    const ConnectionTestResult result = run(tester, endpoint(u"http://127.0.0.1:%1"_s.arg(port)), Key);
    QCOMPARE(result.outcome, Outcome::ConnectionRefused);
    QCOMPARE(result.host, u"127.0.0.1:%1"_s.arg(port));
}

void TestConnectionSandbox::tlsAgainstPlainHttp()
{
    // https to the sandbox's plain-http port: the handshake fails, and says so.
    QString url = m_sandbox.url();
    url.replace(u"http://"_s, u"https://"_s);
    ConnectionTester tester;
    const ConnectionTestResult result = run(tester, endpoint(url), Key);
    QCOMPARE(result.outcome, Outcome::TlsFailure);
    QVERIFY2(!result.detail.isEmpty(), "a TLS failure names its reason");
    QVERIFY(result.tlsNotSpoken); // told apart from a certificate problem
    qInfo("TLS failure reported as: %s", qPrintable(result.detail));
}

void TestConnectionSandbox::timeoutOnSilentServer()
{
    QTcpServer silent; // accepts, reads, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    ConnectionTester tester;
    tester.setTimeout(std::chrono::milliseconds(1000));
    QElapsedTimer clock;
    clock.start();
    const ConnectionTestResult result = run(tester, endpoint(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())), Key);
    QCOMPARE(result.outcome, Outcome::Timeout);
    QCOMPARE(result.timeoutSeconds, 1);
    QVERIFY(!held.isEmpty()); // it did connect; the silence came after
    QVERIFY2(clock.elapsed() < 10000, "one attempt only, no retries while the admin waits");
}

void TestConnectionSandbox::proxyUnreachable()
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, closedPort()));
    ConnectionTester tester(network);
    const ConnectionTestResult result = run(tester, endpoint(m_sandbox.url()), Key);
    QCOMPARE(result.outcome, Outcome::ProxyError);
    QVERIFY(result.proxy.startsWith(u"127.0.0.1:"_s)); // the message names the proxy, not the directory
}

void TestConnectionSandbox::hostNotFound()
{
    // ".invalid" never resolves (RFC 6761).
    ConnectionTester tester;
    tester.setTimeout(std::chrono::milliseconds(15000));
    const ConnectionTestResult result = run(tester, endpoint(u"https://bindery-test.invalid"_s), Key);
    QCOMPARE(result.outcome, Outcome::HostNotFound);
    QCOMPARE(result.host, u"bindery-test.invalid"_s);
}

QTEST_GUILESS_MAIN(TestConnectionSandbox)
#include "test_connection_sandbox.moc"
