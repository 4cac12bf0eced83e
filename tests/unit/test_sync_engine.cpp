// SyncEngine against an in-memory directory (the fake QNAM serving SampleOrg): a full sync ends
// with the cache equal to the server; a re-sync writes nothing; faults are retried; a 401, a
// short list, a hang or a cancel fail the sync and leave the previous snapshot in place.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "SampleOrg.h"
#include "SnapshotApplier.h"
#include "SyncController.h"
#include "SyncEngine.h"
#include "TempCache.h"
#include "test_api_client_support.h"
#include "test_sync_engine_directory.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using Response = FakeNetworkAccessManager::Response;

namespace {

template<typename T, typename Key>
QList<T> sortedBy(QList<T> list, Key key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

// The cache equals the server's org, list by list and field by field.
void compareWithServer(CacheDatabase &cache, const OrgSnapshot &server)
{
    const auto read = CacheReader(cache).snapshot();
    QVERIFY(read.ok());
    const OrgSnapshot &actual = read.value();
    const auto byId = [](const auto &x) { return x.id; };
    QCOMPARE(sortedBy(actual.users, byId), sortedBy(server.users, byId));
    QCOMPARE(sortedBy(actual.devices, byId), sortedBy(server.devices, byId));
    QCOMPARE(sortedBy(actual.userGroups, byId), sortedBy(server.userGroups, byId));
    QCOMPARE(sortedBy(actual.deviceGroups, byId), sortedBy(server.deviceGroups, byId));
    const auto binding = [](const UserDeviceBinding &b) -> QString { return b.userId + u'/' + b.deviceId; };
    QCOMPARE(sortedBy(actual.userDeviceBindings, binding), sortedBy(server.userDeviceBindings, binding));
    const auto member = [](const UserGroupMembership &m) -> QString { return m.groupId + u'/' + m.userId; };
    QCOMPARE(sortedBy(actual.userGroupMemberships, member), sortedBy(server.userGroupMemberships, member));
    const auto deviceMember = [](const DeviceGroupMembership &m) -> QString { return m.groupId + u'/' + m.deviceId; };
    QCOMPARE(
        sortedBy(actual.deviceGroupMemberships, deviceMember), sortedBy(server.deviceGroupMemberships, deviceMember));
    const auto groupBinding = [](const GroupBinding &b) -> QString { return b.userGroupId + u'/' + b.deviceGroupId; };
    QCOMPARE(sortedBy(actual.groupBindings, groupBinding), sortedBy(server.groupBindings, groupBinding));
    const auto account = [](const LocalAccount &a) -> QString { return a.deviceId + u'/' + a.username; };
    QCOMPARE(sortedBy(actual.localAccounts, account), sortedBy(server.localAccounts, account));
    QCOMPARE(actual.settings.orgId, server.settings.orgId);
    QCOMPARE(actual.settings.orgName, server.settings.orgName);
    QCOMPARE(actual.settings.passwordPolicy, server.settings.passwordPolicy);
    QCOMPARE(actual.settings.manualEntryState, server.settings.manualEntryState);
    QCOMPARE(actual.settings.csvImportState, server.settings.csvImportState);
    QCOMPARE(actual.settings.applicationImportState, server.settings.applicationImportState);
    QCOMPARE(actual.settings.selfService, server.settings.selfService);
}

qint64 totalChanges(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    return query.exec(u"SELECT total_changes()"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

struct Harness
{
    TempCache dir;
    FakeNetworkAccessManager network;
    std::unique_ptr<CacheDatabase> cache;
    OrgSnapshot server = SampleOrg::make();
    ApiClientSettings settings = fastSettings(4);

    Harness()
    {
        cache = std::move(CacheDatabase::open(dir.path()).value());
        TestDirectory::serve(network, server);
    }

    SyncReport sync(SyncEngine::Options options = {}, std::function<void(SyncEngine &)> whileRunning = {})
    {
        ApiClient client(network, fakeEndpoint(), { TestApiKey, {} }, settings);
        SyncEngine engine(client, *cache, options);
        std::optional<SyncReport> report;
        QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const SyncReport &r) { report = r; });
        engine.start();
        if (whileRunning)
            whileRunning(engine);
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 20000)) {
            SyncReport timedOut;
            timedOut.error = { 0, u"test-timeout"_s, u"no report"_s, {} };
            return timedOut;
        }
        return *report;
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSyncEqualsServer();
    void resyncOfUnchangedOrgWritesNothing();
    void serverChangesArriveAsChangeSet();
    void perUserBindingsGiveTheSameCache();
    void transientFaultsAreRetried();
    void unauthorizedMidSyncKeepsOldSnapshot();
    void shortListKeepsOldSnapshot();
    void hangingReplyTimesOutAndKeepsOldSnapshot();
    void cancelKeepsOldSnapshot();
    void edgeToUnknownObjectIsDropped();
    void controllerRunsOnItsOwnThread();
};

void TestSyncEngine::fullSyncEqualsServer()
{
    Harness h;
    const SyncReport report = h.sync();
    QVERIFY2(report.ok(), qPrintable(report.error.oneLine()));
    compareWithServer(*h.cache, h.server);
    QCOMPARE(report.counts.value(u"users"_s), h.server.users.size());
    QCOMPARE(report.counts.value(u"userDeviceBindings"_s), h.server.userDeviceBindings.size());
    QCOMPARE(report.counts.value(u"localAccounts"_s), h.server.localAccounts.size());
    QCOMPARE(report.requests, h.network.requests().size());
    QCOMPARE(report.retries, 0);
    QVERIFY(report.warnings.isEmpty());
    // Every request carried the key, and only as the header.
    for (const auto &request : h.network.requests())
        QCOMPARE(request.headers.value("x-api-key"), QByteArray(TestApiKey));
}

void TestSyncEngine::resyncOfUnchangedOrgWritesNothing()
{
    Harness h;
    QVERIFY(h.sync().ok());
    const qint64 before = totalChanges(*h.cache);
    const SyncReport again = h.sync();
    QVERIFY(again.ok());
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(again.changes.rowsWritten, 0);
    QCOMPARE(totalChanges(*h.cache) - before, 1); // only the snapshot's synced_at
}

void TestSyncEngine::serverChangesArriveAsChangeSet()
{
    Harness h;
    QVERIFY(h.sync().ok());
    h.server.users[0].jobTitle = u"CTO"_s;
    const UserDeviceBinding removed = h.server.userDeviceBindings.takeFirst();
    TestDirectory::serve(h.network, h.server);
    const SyncReport report = h.sync();
    QVERIFY(report.ok());
    QCOMPARE(report.changes.users.upserted, QStringList { h.server.users[0].id });
    QCOMPARE(report.changes.userDeviceBindings, (ChangeSet::Relation { 0, 1, 0 }));
    QVERIFY(report.changes.devices.relationsChanged.contains(removed.deviceId));
    compareWithServer(*h.cache, h.server);
}

void TestSyncEngine::perUserBindingsGiveTheSameCache()
{
    Harness h;
    SyncEngine::Options options;
    options.bindingSide = SyncEngine::BindingSide::PerUser;
    QVERIFY(h.sync(options).ok());
    compareWithServer(*h.cache, h.server);
    QVERIFY(h.network.requestCount(u"/api/v2/users/%1/associations"_s.arg(h.server.users.first().id)) == 1);
}

void TestSyncEngine::transientFaultsAreRetried()
{
    Harness h;
    // Every third distinct request fails on its first try, in one of three transient ways. Keyed
    // by URL rather than by arrival order so parallel requests cannot make one of them fail
    // repeatedly by chance (which would exhaust its retries and make the test flaky).
    QHash<QString, int> attempts;
    int distinct = 0;
    h.network.setOverride([&](const FakeNetworkAccessManager::Request &request) -> std::optional<Response> {
        const QString key = request.url.toString();
        const int attempt = ++attempts[key];
        if (attempt == 1)
            ++distinct;
        if (attempt > 1)
            return std::nullopt;
        switch (distinct % 9) {
        case 3:
            return Response::error(503, R"({"message":"Service Unavailable"})");
        case 6:
            return Response::error(429, R"({"message":"Too Many Requests"})", { { "Retry-After", "0" } });
        case 0:
            return Response::failure(QNetworkReply::RemoteHostClosedError);
        default:
            return std::nullopt;
        }
    });
    const SyncReport report = h.sync();
    QVERIFY2(report.ok(), qPrintable(report.error.oneLine()));
    QVERIFY(report.retries > 0);
    compareWithServer(*h.cache, h.server);
}

void TestSyncEngine::unauthorizedMidSyncKeepsOldSnapshot()
{
    Harness h;
    QVERIFY(h.sync().ok());
    const OrgSnapshot before = h.server;
    h.server.users[0].department = u"Moved"_s;
    TestDirectory::serve(h.network, h.server);
    // The key is revoked while the sync runs: the group member lists answer 401.
    h.network.setOverride([](const FakeNetworkAccessManager::Request &request) -> std::optional<Response> {
        if (request.path.startsWith(u"/api/v2/systemgroups/"_s))
            return Response::error(401, R"({"message":"Unauthorized"})");
        return std::nullopt;
    });
    const SyncReport report = h.sync();
    QVERIFY(!report.ok());
    QCOMPARE(report.error.code, u"unauthorized"_s);
    QCOMPARE(report.error.httpStatus, 401);
    compareWithServer(*h.cache, before);
}

void TestSyncEngine::shortListKeepsOldSnapshot()
{
    Harness h;
    QVERIFY(h.sync().ok());
    const OrgSnapshot before = h.server;
    // The directory says there is one more user than it returns.
    OrgSnapshot changed = h.server;
    changed.users.removeLast();
    TestDirectory::serve(h.network, changed);
    QJsonArray users;
    for (const User &u : changed.users)
        users.append(TestDirectory::userJson(u));
    h.network.servePaged(u"/api/systemusers"_s, users, FakeNetworkAccessManager::PageStyle::V1Envelope,
        FakeNetworkAccessManager::TotalMode::Fixed, users.size() + 1);
    const SyncReport report = h.sync();
    QVERIFY(!report.ok());
    QCOMPARE(report.error.code, u"incomplete"_s);
    QVERIFY2(report.error.message.contains(u"users"_s), qPrintable(report.error.message));
    compareWithServer(*h.cache, before);
}

void TestSyncEngine::hangingReplyTimesOutAndKeepsOldSnapshot()
{
    Harness h;
    QVERIFY(h.sync().ok());
    const OrgSnapshot before = h.server;
    h.network.setOverride([](const FakeNetworkAccessManager::Request &request) -> std::optional<Response> {
        if (request.path == u"/api/v2/systeminsights/users")
            return Response::hang();
        return std::nullopt;
    });
    h.settings.transferTimeout = std::chrono::milliseconds(150);
    h.settings.retry.maxAttempts = 2;
    h.network.clearRequests();
    const SyncReport report = h.sync();
    QCOMPARE(report.error.code, u"timeout"_s);
    QCOMPARE(h.network.requestCount(u"/api/v2/systeminsights/users"_s), 2);
    QTRY_COMPARE(h.network.concurrent(), 0);
    compareWithServer(*h.cache, before);
}

void TestSyncEngine::cancelKeepsOldSnapshot()
{
    Harness h;
    QVERIFY(h.sync().ok());
    const OrgSnapshot before = h.server;
    h.server.devices[0].displayName = u"renamed"_s;
    TestDirectory::serve(h.network, h.server);
    h.network.setDefaultDelay(20);
    const SyncReport report = h.sync({}, [](SyncEngine &engine) {
        QTest::qWait(50);
        engine.cancel();
    });
    QCOMPARE(report.error.code, u"cancelled"_s);
    QTRY_COMPARE(h.network.concurrent(), 0);
    compareWithServer(*h.cache, before);
}

void TestSyncEngine::edgeToUnknownObjectIsDropped()
{
    Harness h;
    // A binding to a device created after the device list was read.
    const QString deviceId = h.server.devices.first().id;
    h.network.servePaged(u"/api/v2/systems/%1/associations"_s.arg(deviceId),
        QJsonArray { TestDirectory::edge(u"65a0000000000000000000ee"_s, u"user"_s) },
        FakeNetworkAccessManager::PageStyle::V2Array);
    OrgSnapshot expected = h.server;
    expected.userDeviceBindings.removeIf([&](const UserDeviceBinding &b) { return b.deviceId == deviceId; });
    const SyncReport report = h.sync();
    QVERIFY(report.ok());
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings.first().contains(u"dropped"_s));
    compareWithServer(*h.cache, expected);
}

void TestSyncEngine::controllerRunsOnItsOwnThread()
{
    // The controller creates its own QNAM, so it needs a reachable directory: a port nobody listens
    // on gives a quick "network" failure, which is what this checks end to end across threads.
    TempCache dir;
    SyncController controller;
    SyncConfig config;
    config.endpoint = ApiEndpoint::fromString(u"http://127.0.0.1:1"_s).value();
    config.credentials = { TestApiKey, {} };
    config.cachePath = dir.path();
    config.client = fastSettings(2);
    controller.setConfig(config);
    std::optional<SyncReport> report;
    QList<SyncProgress> progress;
    connect(&controller, &SyncController::finished, this, [&](const SyncReport &r) { report = r; });
    connect(&controller, &SyncController::progress, this, [&](const SyncProgress &p) { progress.append(p); });
    controller.start();
    QVERIFY(controller.isRunning());
    controller.start(); // ignored while running
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
    QCOMPARE(report->error.code, u"network"_s);
    QVERIFY(!controller.isRunning());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_sync_engine.moc"
