// Credential stores: the session store, the fallback over a store that is missing or present,
// and the real QtKeychain store on this machine (which may have no Secret Service: then it must
// say so quickly and cleanly).
#include "FallbackCredentialStore.h"
#include "KeychainCredentialStore.h"
#include "SessionCredentialStore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;
using Status = CredentialResult::Status;

namespace {

// Waits for the job (bounded) and returns its result; nullopt when it never finished.
std::optional<CredentialResult> await(CredentialJob *job, int timeoutMs = 10000)
{
    auto result = std::make_shared<std::optional<CredentialResult>>();
    QObject::connect(job, &CredentialJob::finished, job, [result](const CredentialResult &r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs))
        return std::nullopt;
    return *result;
}

// A primary store that says "no store here", like QtKeychain without a Secret Service.
class MissingStore final : public CredentialStore
{
public:
    int writes = 0;
    bool isPersistent() const override { return true; }
    CredentialJob *checkAvailability() override
    {
        setAvailability(Availability::Unavailable, u"No D-Bus session bus"_s);
        return finishedJob(
            CredentialJob::Kind::CheckAvailability, {}, { Status::Unavailable, {}, unavailableReason() });
    }
    CredentialJob *readKey(const QString &id) override
    {
        return finishedJob(CredentialJob::Kind::Read, id, { Status::Unavailable, {}, {} });
    }
    CredentialJob *writeKey(const QString &id, const QByteArray &) override
    {
        ++writes;
        return finishedJob(CredentialJob::Kind::Write, id, { Status::Unavailable, {}, {} });
    }
    CredentialJob *removeKey(const QString &id) override
    {
        return finishedJob(CredentialJob::Kind::Remove, id, { Status::Unavailable, {}, {} });
    }
};

} // namespace

class TestCredentialStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionStoreRoundTrip();
    void jobReportsFromTheEventLoop();
    void fallbackUsesSessionWhenNoStore();
    void fallbackUsesPersistentStoreWhenPresent();
    void keychainOnThisMachine();
};

void TestCredentialStores::sessionStoreRoundTrip()
{
    SessionCredentialStore store;
    QVERIFY(store.isAvailable());
    QVERIFY(!store.isPersistent());
    QCOMPARE(await(store.readKey(u"p1"_s))->status, Status::NotFound);
    QVERIFY(await(store.writeKey(u"p1"_s, "secret-1"))->ok());
    QVERIFY(await(store.writeKey(u"p2"_s, "secret-2"))->ok());
    const auto read = await(store.readKey(u"p1"_s));
    QVERIFY(read->ok());
    QCOMPARE(read->key, QByteArray("secret-1"));
    QVERIFY(await(store.writeKey(u"p1"_s, "rotated"))->ok());
    QCOMPARE(await(store.readKey(u"p1"_s))->key, QByteArray("rotated"));
    QVERIFY(await(store.removeKey(u"p1"_s))->ok());
    QVERIFY(await(store.removeKey(u"p1"_s))->ok()); // removing twice is fine
    QCOMPARE(await(store.readKey(u"p1"_s))->status, Status::NotFound);
    QCOMPARE(store.size(), 1);
    QCOMPARE(await(store.writeKey(u"p3"_s, {}))->status, Status::Failed); // an empty key is not a key
}

void TestCredentialStores::jobReportsFromTheEventLoop()
{
    // Connecting right after the call must always be in time, even for a decided answer.
    SessionCredentialStore store;
    CredentialJob *job = store.readKey(u"missing"_s);
    QVERIFY(job->isFinished());
    QSignalSpy finished(job, &CredentialJob::finished);
    QPointer<CredentialJob> guard(job);
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QTRY_VERIFY(guard.isNull()); // deleted after reporting
}

void TestCredentialStores::fallbackUsesSessionWhenNoStore()
{
    auto primary = std::make_unique<MissingStore>();
    MissingStore *missing = primary.get();
    FallbackCredentialStore store(std::move(primary));
    QCOMPARE(store.availability(), CredentialStore::Availability::Unknown);
    QSignalSpy changed(&store, &CredentialStore::availabilityChanged);
    QVERIFY(await(store.checkAvailability())->ok());
    QVERIFY(store.isAvailable());
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.whyNotPersistent(), u"No D-Bus session bus"_s);
    QVERIFY(changed.count() >= 1);

    QCOMPARE(await(store.readKey(u"p"_s))->status, Status::NotFound);
    QVERIFY(await(store.writeKey(u"p"_s, "session-key"))->ok());
    QCOMPARE(missing->writes, 0); // a store known to be missing is not asked
    QVERIFY(store.session().contains(u"p"_s));
    QCOMPARE(await(store.readKey(u"p"_s))->key, QByteArray("session-key"));
    QVERIFY(await(store.removeKey(u"p"_s))->ok());
    QVERIFY(!store.session().contains(u"p"_s));
}

void TestCredentialStores::fallbackUsesPersistentStoreWhenPresent()
{
    // A SessionCredentialStore stands in for an OS store that works.
    auto primary = std::make_unique<SessionCredentialStore>();
    SessionCredentialStore *persistent = primary.get();
    FallbackCredentialStore store(std::move(primary));
    QVERIFY(store.isAvailable()); // the stand-in is available from the start
    QVERIFY(store.isPersistent());
    QVERIFY(store.whyNotPersistent().isEmpty());
    QVERIFY(await(store.writeKey(u"p"_s, "stored"))->ok());
    QVERIFY(persistent->contains(u"p"_s));
    QVERIFY(!store.session().contains(u"p"_s));
    QCOMPARE(await(store.readKey(u"p"_s))->key, QByteArray("stored"));
    QVERIFY(await(store.removeKey(u"p"_s))->ok());
    QVERIFY(!persistent->contains(u"p"_s));
}

void TestCredentialStores::keychainOnThisMachine()
{
    // A service name of its own, so a developer's real entries are never touched.
    const QString service = u"BinderyTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainCredentialStore store(service);
    store.setTimeout(std::chrono::seconds(20));
    QCOMPARE(store.availability(), CredentialStore::Availability::Unknown);
    QElapsedTimer clock;
    clock.start();
    const auto checked = await(store.checkAvailability(), 30000);
    QVERIFY2(checked, "the availability check never reported");
    qInfo("availability known after %lld ms", clock.elapsed());

    if (checked->status == Status::Unavailable) {
        // This machine has no usable store: say so, with the system's reason, and keep saying so
        // at once for every operation (no second wait on D-Bus).
        QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
        QVERIFY(!store.unavailableReason().isEmpty());
        qInfo("no credential store: %s", qPrintable(store.unavailableReason()));
        clock.restart();
        QCOMPARE(await(store.writeKey(u"p"_s, "never-written"))->status, Status::Unavailable);
        QCOMPARE(await(store.readKey(u"p"_s))->status, Status::Unavailable);
        QCOMPARE(await(store.removeKey(u"p"_s))->status, Status::Unavailable);
        QVERIFY2(clock.elapsed() < 2000, "operations on a missing store must not wait");

        FallbackCredentialStore fallback(std::make_unique<KeychainCredentialStore>(service));
        QVERIFY(await(fallback.writeKey(u"p"_s, "session-only"), 30000)->ok());
        QVERIFY(!fallback.isPersistent());
        QVERIFY(fallback.session().contains(u"p"_s));
        return;
    }
    // A machine with a store: a real round trip, then clean up.
    QVERIFY2(checked->ok(), qPrintable(checked->detail));
    QVERIFY(store.isAvailable());
    QVERIFY(await(store.writeKey(u"p"_s, "round-trip"), 30000)->ok());
    QCOMPARE(await(store.readKey(u"p"_s), 30000)->key, QByteArray("round-trip"));
    QVERIFY(await(store.removeKey(u"p"_s), 30000)->ok());
    QCOMPARE(await(store.readKey(u"p"_s), 30000)->status, Status::NotFound);
}

QTEST_GUILESS_MAIN(TestCredentialStores)
#include "test_credential_stores.moc"
