// OutboxPusher against a fake directory: order per object and parallelism across objects,
// "<key>FromRow" ids, lost answers reconciled without duplicates, conflicts in plain words.
#include "OutboxPushStore.h"
#include "VerifyResult.h"
#include "test_outbox_pusher_harness.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OutboxPusherTest;

class TestOutboxPusher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameObjectStrictlyInOrder();
    void independentRowsInParallel();
    void largeImportStaysLinear();
    void createdIdsFlowToLaterRows();
    void failedCreateFailsItsDependents();
    void lostCreateIsReconciled_data();
    void lostCreateIsReconciled();
    void createNotAppliedIsSentAgain();
    void conflictWithOwnTwinIsAdopted();
    void rateLimitedCreateIsSentAgain();
    void deletedMeanwhile();
    void renamedMeanwhile();
};

void TestOutboxPusher::sameObjectStrictlyInOrder()
{
    Harness h;
    h.directory.delayMs = 25;
    QStringList ids;
    for (int u = 0; u < 3; ++u)
        ids.append(h.directory.addUser(u"user%1"_s.arg(u)));
    for (const QString &id : std::as_const(ids)) {
        h.append(h.factory.updateUser(id, {}, { { u"department"_s, u"IT"_s } }, {}));
        h.append(h.factory.suspendUser(id, {}));
        h.append(h.factory.activateUser(id, {}));
        h.append(h.factory.updateUser(id, {}, { { u"department"_s, u"Ops"_s } }, {}));
    }
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.done, 12);
    QVERIFY2(h.directory.overlaps.isEmpty(), qPrintable(h.directory.overlaps.join(u", "_s)));
    QVERIFY(h.network.maxConcurrent() > 1); // the three users went out side by side
    for (const QString &id : std::as_const(ids)) {
        const QStringList mine = h.directory.writes.filter(id);
        QCOMPARE(mine,
            QStringList({ u"PUT /api/systemusers/"_s + id, u"POST /api/systemusers/"_s + id + u"/state/suspend"_s,
                u"POST /api/systemusers/"_s + id + u"/state/activate"_s, u"PUT /api/systemusers/"_s + id }));
        QCOMPARE(h.directory.users.value(id).value("department"_L1).toString(), u"Ops"_s);
        QCOMPARE(h.directory.users.value(id).value("state"_L1).toString(), u"ACTIVATED"_s);
    }
}

void TestOutboxPusher::independentRowsInParallel()
{
    Harness h;
    h.directory.delayMs = 30;
    const QString device = h.directory.addSystem(u"mac-01"_s);
    for (int i = 0; i < 24; ++i) {
        const QString user = h.directory.addUser(u"u%1"_s.arg(i));
        h.append(h.factory.bindUserToDevice(user, {}, device, {}, false, false)); // one device, many edges
    }
    QElapsedTimer clock;
    clock.start();
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.done, 24);
    QCOMPARE(h.network.maxConcurrent(), h.client.settings().maxParallel);
    QVERIFY2(clock.elapsed() < 24 * 30 / 2, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(h.directory.edges.size(), 24);
}

void TestOutboxPusher::largeImportStaysLinear()
{
    // An import: each create followed by a binding that takes its id. Bookkeeping per row must not
    // grow with the queue (a quadratic queue would show at this size).
    Harness h;
    const QString device = h.directory.addSystem(u"mac-01"_s);
    constexpr int Users = 600;
    QSqlDatabase db = h.cache->database();
    db.transaction();
    for (int i = 0; i < Users; ++i) {
        const qint64 create = h.append(h.factory.createUser(userFields(u"imported.%1"_s.arg(i))));
        OutboxRow bind = h.factory.bindUserToDevice({}, {}, device, u"mac-01"_s, false, false);
        OutboxChangeFactory::referToRow(bind, "userId"_L1, create);
        h.append(bind);
    }
    db.commit();
    QElapsedTimer clock;
    clock.start();
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.done, 2 * Users);
    QCOMPARE(h.directory.edges.size(), Users);
    qInfo() << 2 * Users << "rows through the fake directory in" << clock.elapsed() << "ms";
}

void TestOutboxPusher::createdIdsFlowToLaterRows()
{
    Harness h;
    const QString device = h.directory.addSystem(u"mac-01"_s);
    const QString group = h.directory.addGroup(true, u"Eng"_s);
    const qint64 create = h.append(h.factory.createUser(userFields(u"new.user"_s)));
    OutboxRow bind = h.factory.bindUserToDevice({}, u"new.user"_s, device, u"mac-01"_s, true, false);
    OutboxChangeFactory::referToRow(bind, "userId"_L1, create);
    const qint64 bindId = h.append(bind);
    OutboxRow join = h.factory.addUserToGroup(group, u"Eng"_s, {}, u"new.user"_s);
    OutboxChangeFactory::referToRow(join, "userId"_L1, create);
    h.append(join);
    const qint64 groupCreate = h.append(h.factory.createDeviceGroup({ { u"name"_s, u"Labs"_s } }));
    OutboxRow member = h.factory.addDeviceToGroup({}, u"Labs"_s, device, u"mac-01"_s);
    OutboxChangeFactory::referToRow(member, "groupId"_L1, groupCreate);
    h.append(member);

    QList<OutboxObjectRef> touched;
    OutboxPusher pusher(h.client, *h.cache);
    connect(&pusher, &OutboxPusher::touched, this, [&](const QList<OutboxObjectRef> &t) { touched = t; });
    QSignalSpy finished(&pusher, &OutboxPusher::pushFinished);
    pusher.start();
    QVERIFY(finished.wait(10000));
    const auto summary = finished.first().first().value<OutboxPushSummary>();
    QCOMPARE(summary.done, 5);

    const QString userId = h.row(create).payload.value("createdId"_L1).toString();
    QVERIFY(h.directory.users.contains(userId));
    QCOMPARE(h.row(create).objectId, userId);
    QCOMPARE(h.directory.edges.value(OutboxTestDirectory::edgeKey(u"system:"_s + device, u"user:"_s + userId)),
        QJsonValue(
            QJsonObject { { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } }));
    QVERIFY(h.directory.edges.contains(OutboxTestDirectory::edgeKey(u"user_group:"_s + group, u"user:"_s + userId)));
    const QString labs = h.row(groupCreate).payload.value("createdId"_L1).toString();
    QVERIFY(h.directory.edges.contains(OutboxTestDirectory::edgeKey(u"system_group:"_s + labs, u"system:"_s + device)));
    QCOMPARE(h.row(bindId).payload.value("userId"_L1).toString(), userId); // the stored row says which user it bound
    const auto has = [&](const QString &type, const QString &id) {
        return std::any_of(
            touched.cbegin(), touched.cend(), [&](const OutboxObjectRef &o) { return o.type == type && o.id == id; });
    };
    QVERIFY(has(u"user"_s, userId));
    QVERIFY(has(u"device"_s, device));
    QVERIFY(has(u"deviceGroup"_s, labs));
    QCOMPARE(summary.touched, touched);
}

void TestOutboxPusher::failedCreateFailsItsDependents()
{
    Harness h;
    h.directory.addUser(u"jdoe"_s, u"someone@example.com"_s);
    const QString device = h.directory.addSystem(u"mac-01"_s);
    const qint64 create = h.append(h.factory.createUser(userFields(u"jdoe"_s)));
    OutboxRow bind = h.factory.bindUserToDevice({}, u"jdoe"_s, device, u"mac-01"_s, false, false);
    OutboxChangeFactory::referToRow(bind, "userId"_L1, create);
    const qint64 bindId = h.append(bind);
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.failed, 2);
    QVERIFY(summary.ok());
    QCOMPARE(h.row(create).state, State::Failed);
    // The 409 is looked up (it could be our own twin's): someone else's jdoe, said with what differs.
    const QString refusal = u"User jdoe already exists in the directory, but it is not the one this change creates: "
                            "its email is \"someone@example.com\", not \"jdoe@example.com\". Someone else may have "
                            "created it meanwhile. If it is the one you meant, discard this change; otherwise discard "
                            "it and make the change again under another name."_s;
    QCOMPARE(h.row(create).error, refusal);
    QCOMPARE(h.row(bindId).state, State::Failed);
    QCOMPARE(h.row(bindId).error,
        u"This change depends on change #%1 (Create user jdoe), which failed: "_s.arg(create) + refusal);
    QVERIFY(h.row(bindId).payload.contains("userIdFromRow"_L1)); // kept as it was, ready for a retry
    QCOMPARE(h.directory.edges.size(), 0);
}

void TestOutboxPusher::lostCreateIsReconciled_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("502 after applying") << 0;
    QTest::newRow("connection dropped after applying") << 1;
    QTest::newRow("answer cut short after applying") << 2;
}

void TestOutboxPusher::lostCreateIsReconciled()
{
    QFETCH(int, kind);
    Harness h;
    Response lost = kind == 0 ? Response::error(502, "{\"message\":\"Bad Gateway\"}")
        : kind == 1           ? Response::failure(QNetworkReply::RemoteHostClosedError)
                              : Response::json(200, QJsonDocument(QJsonObject { { u"_id"_s, u"x"_s } })).truncated();
    int creates = 0;
    h.directory.faults = [&](const FakeNetworkAccessManager::Request &r) {
        return r.verb == "POST" && r.path == u"/api/systemusers" ? onFirst(&creates, Fault::after(lost))
                                                                 : Fault::none();
    };
    const qint64 id = h.append(h.factory.createUser(userFields(u"jdoe"_s), u"Secret-123456"_s));
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.done, 1);
    QCOMPARE(h.posts(u"/api/systemusers"_s), 1); // looked up, not sent again
    QCOMPARE(h.directory.countUsers(u"jdoe"_s), 1);
    QVERIFY(summary.rows.first().adopted);
    const QString created = h.row(id).payload.value("createdId"_L1).toString();
    QVERIFY(h.directory.users.contains(created));
    QVERIFY(!h.row(id).payload.contains("password"_L1));
}

void TestOutboxPusher::createNotAppliedIsSentAgain()
{
    Harness h;
    int creates = 0;
    h.directory.faults = [&](const FakeNetworkAccessManager::Request &r) {
        return r.verb == "POST" ? onFirst(&creates, Fault::before(Response::error(503, "{}"))) : Fault::none();
    };
    const qint64 id = h.append(h.factory.createUserGroup({ { u"name"_s, u"R&D + Ops"_s } }));
    QCOMPARE(h.push().done, 1);
    QCOMPARE(h.posts(u"/api/v2/usergroups"_s), 2);
    QCOMPARE(h.directory.userGroups.size(), 1);
    QCOMPARE(h.directory.userGroups.value(h.row(id).objectId).value("name"_L1).toString(), u"R&D + Ops"_s);
}

void TestOutboxPusher::conflictWithOwnTwinIsAdopted()
{
    // Qt sends a POST again by itself when the server drops the connection without answering: the
    // first answer we see is then the twin's 409, while our own create went through.
    Harness h;
    int creates = 0;
    h.directory.faults = [&](const FakeNetworkAccessManager::Request &r) {
        return r.verb == "POST" ? onFirst(&creates,
                   Fault::after(Response::error(409, "{\"message\":\"username \\\"twin\\\" already exists\"}")))
                                : Fault::none();
    };
    const qint64 twin = h.append(h.factory.createUser(userFields(u"twin"_s)));
    // Same username and e-mail, but the directory made it long before this push: someone else's.
    h.directory.addUser(u"old.one"_s); // created in 2020
    const qint64 clash = h.append(h.factory.createUser(userFields(u"old.one"_s)));
    const OutboxPushSummary summary = h.push();
    QCOMPARE(h.row(twin).state, State::Done);
    QVERIFY(h.directory.users.contains(h.row(twin).objectId));
    QCOMPARE(h.posts(u"/api/systemusers"_s), 2);
    QCOMPARE(h.row(clash).state, State::Failed);
    QVERIFY2(h.row(clash).error.startsWith(u"User old.one already exists in the directory, but it is not the one "
                                           "this change creates: it was created on 2020-01-01 00:00:00 UTC"_s),
        qPrintable(h.row(clash).error));
    QCOMPARE(summary.done, 1);
}

void TestOutboxPusher::rateLimitedCreateIsSentAgain()
{
    Harness h;
    int creates = 0;
    h.directory.faults = [&](const FakeNetworkAccessManager::Request &r) {
        if (r.verb != "POST" || creates++ >= 2)
            return Fault::none();
        return Fault::before(Response::error(429, "{\"message\":\"Too Many Requests\"}", { { "Retry-After", "0" } }));
    };
    h.append(h.factory.createUser(userFields(u"jdoe"_s)));
    QCOMPARE(h.push().done, 1);
    QCOMPARE(h.posts(u"/api/systemusers"_s), 3);
    QCOMPARE(h.directory.countUsers(u"jdoe"_s), 1);
}

void TestOutboxPusher::deletedMeanwhile()
{
    Harness h;
    const QString device = h.directory.addSystem(u"mac-01"_s);
    const QString gone = u"5f00000000000000000000ff"_s;
    const qint64 update = h.append(h.factory.updateUser(gone, u"jdoe"_s, { { u"department"_s, u"IT"_s } }, {}));
    const qint64 bind = h.append(h.factory.bindUserToDevice(gone, u"jdoe"_s, device, u"mac-01"_s, false, false));
    const qint64 activate = h.append(h.factory.activateUser(gone, u"jdoe"_s));
    const qint64 remove = h.append(h.factory.deleteUser(gone, u"jdoe"_s));
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.failed, 3);
    QCOMPARE(summary.done, 1);
    const QString message = u"User jdoe no longer exists in the directory."_s;
    QCOMPARE(h.row(update).error, message);
    QCOMPARE(h.row(bind).error, message);
    QCOMPARE(h.row(activate).error, message);
    QCOMPARE(h.row(remove).state, State::Done); // what the admin asked for holds
}

void TestOutboxPusher::renamedMeanwhile()
{
    Harness h;
    const QString id = h.directory.addUser(u"john.doe"_s);
    const qint64 update = h.append(h.factory.updateUser(id, u"jdoe"_s, { { u"department"_s, u"IT"_s } }, {}));
    QCOMPARE(h.push().failed, 1);
    QVERIFY2(h.row(update).error.startsWith(u"User jdoe was renamed to \"john.doe\" in the directory meanwhile"_s),
        qPrintable(h.row(update).error));
    QVERIFY(!h.directory.users.value(id).contains("department"_L1));
}

QTEST_GUILESS_MAIN(TestOutboxPusher)
#include "test_outbox_pusher.moc"
