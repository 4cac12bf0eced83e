// `bindery-cli import commit` against the real bindery-sandbox: every row of a file becomes a user with its device
// binding and group memberships; injected faults only delay the import (a re-run resumes the batch); a commit killed
// halfway and run again appends nothing twice and creates every user exactly once. Ends by comparing the directory
// (synced into a fresh cache) with the file.
#include "ChangeKind.h"
#include "OutboxSandboxSupport.h"
#include "SandboxRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace OutboxSandbox;

namespace {

struct ImportFixture
{
    QString cachePath;
    QString csvPath;
    QStringList usernames;
    QString deviceId;
    QStringList groups;
};

QStringList commitArguments(const QString &url, const ImportFixture &fixture)
{
    return { u"import"_s, u"commit"_s, fixture.csvPath, u"--url"_s, url, u"--api-key-env"_s, u"BINDERY_TEST_KEY"_s,
        u"--cache"_s, fixture.cachePath };
}

// Rows of the batch per kind in the cache's outbox.
QHash<QString, int> batchKinds(const QString &cachePath, QString *batchId = nullptr)
{
    auto cache = std::move(CacheDatabase::open(cachePath).value());
    QHash<QString, int> kinds;
    for (const OutboxRow &row : rows(*cache)) {
        if (!row.batchId.startsWith("import-"_L1))
            continue;
        if (batchId)
            *batchId = row.batchId;
        ++kinds[row.kind];
    }
    return kinds;
}

} // namespace

class TestImportSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commitCreatesBindsAndJoins();
    void faultsOnlyDelay();
    void killedCommitRerunsWithoutDuplicates();
    void validateNeedsNoDirectory();
    void revertTakesACommittedImportBack();

private:
    ImportFixture fixture(SandboxRunner &sandbox, const QString &name, int rows);
    void compareWithDirectory(SandboxRunner &sandbox, const ImportFixture &fixture);

    SandboxRunner m_sandbox;
    QTemporaryDir m_dir;
};

void TestImportSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start({ u"--seed"_s, u"generate:users=20,devices=6,user-groups=4,device-groups=2,seed=9"_s,
                                 u"--latency-ms"_s, u"10"_s },
                 Key),
        qPrintable(m_sandbox.errorText()));
}

ImportFixture TestImportSandbox::fixture(SandboxRunner &sandbox, const QString &name, int rows)
{
    ImportFixture f;
    f.cachePath = m_dir.filePath(name + u".sqlite"_s);
    f.csvPath = m_dir.filePath(name + u".csv"_s);
    auto cache = std::move(CacheDatabase::open(f.cachePath).value());
    if (!sync(sandbox.url(), *cache).ok())
        return {};
    const OrgSnapshot org = snapshot(*cache);
    // A Linux device (names up to 30 characters), and two groups.
    for (const Device &device : org.devices) {
        if (device.osFamily != OsFamily::Windows) {
            f.deviceId = device.id;
            break;
        }
    }
    f.groups = { org.userGroups.at(0).name, org.userGroups.at(1).name };
    QByteArray csv = "Username,FirstName,LastName,Email,Password,department,SystemID,Administrator,Group1,Group2\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString username = u"%1.u%2"_s.arg(name).arg(i);
        f.usernames.append(username);
        csv += QStringList { username, u"Imp"_s, u"Row%1"_s.arg(i), username + u"@import.example"_s,
            u"Correct-Horse-%1-Battery"_s.arg(i), u"Imported"_s, f.deviceId, i % 2 ? u"true"_s : u"false"_s,
            u'"' + f.groups.at(0) + u'"', u'"' + f.groups.at(1) + u'"' }
                   .join(u',')
                   .toUtf8()
            + "\r\n";
    }
    QFile file(f.csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return {};
    return f;
}

void TestImportSandbox::compareWithDirectory(SandboxRunner &sandbox, const ImportFixture &f)
{
    // The directory as a fresh sync sees it: each user once, bound to the device, member of both groups.
    const QString fresh = m_dir.filePath(QFileInfo(f.cachePath).baseName() + u"-check.sqlite"_s);
    auto cache = std::move(CacheDatabase::open(fresh).value());
    QVERIFY(sync(sandbox.url(), *cache).ok());
    const OrgSnapshot org = snapshot(*cache);
    QHash<QString, QString> idOf;
    QHash<QString, int> seen;
    for (const User &user : org.users) {
        ++seen[user.username];
        idOf.insert(user.username, user.id);
    }
    QHash<QString, QString> groupId;
    for (const UserGroup &group : org.userGroups)
        groupId.insert(group.name, group.id);
    QSet<QString> bound;
    for (const UserDeviceBinding &binding : org.userDeviceBindings) {
        if (binding.deviceId == f.deviceId)
            bound.insert(binding.userId);
    }
    QSet<QString> members;
    for (const UserGroupMembership &m : org.userGroupMemberships)
        members.insert(m.userId + u' ' + m.groupId);
    for (const QString &username : f.usernames) {
        QCOMPARE(seen.value(username), 1);
        const QString id = idOf.value(username);
        QVERIFY2(bound.contains(id), qPrintable(username));
        for (const QString &group : f.groups)
            QVERIFY2(members.contains(id + u' ' + groupId.value(group)), qPrintable(username + u" in "_s + group));
    }
}

void TestImportSandbox::commitCreatesBindsAndJoins()
{
    const ImportFixture f = fixture(m_sandbox, u"plain"_s, 12);
    QVERIFY(!f.csvPath.isEmpty());
    const QString report = m_dir.filePath(u"plain-report.csv"_s);
    const CliRun run = runCli(commitArguments(m_sandbox.url(), f) << u"--report"_s << report << u"--json"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("counts"_L1).toObject().value("created"_L1).toInt(), 12);
    const QJsonArray rowsJson = json.value("rows"_L1).toArray();
    QCOMPARE(rowsJson.size(), 12);
    QCOMPARE(rowsJson.at(0).toObject().value("newId"_L1).toString().size(), 24);
    QCOMPARE(batchKinds(f.cachePath),
        (QHash<QString, int> {
            { ChangeKind::UserCreate, 12 }, { ChangeKind::BindingAdd, 12 }, { ChangeKind::UserGroupAddMember, 24 } }));

    // The results file: the file's columns, the outcome, the new id, and no password.
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"Outcome,Message,NewId"_s), qPrintable(text.left(300)));
    QVERIFY(text.contains(u",created,"_s));
    QVERIFY(!text.contains(u"Correct-Horse"_s));
    compareWithDirectory(m_sandbox, f);

    // The same file again: nothing is queued twice, every row still reads as created.
    const CliRun again = runCli(commitArguments(m_sandbox.url(), f));
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(u"12 rows: 12 created"_s), qPrintable(again.out));
    QCOMPARE(batchKinds(f.cachePath).value(ChangeKind::UserCreate), 12);
}

void TestImportSandbox::faultsOnlyDelay()
{
    SandboxRunner faulty;
    QVERIFY2(faulty.start({ u"--seed"_s, u"generate:users=10,devices=4,user-groups=3,device-groups=2,seed=3"_s,
                              u"--fault-rate"_s, u"0.15"_s, u"--fault-seed"_s, u"7"_s },
                 Key),
        qPrintable(faulty.errorText()));
    // The sync retries through the faults on its own (patient client settings).
    const ImportFixture f = fixture(faulty, u"faulty"_s, 24);
    QVERIFY(!f.csvPath.isEmpty());
    // An answer lost after the write (502, dropped connection) must not create a user twice; a push stopped by a run
    // of errors leaves rows pending, and the same command resumes them.
    CliRun run;
    int attempts = 0;
    do {
        run = runCli(commitArguments(faulty.url(), f));
        ++attempts;
    } while (run.exitCode != 0 && attempts < 6);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"24 rows: 24 created"_s), qPrintable(run.out));
    const QHash<QString, int> kinds = batchKinds(f.cachePath);
    QCOMPARE(kinds.value(ChangeKind::UserCreate), 24);
    QCOMPARE(kinds.value(ChangeKind::BindingAdd), 24);
    QCOMPARE(kinds.value(ChangeKind::UserGroupAddMember), 48);
    compareWithDirectory(faulty, f);
}

void TestImportSandbox::killedCommitRerunsWithoutDuplicates()
{
    const ImportFixture f = fixture(m_sandbox, u"killed"_s, 40);
    QVERIFY(!f.csvPath.isEmpty());
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(Key));
    process.start(QStringLiteral(BINDERY_CLI_PATH), commitArguments(m_sandbox.url(), f));
    QVERIFY(process.waitForStarted());
    // Kill once part of the batch is done: some creates done, their bindings and group adds partly pending.
    const bool partway = QTest::qWaitFor(
        [&] {
            if (process.state() == QProcess::NotRunning)
                return true;
            auto cache = CacheDatabase::open(f.cachePath);
            return cache && OutboxStore(*cache.value()).countInState(OutboxRow::State::Done).value() >= 30;
        },
        120000);
    QVERIFY(partway);
    QVERIFY2(process.state() != QProcess::NotRunning, "the commit finished before it could be killed");
    process.kill();
    process.waitForFinished();
    QString batchId;
    const QHash<QString, int> afterKill = batchKinds(f.cachePath, &batchId);
    QCOMPARE(afterKill.value(ChangeKind::UserCreate), 40); // the whole batch was queued before the push

    const CliRun rerun = runCli(commitArguments(m_sandbox.url(), f));
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.out + rerun.err));
    QVERIFY2(rerun.out.contains(u"40 rows: 40 created"_s), qPrintable(rerun.out));
    QVERIFY2(rerun.out.contains(batchId), qPrintable(rerun.out));
    QCOMPARE(batchKinds(f.cachePath),
        (QHash<QString, int> {
            { ChangeKind::UserCreate, 40 }, { ChangeKind::BindingAdd, 40 }, { ChangeKind::UserGroupAddMember, 80 } }));
    compareWithDirectory(m_sandbox, f);
}

void TestImportSandbox::validateNeedsNoDirectory()
{
    // validate reads only the cache: the rows already imported above are now errors (username-exists) once synced.
    const ImportFixture f = fixture(m_sandbox, u"plain"_s, 12);
    QVERIFY(!f.cachePath.isEmpty());
    const CliRun run
        = runCli({ u"import"_s, u"validate"_s, f.csvPath, u"--cache"_s, f.cachePath, u"--json"_s }, QByteArray());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("summary"_L1).toObject().value("errorRows"_L1).toInt(), 12);
    QVERIFY(run.out.contains(u"username-exists"_s));
}

void TestImportSandbox::revertTakesACommittedImportBack()
{
    // Four new users (bound, in two groups) and an update of an existing user's department, committed, then reverted
    // with `bindery-cli revert` and pushed: the directory is as before the import.
    const ImportFixture f = fixture(m_sandbox, u"revert"_s, 4);
    QVERIFY(!f.csvPath.isEmpty());
    auto cache = std::move(CacheDatabase::open(f.cachePath).value());
    const OrgSnapshot before = snapshot(*cache);
    cache.reset();
    const User existing = before.users.constFirst();
    QFile file(f.csvPath);
    QVERIFY(file.open(QIODevice::Append));
    file.write(QStringList { existing.username, existing.firstName, existing.lastName, existing.email, QString(),
                   u"Reverted-Dept"_s, QString(), QString(), QString(), QString() }
                   .join(u',')
                   .toUtf8()
        + "\r\n");
    file.close();

    const CliRun commit = runCli(commitArguments(m_sandbox.url(), f) << u"--update-existing"_s << u"--json"_s);
    QVERIFY2(commit.exitCode == 0, qPrintable(commit.out + commit.err));
    const QString batch = QJsonDocument::fromJson(commit.out.toUtf8()).object().value("batch"_L1).toString();
    QVERIFY(!batch.isEmpty());
    {
        auto imported = std::move(CacheDatabase::open(m_dir.filePath(u"revert-imported.sqlite"_s)).value());
        QVERIFY(sync(m_sandbox.url(), *imported).ok());
        const OrgSnapshot org = snapshot(*imported);
        QCOMPARE(org.users.size(), before.users.size() + 4);
        const auto updated = std::find_if(
            org.users.cbegin(), org.users.cend(), [&](const User &user) { return user.id == existing.id; });
        QVERIFY(updated != org.users.cend());
        QCOMPARE(updated->department, u"Reverted-Dept"_s);
    }

    const CliRun revert = runCli({ u"revert"_s, u"--batch"_s, batch, u"--cache"_s, f.cachePath, u"--json"_s });
    QVERIFY2(revert.exitCode == 0, qPrintable(revert.out + revert.err));
    const QJsonObject plan = QJsonDocument::fromJson(revert.out.toUtf8()).object();
    QCOMPARE(plan.value("deletedUsers"_L1).toInt(), 4);
    QVERIFY(plan.value("withinBillingGrace"_L1).toBool());
    QHash<QString, int> queued;
    for (const QJsonValue &row : plan.value("queued"_L1).toArray())
        ++queued[row.toObject().value("kind"_L1).toString()];
    // The new users' bindings and memberships go with their deletion; the update is restored.
    QCOMPARE(queued, (QHash<QString, int> { { ChangeKind::UserDelete, 4 }, { ChangeKind::UserUpdate, 1 } }));

    // Twice is refused; then the push sends the reversal.
    QCOMPARE(runCli({ u"revert"_s, u"--batch"_s, batch, u"--cache"_s, f.cachePath }).exitCode, 1);
    const CliRun push = runCli(pushArguments(m_sandbox.url(), f.cachePath));
    QVERIFY2(push.exitCode == 0, qPrintable(push.out + push.err));

    const QString fresh = m_dir.filePath(u"revert-check.sqlite"_s);
    auto check = std::move(CacheDatabase::open(fresh).value());
    QVERIFY(sync(m_sandbox.url(), *check).ok());
    const OrgSnapshot after = snapshot(*check);
    QCOMPARE(after.users.size(), before.users.size());
    for (const User &user : after.users) {
        QVERIFY2(!f.usernames.contains(user.username), qPrintable(user.username));
        if (user.id == existing.id)
            QCOMPARE(user.department, existing.department);
    }
    QCOMPARE(after.userDeviceBindings.size(), before.userDeviceBindings.size());
    QCOMPARE(after.userGroupMemberships.size(), before.userGroupMemberships.size());
}

QTEST_GUILESS_MAIN(TestImportSandbox)
#include "test_import_sandbox.moc"
