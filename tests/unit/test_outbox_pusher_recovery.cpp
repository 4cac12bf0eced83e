// OutboxPusher against a fake directory: crash recovery, the password dropped once pushed (from
// the file too), one failure never stopping the rest, a refused key or a cancel keeping rows
// pending, edges already there or gone, full group PUTs and SSAO, reset MFA's two calls, and the
// controller's thread.
#include "OutboxPushController.h"
#include "OutboxPushStore.h"
#include "VerifyResult.h"
#include "test_outbox_pusher_harness.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OutboxPusherTest;

class TestOutboxPusherRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushingAtStartIsRecovered();
    void passwordScrubbedOncePushed();
    void oneFailureDoesNotStopOthers();
    void unauthorizedKeepsRowsPending();
    void edgesAlreadyThereOrGone();
    void groupUpdateAndSelfService();
    void resetMfaRequiresMfaThenResets();
    void cancelKeepsRowsPending();
    void controllerRunsOnItsOwnThread();
};

void TestOutboxPusherRecovery::pushingAtStartIsRecovered()
{
    Harness h;
    const QString device = h.directory.addSystem(u"mac-01"_s);
    const QString user = h.directory.addUser(u"bound"_s);
    // The previous push died after these went out (the directory made one of them just now).
    const QString applied = h.directory.addUser(u"applied"_s);
    h.directory.users[applied].insert(u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const qint64 createApplied = h.append(h.factory.createUser(userFields(u"applied"_s)));
    const qint64 createLost = h.append(h.factory.createUser(userFields(u"never.arrived"_s)));
    h.directory.edges.insert(OutboxTestDirectory::edgeKey(u"system:"_s + device, u"user:"_s + user), QJsonValue::Null);
    const qint64 bind = h.append(h.factory.bindUserToDevice(user, u"bound"_s, device, u"mac-01"_s, true, false));
    OutboxPushStore store(*h.cache);
    for (qint64 id : { createApplied, createLost, bind })
        QVERIFY_RESULT(store.markPushing(id));

    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.total, 3);
    QCOMPARE(summary.done, 3);
    QCOMPARE(h.row(createApplied).objectId, applied);
    QCOMPARE(h.directory.countUsers(u"applied"_s), 1);
    QCOMPARE(h.directory.countUsers(u"never.arrived"_s), 1);
    QCOMPARE(h.posts(u"/api/systemusers"_s), 1); // only the one that never arrived
    // The edge existed (the lost attempt made it): its sudo is set instead.
    QCOMPARE(h.directory.edges.value(OutboxTestDirectory::edgeKey(u"system:"_s + device, u"user:"_s + user))
                 .toObject()
                 .value("sudo"_L1)
                 .toObject()
                 .value("enabled"_L1),
        QJsonValue(true));
    QCOMPARE(h.row(bind).attempts, 2);
}

namespace {

// Every byte SQLite keeps for the cache: the database, its write-ahead log and a rollback journal.
QByteArray cacheFileBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &name : { path, QString(path + u"-wal"_s), QString(path + u"-journal"_s) }) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

void TestOutboxPusherRecovery::passwordScrubbedOncePushed()
{
    Harness h;
    const qint64 ok = h.append(h.factory.createUser(userFields(u"jdoe"_s), u"Secret-123456"_s));
    // Rows stored after it keep its old record from being merged back into the page's unused space
    // (it stays a free block, bytes and all, unless SQLite overwrites it), and make the log hold
    // several versions of the page.
    for (int i = 0; i < 3; ++i)
        h.append(h.factory.updateUser(
            h.directory.addUser(u"filler%1"_s.arg(i)), u"filler%1"_s.arg(i), { { u"department"_s, u"IT"_s } }, {}));
    h.directory.addUser(u"taken"_s);
    const qint64 refused = h.append(h.factory.createUser(userFields(u"taken"_s), u"Secret-654321"_s));
    h.push();
    const auto sent = std::find_if(h.network.requests().cbegin(), h.network.requests().cend(),
        [](const FakeNetworkAccessManager::Request &r) { return r.verb == "POST" && r.body.contains("jdoe"); });
    QVERIFY(sent != h.network.requests().cend());
    QCOMPARE(QJsonDocument::fromJson(sent->body).object().value("password"_L1).toString(), u"Secret-123456"_s);
    QCOMPARE(h.row(ok).state, State::Done);
    QVERIFY(!h.row(ok).payload.contains("password"_L1));
    QVERIFY(!QJsonDocument(h.row(ok).payload).toJson().contains("Secret"));
    QCOMPARE(h.row(ok).payload.value("createdId"_L1).toString(), h.row(ok).objectId);
    // A refused create keeps it: the admin fixes the username and retries.
    QCOMPARE(h.row(refused).state, State::Failed);
    QCOMPARE(h.row(refused).payload.value("password"_L1).toString(), u"Secret-654321"_s);
    // Not only the payload: the file itself, old page images and free space included.
    const QByteArray onDisk = cacheFileBytes(h.dir.path());
    QVERIFY(onDisk.size() > 10000);
    QVERIFY(!onDisk.contains("Secret-123456"));
    QVERIFY(onDisk.contains("Secret-654321")); // the failed row's, which the check would have found
}

void TestOutboxPusherRecovery::oneFailureDoesNotStopOthers()
{
    Harness h;
    h.directory.faults = [](const FakeNetworkAccessManager::Request &r) {
        return r.body.contains("bad.one")
            ? Fault::before(Response::error(400, "{\"message\":\"Password must be at least 12 characters\"}"))
            : Fault::none();
    };
    const qint64 a = h.append(h.factory.createUser(userFields(u"a.one"_s)));
    const qint64 bad = h.append(h.factory.createUser(userFields(u"bad.one"_s), u"short"_s));
    const qint64 c = h.append(h.factory.createUser(userFields(u"c.one"_s)));
    const OutboxPushSummary summary = h.push();
    QVERIFY(summary.ok());
    QCOMPARE(summary.done, 2);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(h.row(a).state, State::Done);
    QCOMPARE(h.row(c).state, State::Done);
    QCOMPARE(h.row(bad).error, u"Password must be at least 12 characters"_s);
    QCOMPARE(summary.toJson().value("counts"_L1).toObject(),
        QJsonObject({ { u"total"_s, 3 }, { u"done"_s, 2 }, { u"failed"_s, 1 }, { u"pending"_s, 0 } }));
}

void TestOutboxPusherRecovery::unauthorizedKeepsRowsPending()
{
    Harness h;
    h.directory.faults = [](const FakeNetworkAccessManager::Request &) {
        return Fault::before(Response::error(401, "{\"message\":\"Unauthorized\"}"));
    };
    for (int i = 0; i < 30; ++i)
        h.append(h.factory.createUser(userFields(u"u%1"_s.arg(i))));
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.error.code, u"unauthorized"_s);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.pending, 30);
    QVERIFY(h.network.requests().size() < 30); // stopped starting rows after the first refusals
    QCOMPARE(OutboxStore(*h.cache).countInState(State::Pending).value(), 30);
}

void TestOutboxPusherRecovery::edgesAlreadyThereOrGone()
{
    Harness h;
    const QString device = h.directory.addSystem(u"mac-01"_s);
    const QString user = h.directory.addUser(u"jdoe"_s);
    const QString group = h.directory.addGroup(true, u"Eng"_s);
    h.directory.edges.insert(
        OutboxTestDirectory::edgeKey(u"user_group:"_s + group, u"user:"_s + user), QJsonValue::Null);
    const qint64 join = h.append(h.factory.addUserToGroup(group, u"Eng"_s, user, u"jdoe"_s)); // already a member
    const qint64 unbind = h.append(h.factory.unbindUserFromDevice(user, u"jdoe"_s, device, u"mac-01"_s)); // not bound
    const qint64 ghost
        = h.append(h.factory.unbindUserFromDevice(user, u"jdoe"_s, u"63b0000000000000000000ff"_s, u"old-pc"_s));
    h.push();
    QCOMPARE(h.row(join).state, State::Done);
    QCOMPARE(h.row(unbind).state, State::Done);
    QCOMPARE(h.row(ghost).state, State::Failed);
    QCOMPARE(h.row(ghost).error, u"Device old-pc no longer exists in the directory."_s);
}

void TestOutboxPusherRecovery::groupUpdateAndSelfService()
{
    Harness h;
    const QString group = h.directory.addGroup(false, u"Servers"_s);
    h.directory.systemGroups[group].insert(u"description"_s, u"racks"_s);
    h.append(h.factory.updateDeviceGroup(group, { { u"name"_s, u"Racks"_s } }, { { u"name"_s, u"Servers"_s } }));
    SelfServiceProvisioning wanted;
    wanted.windowsEnabled = true;
    h.append(h.factory.setSelfService(wanted, {}));
    QCOMPARE(h.push().done, 2);
    QCOMPARE(h.directory.systemGroups.value(group).value("name"_L1).toString(), u"Racks"_s);
    QCOMPARE(
        h.directory.systemGroups.value(group).value("description"_L1).toString(), u"racks"_s); // kept by the full PUT
    const QJsonArray ssao = h.directory.ssao.value("settings"_L1).toArray();
    QCOMPARE(ssao.at(1).toObject().value("enabled"_L1), QJsonValue(true));
    QCOMPARE(ssao.at(0).toObject().value("passwordSyncEnabled"_L1), QJsonValue(true)); // not Bindery's to change
}

void TestOutboxPusherRecovery::resetMfaRequiresMfaThenResets()
{
    Harness h;
    const QString user = h.directory.addUser(u"jdoe"_s);
    const qint64 reset = h.append(h.factory.resetMfa(user, u"jdoe"_s, 14));
    const qint64 gone = h.append(h.factory.resetMfa(u"5f00000000000000000000ff"_s, u"ghost"_s, 7));
    const OutboxPushSummary summary = h.push();
    QCOMPARE(h.row(reset).state, State::Done);
    QCOMPARE(h.directory.writes.filter(user),
        QStringList({ u"PUT /api/systemusers/"_s + user, u"POST /api/systemusers/"_s + user + u"/resetmfa"_s }));
    const QJsonObject stored = h.directory.users.value(user);
    QCOMPARE(stored.value("enable_user_portal_multifactor"_L1), QJsonValue(true));
    QCOMPARE(stored.value("mfa"_L1).toObject(), QJsonObject({ { u"exclusion"_s, true }, { u"exclusionDays"_s, 14 } }));
    const auto sentReset = std::find_if(h.network.requests().cbegin(), h.network.requests().cend(),
        [](const FakeNetworkAccessManager::Request &r) { return r.path.endsWith(u"/resetmfa"_s); });
    QVERIFY(sentReset != h.network.requests().cend());
    QCOMPARE(QJsonDocument::fromJson(sentReset->body).object(),
        QJsonObject({ { u"exclusion"_s, true }, { u"exclusionDays"_s, 14 } }));
    // A user deleted meanwhile: said in words, and the reset is not sent.
    QCOMPARE(h.row(gone).state, State::Failed);
    QCOMPARE(h.row(gone).error, u"User ghost no longer exists in the directory."_s);
    QVERIFY(h.directory.writes.filter(u"5f00000000000000000000ff"_s).size() == 1); // the PUT only
    QCOMPARE(summary.done, 1);
}

void TestOutboxPusherRecovery::cancelKeepsRowsPending()
{
    Harness h;
    h.directory.faults = [](const FakeNetworkAccessManager::Request &) { return Fault::before(Response::hang()); };
    for (int i = 0; i < 5; ++i)
        h.append(h.factory.createUser(userFields(u"u%1"_s.arg(i))));
    OutboxPusher pusher(h.client, *h.cache);
    QSignalSpy finished(&pusher, &OutboxPusher::pushFinished);
    pusher.start();
    QTRY_VERIFY(h.network.requests().size() == 5);
    QCOMPARE(OutboxStore(*h.cache).countInState(State::Pushing).value(), 5);
    pusher.cancel();
    QVERIFY(finished.wait(5000));
    const auto summary = finished.first().first().value<OutboxPushSummary>();
    QCOMPARE(summary.error.code, u"cancelled"_s);
    QCOMPARE(summary.pending, 5);
    QCOMPARE(OutboxStore(*h.cache).countInState(State::Pending).value(), 5);
    // They may have arrived: the next push looks them up before sending.
    QCOMPARE(OutboxStore(*h.cache).rows().value().first().attempts, 1);
}

void TestOutboxPusherRecovery::controllerRunsOnItsOwnThread()
{
    // The controller makes its own QNAM: a port nobody listens on gives a quick network failure.
    TempCache dir;
    qint64 id = 0;
    {
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY_RESULT(cache);
        id = OutboxStore(*cache.value()).append(OutboxChangeFactory().createUser(userFields(u"jdoe"_s))).value();
    }
    OutboxPushController controller;
    OutboxPushConfig config;
    config.endpoint = ApiEndpoint::fromString(u"http://127.0.0.1:1"_s).value();
    config.credentials = { TestApiKey, {} };
    config.cachePath = dir.path();
    config.client = fastSettings(1);
    controller.setConfig(config);
    std::optional<OutboxPushSummary> summary;
    QList<State> states;
    connect(&controller, &OutboxPushController::finished, this, [&](const OutboxPushSummary &s) { summary = s; });
    connect(&controller, &OutboxPushController::rowStateChanged, this, [&](qint64 row, State state, const QString &) {
        QCOMPARE(QThread::currentThread(), thread());
        QCOMPARE(row, id);
        states.append(state);
    });
    controller.start();
    QVERIFY(controller.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 10000);
    QCOMPARE(summary->error.code, u"network"_s);
    QCOMPARE(summary->pending, 1);
    QCOMPARE(states, QList<State>({ State::Pushing, State::Pending }));
    QVERIFY(!controller.isRunning());
}

QTEST_GUILESS_MAIN(TestOutboxPusherRecovery)
#include "test_outbox_pusher_recovery.moc"
