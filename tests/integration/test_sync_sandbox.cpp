// End to end against the real bindery-sandbox over loopback HTTP: a full sync ends with the cache
// equal to what the server answers to plain requests; faults and a tight rate limit give the
// same cache; a re-sync writes nothing; a sync interrupted by a dead server or a cancel leaves
// the previous snapshot intact and the file sound; the CLI does the same from a script.
#include "ApiClient.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "SandboxRunner.h"
#include "SyncEngine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr char Key[] = "integration-key-7f3a9c21e4";

// The org as sets of comparable strings: one per row, with the fields worth checking.
struct OrgSets
{
    QSet<QString> users, devices, userGroups, deviceGroups, userMembers, deviceMembers, bindings, groupBindings,
        accounts;
    QString settings;
    bool operator==(const OrgSets &) const = default;
};

// Plain GETs, one at a time, paging until a short page: deliberately nothing shared with the
// client under test. Bindings are read from the users' side, the engine reads devices' side.
class PlainFetcher
{
public:
    explicit PlainFetcher(QString base)
        : m_base(std::move(base))
    {
    }

    QJsonDocument get(const QString &pathAndQuery)
    {
        QNetworkRequest request(QUrl(m_base + pathAndQuery));
        request.setRawHeader("x-api-key", Key);
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            qWarning() << "plain GET failed" << pathAndQuery << reply->errorString();
        return QJsonDocument::fromJson(reply->readAll());
    }

    QList<QJsonObject> all(const QString &path, bool v1, int limit = 100)
    {
        QList<QJsonObject> out;
        const QString separator = path.contains(u'?') ? u"&"_s : u"?"_s;
        for (int skip = 0;; skip += limit) {
            const QJsonDocument page = get(path + separator + u"limit=%1&skip=%2"_s.arg(limit).arg(skip));
            const QJsonArray items = v1 ? page.object().value("results"_L1).toArray() : page.array();
            for (const QJsonValue &item : items)
                out.append(item.toObject());
            if (items.size() < limit)
                return out;
        }
    }

    OrgSets fetch()
    {
        OrgSets s;
        const auto to
            = [](const QJsonObject &edge) { return edge.value("to"_L1).toObject().value("id"_L1).toString(); };
        const auto sudo = [](const QJsonObject &edge) {
            const QJsonObject flags = edge.value("attributes"_L1).toObject().value("sudo"_L1).toObject();
            return u"%1%2"_s.arg(flags.value("enabled"_L1).toBool()).arg(flags.value("withoutPassword"_L1).toBool());
        };
        for (const QJsonObject &u : all(u"/api/systemusers"_s, true)) {
            const QString id = u.value("_id"_L1).toString();
            s.users.insert(id + u'|' + u.value("username"_L1).toString() + u'|' + u.value("email"_L1).toString() + u'|'
                + u.value("systemUsername"_L1).toString() + u'|' + u.value("state"_L1).toString());
            for (const QJsonObject &edge : all(u"/api/v2/users/%1/associations?targets=system"_s.arg(id), false))
                s.bindings.insert(id + u'|' + to(edge) + u'|' + sudo(edge));
        }
        for (const QJsonObject &d : all(u"/api/systems"_s, true))
            s.devices.insert(d.value("_id"_L1).toString() + u'|' + d.value("hostname"_L1).toString() + u'|'
                + d.value("displayName"_L1).toString());
        for (const QJsonObject &g : all(u"/api/v2/usergroups"_s, false)) {
            const QString id = g.value("id"_L1).toString();
            s.userGroups.insert(id + u'|' + g.value("name"_L1).toString());
            for (const QJsonObject &edge : all(u"/api/v2/usergroups/%1/members"_s.arg(id), false))
                s.userMembers.insert(id + u'|' + to(edge));
            for (const QJsonObject &edge :
                all(u"/api/v2/usergroups/%1/associations?targets=system_group"_s.arg(id), false))
                s.groupBindings.insert(id + u'|' + to(edge));
        }
        for (const QJsonObject &g : all(u"/api/v2/systemgroups"_s, false)) {
            const QString id = g.value("id"_L1).toString();
            s.deviceGroups.insert(id + u'|' + g.value("name"_L1).toString());
            for (const QJsonObject &edge : all(u"/api/v2/systemgroups/%1/members"_s.arg(id), false))
                s.deviceMembers.insert(id + u'|' + to(edge));
        }
        for (const QJsonObject &a : all(u"/api/v2/systeminsights/users"_s, false, 1000))
            s.accounts.insert(a.value("system_id"_L1).toString() + u'|' + a.value("username"_L1).toString() + u'|'
                + QString::number(a.value("admin"_L1).toBool()));
        const QJsonObject org = get(u"/api/organizations"_s).object().value("results"_L1).toArray().first().toObject();
        s.settings = org.value("_id"_L1).toString() + u'|'
            + QString::number(org.value("settings"_L1)
                                  .toObject()
                                  .value("passwordPolicy"_L1)
                                  .toObject()
                                  .value("minLength"_L1)
                                  .toInt());
        return s;
    }

private:
    QString m_base;
    QNetworkAccessManager m_network;
};

OrgSets fromCache(CacheDatabase &cache)
{
    OrgSets s;
    const OrgSnapshot org = CacheReader(cache).snapshot().value();
    for (const User &u : org.users)
        s.users.insert(
            u.id + u'|' + u.username + u'|' + u.email + u'|' + u.systemUsername + u'|' + userStateKey(u.state));
    for (const Device &d : org.devices)
        s.devices.insert(d.id + u'|' + d.hostname + u'|' + d.displayName);
    for (const UserGroup &g : org.userGroups)
        s.userGroups.insert(g.id + u'|' + g.name);
    for (const DeviceGroup &g : org.deviceGroups)
        s.deviceGroups.insert(g.id + u'|' + g.name);
    for (const auto &m : org.userGroupMemberships)
        s.userMembers.insert(m.groupId + u'|' + m.userId);
    for (const auto &m : org.deviceGroupMemberships)
        s.deviceMembers.insert(m.groupId + u'|' + m.deviceId);
    for (const auto &b : org.userDeviceBindings)
        s.bindings.insert(
            b.userId + u'|' + b.deviceId + u'|' + u"%1%2"_s.arg(b.sudoEnabled).arg(b.sudoWithoutPassword));
    for (const auto &b : org.groupBindings)
        s.groupBindings.insert(b.userGroupId + u'|' + b.deviceGroupId);
    for (const auto &a : org.localAccounts)
        s.accounts.insert(a.deviceId + u'|' + a.username + u'|' + QString::number(a.admin));
    s.settings = org.settings.orgId + u'|' + QString::number(org.settings.passwordPolicy.minLength);
    return s;
}

void compareSets(const OrgSets &actual, const OrgSets &expected)
{
    QCOMPARE(actual.users, expected.users);
    QCOMPARE(actual.devices, expected.devices);
    QCOMPARE(actual.userGroups, expected.userGroups);
    QCOMPARE(actual.deviceGroups, expected.deviceGroups);
    QCOMPARE(actual.userMembers, expected.userMembers);
    QCOMPARE(actual.deviceMembers, expected.deviceMembers);
    QCOMPARE(actual.bindings, expected.bindings);
    QCOMPARE(actual.groupBindings, expected.groupBindings);
    QCOMPARE(actual.accounts, expected.accounts);
    QCOMPARE(actual.settings, expected.settings);
}

SyncReport runSync(const QString &url, CacheDatabase &cache, std::function<void(SyncEngine &)> meanwhile = {},
    const QByteArray &key = Key)
{
    QNetworkAccessManager network;
    ApiClientSettings settings;
    settings.retry.maxAttempts = 8; // --fault-rate 0.1 makes 4 failures in a row likely over thousands
    ApiClient client(network, ApiEndpoint::fromString(url).value(), { key, {} }, settings);
    SyncEngine engine(client, cache);
    std::optional<SyncReport> report;
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const SyncReport &r) { report = r; });
    engine.start();
    if (meanwhile)
        meanwhile(engine);
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 300000)) {
        SyncReport timedOut;
        timedOut.error = { 0, u"test-timeout"_s, u"no report"_s, {} };
        return timedOut;
    }
    return *report;
}

qint64 totalChanges(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    return query.exec(u"SELECT total_changes()"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

QString integrity(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString() : u"(failed)"_s;
}

} // namespace

class TestSyncSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSyncEqualsServer();
    void faultsAndRateLimitGiveTheSameCache();
    void killedServerLeavesPreviousSnapshot();
    void cancelLeavesPreviousSnapshot();
    void cliSyncPrintsJson();
    void cliWrongKeyFailsInOneLine();
    void cliTakesTheKeyOnlyFromTheEnvironment();

private:
    SandboxRunner m_clean;
    OrgSets m_server;
    QTemporaryDir m_dir;
};

void TestSyncSandbox::initTestCase()
{
    QVERIFY2(m_clean.start({ u"--seed"_s, u"demo"_s }, Key), qPrintable(m_clean.errorText()));
    m_server = PlainFetcher(m_clean.url()).fetch();
    QVERIFY(m_server.users.size() > 0 && m_server.bindings.size() > 0 && m_server.accounts.size() > 0);
}

void TestSyncSandbox::demoSyncEqualsServer()
{
    auto cache = std::move(CacheDatabase::open(m_dir.filePath(u"demo.sqlite"_s)).value());
    const SyncReport report = runSync(m_clean.url(), *cache);
    QVERIFY2(report.ok(), qPrintable(report.error.oneLine()));
    compareSets(fromCache(*cache), m_server);
    QCOMPARE(report.counts.value(u"users"_s), m_server.users.size());
    QCOMPARE(report.counts.value(u"userDeviceBindings"_s), m_server.bindings.size());
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u"; ")));

    // The same org again: nothing to write but the sync time.
    const qint64 before = totalChanges(*cache);
    const SyncReport again = runSync(m_clean.url(), *cache);
    QVERIFY(again.ok());
    QVERIFY2(again.changes.isEmpty(), QJsonDocument(again.changes.toJson()).toJson().constData());
    QCOMPARE(again.changes.rowsWritten, 0);
    QCOMPARE(totalChanges(*cache) - before, 1);
}

void TestSyncSandbox::faultsAndRateLimitGiveTheSameCache()
{
    SandboxRunner faulty;
    QVERIFY2(faulty.start({ u"--seed"_s, u"demo"_s, u"--fault-rate"_s, u"0.1"_s, u"--fault-seed"_s, u"3"_s,
                              u"--rate-limit"_s, u"50"_s },
                 Key),
        qPrintable(faulty.errorText()));
    auto cache = std::move(CacheDatabase::open(m_dir.filePath(u"faulty.sqlite"_s)).value());
    const SyncReport report = runSync(faulty.url(), *cache);
    QVERIFY2(report.ok(), qPrintable(report.error.oneLine()));
    QVERIFY2(report.retries > 0, "faults and 429s were met and retried");
    qInfo() << "with faults:" << report.requests << "requests," << report.retries << "retries in" << report.seconds
            << "s";
    compareSets(fromCache(*cache), m_server);
}

void TestSyncSandbox::killedServerLeavesPreviousSnapshot()
{
    SandboxRunner slow;
    QVERIFY2(slow.start({ u"--seed"_s, u"demo"_s, u"--latency-ms"_s, u"20"_s }, Key), qPrintable(slow.errorText()));
    auto cache = std::move(CacheDatabase::open(m_dir.filePath(u"killed.sqlite"_s)).value());
    QVERIFY(runSync(slow.url(), *cache).ok());
    const OrgSets before = fromCache(*cache);
    const SyncReport report = runSync(slow.url(), *cache, [&slow](SyncEngine &) {
        QTest::qWait(300);
        slow.kill();
    });
    QVERIFY(!report.ok());
    QVERIFY2(report.error.code == u"network" || report.error.code == u"timeout", qPrintable(report.error.oneLine()));
    compareSets(fromCache(*cache), before);
    QCOMPARE(integrity(*cache), u"ok"_s);
    // A fresh connection sees the same: nothing half-written is waiting in the WAL.
    cache.reset();
    auto reopened = std::move(CacheDatabase::open(m_dir.filePath(u"killed.sqlite"_s)).value());
    compareSets(fromCache(*reopened), before);
    QCOMPARE(integrity(*reopened), u"ok"_s);
}

void TestSyncSandbox::cancelLeavesPreviousSnapshot()
{
    SandboxRunner slow;
    QVERIFY2(slow.start({ u"--seed"_s, u"demo"_s, u"--latency-ms"_s, u"20"_s }, Key), qPrintable(slow.errorText()));
    auto cache = std::move(CacheDatabase::open(m_dir.filePath(u"cancelled.sqlite"_s)).value());
    QVERIFY(runSync(slow.url(), *cache).ok());
    const OrgSets before = fromCache(*cache);
    const SyncReport report = runSync(slow.url(), *cache, [](SyncEngine &engine) {
        QTest::qWait(200);
        engine.cancel();
    });
    QCOMPARE(report.error.code, u"cancelled"_s);
    compareSets(fromCache(*cache), before);
    QCOMPARE(integrity(*cache), u"ok"_s);
}

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

CliRun runCli(const QStringList &arguments, const QByteArray &keyInEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BINDERY_TEST_KEY"_s, QString::fromUtf8(keyInEnvironment));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BINDERY_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

void TestSyncSandbox::cliSyncPrintsJson()
{
    const CliRun run = runCli({ u"sync"_s, u"--url"_s, m_clean.url(), u"--api-key-env"_s, u"BINDERY_TEST_KEY"_s,
                                  u"--cache"_s, m_dir.filePath(u"cli.sqlite"_s), u"--json"_s },
        Key);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("counts"_L1).toObject().value("users"_L1).toInt(), m_server.users.size());
    QCOMPARE(json.value("counts"_L1).toObject().value("devices"_L1).toInt(), m_server.devices.size());
    QCOMPARE(json.value("counts"_L1).toObject().value("localAccounts"_L1).toInt(), m_server.accounts.size());
    QVERIFY(json.value("requests"_L1).toInt() > 0);
    QVERIFY(json.contains("retries"_L1) && json.contains("seconds"_L1) && json.contains("changes"_L1));
    QVERIFY(!run.out.contains(QString::fromLatin1(Key)) && !run.err.contains(QString::fromLatin1(Key)));
    auto cache = std::move(CacheDatabase::open(m_dir.filePath(u"cli.sqlite"_s)).value());
    compareSets(fromCache(*cache), m_server);
}

void TestSyncSandbox::cliWrongKeyFailsInOneLine()
{
    const CliRun run = runCli({ u"sync"_s, u"--url"_s, m_clean.url(), u"--api-key-env"_s, u"BINDERY_TEST_KEY"_s,
                                  u"--cache"_s, m_dir.filePath(u"wrong.sqlite"_s) },
        "not-the-key-0000");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.trimmed().count(u'\n') == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"401 Unauthorized: check the API key in $BINDERY_TEST_KEY"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"not-the-key-0000"_s) && !run.out.contains(u"not-the-key-0000"_s));
}

void TestSyncSandbox::cliTakesTheKeyOnlyFromTheEnvironment()
{
    const QString cache = m_dir.filePath(u"flag.sqlite"_s);
    CliRun run = runCli(
        { u"sync"_s, u"--url"_s, m_clean.url(), u"--api-key"_s, QString::fromLatin1(Key), u"--cache"_s, cache }, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--api-key-env"_s), qPrintable(run.err));
    run = runCli(
        { u"sync"_s, u"--url"_s, m_clean.url(), u"--api-key-env"_s, u"BINDERY_TEST_KEY"_s, u"--cache"_s, cache }, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"BINDERY_TEST_KEY"_s), qPrintable(run.err));
    // A plain-http URL to a remote host is refused before anything is sent.
    run = runCli({ u"sync"_s, u"--url"_s, u"http://console.jumpcloud.com"_s, u"--api-key-env"_s, u"BINDERY_TEST_KEY"_s,
                     u"--cache"_s, cache },
        Key);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"https"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSyncSandbox)
#include "test_sync_sandbox.moc"
