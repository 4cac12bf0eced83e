// `bindery-cli push` against the real bindery-sandbox: per-row outcome as text and JSON, the key
// only from the environment, and a push killed (SIGKILL) at ten points: the cache stays
// sound, no change is lost, and a re-run finishes without creating anything twice.
#include "OutboxChangeFactory.h"
#include "OutboxSandboxSupport.h"
#include "SandboxRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace OutboxSandbox;

namespace {

int countInState(CacheDatabase &cache, OutboxRow::State state)
{
    return OutboxStore(cache).countInState(state).value();
}

} // namespace

class TestOutboxCliSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pushPrintsEveryRow();
    void pushPrintsJson();
    void wrongKeyKeepsChangesPending();
    void keyOnlyFromTheEnvironment();
    void killedPushLosesNothingAndDuplicatesNothing();

private:
    QString freshCache(const QString &name);

    SandboxRunner m_sandbox;
    QTemporaryDir m_dir;
};

void TestOutboxCliSandbox::initTestCase()
{
    // A little latency per answer, so a push of a few hundred rows takes long enough to be killed halfway.
    QVERIFY2(m_sandbox.start({ u"--seed"_s, u"generate:users=20,devices=4,user-groups=2,device-groups=2,seed=5"_s,
                                 u"--latency-ms"_s, u"15"_s },
                 Key),
        qPrintable(m_sandbox.errorText()));
}

QString TestOutboxCliSandbox::freshCache(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto cache = std::move(CacheDatabase::open(path).value());
    if (!sync(m_sandbox.url(), *cache).ok())
        return {};
    return path;
}

void TestOutboxCliSandbox::pushPrintsEveryRow()
{
    const QString path = freshCache(u"text.sqlite"_s);
    QVERIFY(!path.isEmpty());
    {
        auto cache = std::move(CacheDatabase::open(path).value());
        OutboxStore(*cache).append(OutboxChangeFactory().createUser(
            { { u"username"_s, u"cli.text"_s }, { u"email"_s, u"cli.text@example.com"_s } }));
    }
    const CliRun run = runCli(pushArguments(m_sandbox.url(), path));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"#1 done    Create user cli.text (id "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"1 changes: 1 done, 0 failed, 0 pending"_s), qPrintable(run.out));
    // Nothing left to do: a second run says so and succeeds.
    const CliRun again = runCli(pushArguments(m_sandbox.url(), path));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(u"0 changes"_s), qPrintable(again.out));
}

void TestOutboxCliSandbox::pushPrintsJson()
{
    const QString path = freshCache(u"json.sqlite"_s);
    QVERIFY(!path.isEmpty());
    {
        auto cache = std::move(CacheDatabase::open(path).value());
        OutboxStore outbox(*cache);
        const OutboxChangeFactory f;
        outbox.append(f.createUser({ { u"username"_s, u"cli.json"_s }, { u"email"_s, u"cli.json@example.com"_s } }));
        outbox.append(f.updateUser(u"5f00000000000000000000ff"_s, u"ghost"_s, { { u"department"_s, u"IT"_s } }, {}));
    }
    const CliRun run = runCli(pushArguments(m_sandbox.url(), path) << u"--json"_s);
    QCOMPARE(run.exitCode, 1); // one change failed
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("counts"_L1).toObject(),
        QJsonObject({ { u"total"_s, 2 }, { u"done"_s, 1 }, { u"failed"_s, 1 }, { u"pending"_s, 0 } }));
    const QJsonArray rowsJson = json.value("rows"_L1).toArray();
    QCOMPARE(rowsJson.size(), 2);
    QJsonObject created, failed;
    for (const QJsonValue &row : rowsJson)
        (row.toObject().value("state"_L1).toString() == u"done" ? created : failed) = row.toObject();
    QCOMPARE(created.value("kind"_L1).toString(), u"user.create"_s);
    QCOMPARE(created.value("createdId"_L1).toString().size(), 24);
    QCOMPARE(failed.value("error"_L1).toString(), u"User ghost no longer exists in the directory."_s);
    QVERIFY(json.contains("requests"_L1) && json.contains("seconds"_L1));
    QVERIFY(!run.out.contains(QString::fromLatin1(Key)) && !run.err.contains(QString::fromLatin1(Key)));
}

void TestOutboxCliSandbox::wrongKeyKeepsChangesPending()
{
    const QString path = freshCache(u"wrongkey.sqlite"_s);
    QVERIFY(!path.isEmpty());
    {
        auto cache = std::move(CacheDatabase::open(path).value());
        OutboxStore(*cache).append(OutboxChangeFactory().createUser({ { u"username"_s, u"cli.nokey"_s } }));
    }
    const CliRun run = runCli(pushArguments(m_sandbox.url(), path), "not-the-key-0000");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    QVERIFY2(run.err.contains(u"401 Unauthorized: check the API key in $BINDERY_TEST_KEY"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"not-the-key-0000"_s) && !run.out.contains(u"not-the-key-0000"_s));
    auto cache = std::move(CacheDatabase::open(path).value());
    QCOMPARE(countInState(*cache, OutboxRow::State::Pending), 1);
}

void TestOutboxCliSandbox::keyOnlyFromTheEnvironment()
{
    const QString path = m_dir.filePath(u"argv.sqlite"_s);
    CliRun run = runCli(
        { u"push"_s, u"--url"_s, m_sandbox.url(), u"--api-key"_s, QString::fromLatin1(Key), u"--cache"_s, path });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--api-key-env"_s), qPrintable(run.err));
    run = runCli(pushArguments(m_sandbox.url(), path), {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"BINDERY_TEST_KEY"_s), qPrintable(run.err));
    run = runCli(pushArguments(m_sandbox.url(), m_dir.filePath(u"missing.sqlite"_s)));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"run bindery-cli sync first"_s), qPrintable(run.err));
}

void TestOutboxCliSandbox::killedPushLosesNothingAndDuplicatesNothing()
{
    const QString path = freshCache(u"crash.sqlite"_s);
    QVERIFY(!path.isEmpty());
    constexpr int Creates = 240;
    QSet<qint64> ids;
    int usersBefore = 0;
    QString deviceId;
    {
        auto cache = std::move(CacheDatabase::open(path).value());
        const OrgSnapshot org = snapshot(*cache);
        usersBefore = int(org.users.size());
        deviceId = org.devices.first().id;
        OutboxStore outbox(*cache);
        const OutboxChangeFactory f;
        for (int i = 0; i < Creates; ++i) {
            const QString name = u"crash.%1"_s.arg(i);
            const qint64 create
                = outbox
                      .append(
                          f.createUser({ { u"username"_s, name }, { u"email"_s, QString(name + u"@example.com"_s) } }))
                      .value();
            ids.insert(create);
            if (i % 4 == 0) {
                OutboxRow bind = f.bindUserToDevice({}, name, deviceId, {}, false, false);
                OutboxChangeFactory::referToRow(bind, "userId"_L1, create);
                ids.insert(outbox.append(bind).value());
            }
        }
    }

    // Kill at start-up and at nine points through the push (after this many more rows are done each time); after each
    // the file must be sound and whole.
    auto watcher = std::move(CacheDatabase::open(path).value());
    const auto done = [&] { return countInState(*watcher, OutboxRow::State::Done); };
    QList<int> doneAfterKill;
    QList<int> pushingAfterKill;
    for (const int threshold : { 0, 1, 5, 10, 20, 20, 30, 30, 40, 50 }) {
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(Key));
        cli.start(QStringLiteral(BINDERY_CLI_PATH), pushArguments(m_sandbox.url(), path));
        QVERIFY(cli.waitForStarted(10000));
        const int start = done();
        QElapsedTimer clock;
        clock.start();
        while (cli.state() == QProcess::Running && clock.elapsed() < 30000
            && (threshold == 0 ? clock.elapsed() < 50 : done() < start + threshold))
            QTest::qWait(5);
        QVERIFY2(cli.state() == QProcess::Running, "the push ended before it could be killed");
        cli.kill(); // SIGKILL: no destructor, no flush, no rollback of anything but SQLite's own
        QVERIFY(cli.waitForFinished(5000));

        auto reopened = std::move(CacheDatabase::open(path).value());
        QCOMPARE(integrity(*reopened), u"ok"_s);
        const QList<OutboxRow> stored = rows(*reopened);
        QSet<qint64> storedIds;
        for (const OutboxRow &row : stored)
            storedIds.insert(row.id);
        QCOMPARE(storedIds, ids);
        QCOMPARE(countInState(*reopened, OutboxRow::State::Failed), 0);
        doneAfterKill.append(countInState(*reopened, OutboxRow::State::Done));
        pushingAfterKill.append(countInState(*reopened, OutboxRow::State::Pushing));
    }
    qInfo() << "done after each kill:" << doneAfterKill << "of" << ids.size() << "; left pushing:" << pushingAfterKill;
    QVERIFY(doneAfterKill.last() > 0 && doneAfterKill.last() < ids.size());
    // Killed with requests on the wire: those rows must be reconciled, not sent blindly again.
    QVERIFY(std::accumulate(pushingAfterKill.cbegin() + 1, pushingAfterKill.cend(), 0) > 0);

    const CliRun finish = runCli(pushArguments(m_sandbox.url(), path) << u"--json"_s);
    QVERIFY2(finish.exitCode == 0, qPrintable(finish.err + finish.out.left(2000)));
    watcher.reset();
    auto cache = std::move(CacheDatabase::open(path).value());
    QCOMPARE(countInState(*cache, OutboxRow::State::Done), int(ids.size()));
    QVERIFY(sync(m_sandbox.url(), *cache).ok());
    const OrgSnapshot after = snapshot(*cache);
    QCOMPARE(after.users.size(), usersBefore + Creates); // each created once
    QHash<QString, QString> idByName;
    for (const User &u : after.users)
        idByName.insert(u.username, u.id);
    for (const OutboxRow &row : rows(*cache)) {
        if (row.kind == u"user.create") {
            const QString name = row.payload.value("fields"_L1).toObject().value("username"_L1).toString();
            QCOMPARE(row.objectId, idByName.value(name));
        } else {
            QVERIFY(after.userDeviceBindings.contains(
                UserDeviceBinding { row.payload.value("userId"_L1).toString(), deviceId, false, false }));
        }
    }
}

QTEST_GUILESS_MAIN(TestOutboxCliSandbox)
#include "test_outbox_cli_sandbox.moc"
