// OutboxPusher against a fake directory: a create whose answer was lost adopts only the object
// it made (every field it sent, created after its first attempt, recorded across pushes), and
// fails in plain words when someone else's object holds the name.
#include "OutboxPushStore.h"
#include "VerifyResult.h"
#include "test_outbox_pusher_harness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace OutboxPusherTest;

namespace {

const QString Advice = u"If it is the one you meant, discard this change; otherwise discard it and make the change "
                       "again under another name."_s;

QString isoAgo(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODateWithMs);
}

// The first create request never reaches the directory; `meanwhile` runs as it is lost.
std::function<Fault(const FakeNetworkAccessManager::Request &)> firstCreateLost(
    int *count, const QString &path, std::function<void()> meanwhile)
{
    return [count, path, meanwhile](const FakeNetworkAccessManager::Request &r) {
        if (r.verb != "POST" || r.path != path || (*count)++ > 0)
            return Fault::none();
        meanwhile();
        return Fault::before(Response::failure(QNetworkReply::RemoteHostClosedError));
    };
}

} // namespace

class TestOutboxPusherAdoption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostCreateAdoptsWhatMatchesEveryField();
    void lostCreateMeetsSomeoneElsesUser();
    void lostCreateMeetsAnOlderTwin();
    void firstAttemptIsRecordedAndBoundsLaterPushes();
    void lostGroupCreateMatchesEveryField();
};

void TestOutboxPusherAdoption::lostCreateAdoptsWhatMatchesEveryField()
{
    Harness h;
    int creates = 0;
    h.directory.faults = [&](const FakeNetworkAccessManager::Request &r) {
        return r.verb == "POST" && r.path == u"/api/systemusers"
            ? onFirst(&creates, Fault::after(Response::error(502, "{\"message\":\"Bad Gateway\"}")))
            : Fault::none();
    };
    QJsonObject fields = userFields(u"jdoe"_s);
    fields.insert(u"firstname"_s, u"Jane"_s);
    fields.insert(u"department"_s, u"IT"_s);
    fields.insert(u"attributes"_s, QJsonArray { QJsonObject { { u"name"_s, u"badge"_s }, { u"value"_s, u"42"_s } } });
    const qint64 id = h.append(h.factory.createUser(fields, u"Secret-123456"_s));
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.done, 1);
    QVERIFY(summary.rows.first().adopted);
    QCOMPARE(h.posts(u"/api/systemusers"_s), 1);
    QCOMPARE(h.row(id).objectId, h.directory.users.keys().constFirst());
}

void TestOutboxPusherAdoption::lostCreateMeetsSomeoneElsesUser()
{
    Harness h;
    int creates = 0;
    // Another admin makes a jdoe of their own while ours is lost on the way.
    h.directory.faults = firstCreateLost(&creates, u"/api/systemusers"_s, [&] {
        const QString theirs = h.directory.addUser(u"jdoe"_s, u"jdoe@elsewhere.example"_s);
        h.directory.users[theirs].insert(u"created"_s, isoAgo(0));
    });
    const qint64 id = h.append(h.factory.createUser(userFields(u"jdoe"_s), u"Secret-123456"_s));
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.failed, 1);
    QCOMPARE(h.row(id).state, State::Failed);
    QCOMPARE(h.row(id).error,
        u"User jdoe already exists in the directory, but it is not the one this change creates: its email is "
        "\"jdoe@elsewhere.example\", not \"jdoe@example.com\". Someone else may have created it meanwhile. "_s
            + Advice);
    QCOMPARE(h.posts(u"/api/systemusers"_s), 1); // looked up, and not sent into a 409
    QCOMPARE(h.directory.countUsers(u"jdoe"_s), 1);
    QVERIFY(h.row(id).objectId.isEmpty());
    QCOMPARE(h.row(id).payload.value("password"_L1).toString(), u"Secret-123456"_s); // kept for a retry
}

void TestOutboxPusherAdoption::lostCreateMeetsAnOlderTwin()
{
    Harness h;
    int creates = 0;
    // Same username and e-mail, but the directory says it made the user in 2020 (addUser): not ours.
    h.directory.faults = firstCreateLost(&creates, u"/api/systemusers"_s, [&] { h.directory.addUser(u"jdoe"_s); });
    const qint64 id = h.append(h.factory.createUser(userFields(u"jdoe"_s)));
    h.push();
    QCOMPARE(h.row(id).state, State::Failed);
    const QString error = h.row(id).error;
    QVERIFY2(error.startsWith(u"User jdoe already exists in the directory, but it is not the one this change "
                              "creates: it was created on 2020-01-01 00:00:00 UTC, before Bindery first sent this "
                              "change ("_s),
        qPrintable(error));
    QVERIFY(error.endsWith(Advice));
    QCOMPARE(h.posts(u"/api/systemusers"_s), 1);
}

void TestOutboxPusherAdoption::firstAttemptIsRecordedAndBoundsLaterPushes()
{
    Harness h;
    // A create refused for now keeps the moment it was first sent, and a second push keeps it too.
    int refusals = 0;
    h.directory.faults = [&](const FakeNetworkAccessManager::Request &r) {
        return r.verb == "POST" && refusals++ < 1 ? Fault::before(Response::error(401, "{\"message\":\"no\"}"))
                                                  : Fault::none();
    };
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 retried = h.append(h.factory.createUser(userFields(u"retried"_s)));
    h.push(); // 401: stays pending
    const QDateTime stamped = OutboxPushStore::firstAttempt(h.row(retried).payload);
    QVERIFY(stamped.isValid() && stamped >= before && stamped <= QDateTime::currentDateTimeUtc());
    QCOMPARE(h.row(retried).state, State::Pending);
    QCOMPARE(h.push().done, 1);
    QCOMPARE(OutboxPushStore::firstAttempt(h.row(retried).payload), stamped);

    // Two rows an earlier push left Pushing (it died before the answers), first sent two hours ago.
    // The directory holds both users: one made after that first attempt (ours), one before it.
    OutboxPushStore store(*h.cache);
    const qint64 late = h.append(h.factory.createUser(userFields(u"late"_s)));
    const qint64 early = h.append(h.factory.createUser(userFields(u"early"_s)));
    for (qint64 id : { late, early }) {
        QJsonObject payload = h.row(id).payload;
        payload.insert(QLatin1StringView(OutboxPushStore::FirstAttemptKey), isoAgo(2 * 3600));
        QVERIFY_RESULT(store.markPushing(id, payload));
    }
    h.directory.users[h.directory.addUser(u"late"_s)].insert(u"created"_s, isoAgo(3600));
    h.directory.users[h.directory.addUser(u"early"_s)].insert(u"created"_s, isoAgo(3 * 3600));
    const int postsBefore = h.posts(u"/api/systemusers"_s);
    const OutboxPushSummary summary = h.push();
    QCOMPARE(summary.total, 2);
    QCOMPARE(h.row(late).state, State::Done);
    QCOMPARE(h.directory.users.value(h.row(late).objectId).value("username"_L1).toString(), u"late"_s);
    QCOMPARE(h.row(early).state, State::Failed);
    QVERIFY2(h.row(early).error.contains(u"before Bindery first sent this change"_s), qPrintable(h.row(early).error));
    QCOMPARE(h.posts(u"/api/systemusers"_s), postsBefore); // neither was sent again
}

void TestOutboxPusherAdoption::lostGroupCreateMatchesEveryField()
{
    Harness h;
    // Ours is applied and its answer lost; theirs is lost before it arrives, while another admin
    // makes a group of that name with another description. v2 groups carry no creation time.
    h.directory.faults = [&](const FakeNetworkAccessManager::Request &r) {
        if (r.verb != "POST" || r.path != u"/api/v2/usergroups")
            return Fault::none();
        if (r.body.contains("Ours") && h.directory.userGroups.isEmpty())
            return Fault::after(Response::failure(QNetworkReply::RemoteHostClosedError));
        if (r.body.contains("Theirs") && h.directory.userGroups.size() < 2) {
            const QString id = h.directory.addGroup(true, u"Theirs"_s);
            h.directory.userGroups[id].insert(u"description"_s, u"made by hand"_s);
            return Fault::before(Response::error(502, "{\"message\":\"Bad Gateway\"}"));
        }
        return Fault::none();
    };
    const qint64 ours = h.append(h.factory.createUserGroup({ { u"name"_s, u"Ours"_s }, { u"description"_s, u"d"_s } }));
    const OutboxPushSummary first = h.push();
    QCOMPARE(first.done, 1);
    QVERIFY(first.rows.first().adopted);
    QCOMPARE(h.directory.userGroups.size(), 1);
    QCOMPARE(h.row(ours).objectId, h.directory.userGroups.keys().constFirst());

    const qint64 theirs
        = h.append(h.factory.createUserGroup({ { u"name"_s, u"Theirs"_s }, { u"description"_s, u"pushed"_s } }));
    h.push();
    QCOMPARE(h.row(theirs).state, State::Failed);
    QCOMPARE(h.row(theirs).error,
        u"User group Theirs already exists in the directory, but it is not the one this change creates: its "
        "description is \"made by hand\", not \"pushed\". Someone else may have created it meanwhile. "_s
            + Advice);
    QCOMPARE(h.directory.userGroups.size(), 2);
    QCOMPARE(h.posts(u"/api/v2/usergroups"_s), 2);
}

QTEST_GUILESS_MAIN(TestOutboxPusherAdoption)
#include "test_outbox_pusher_adoption.moc"
