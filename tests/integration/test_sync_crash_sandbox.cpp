// A syncing client killed at many points: `bindery-cli sync` against the real bindery-sandbox, into a cache that
// holds a complete snapshot and pending outbox rows, SIGKILLed before its first request, after a growing number of
// answers and while it applies the new snapshot. After every kill the file opens with CacheDatabase, passes
// PRAGMA integrity_check, holds exactly the old snapshot or exactly the new one (row counts and a checksum of every
// object table), and every outbox row is still there, byte for byte. Between the old and the new snapshot the
// directory changes a lot (another generated org on the same ids: most rows differ, some come and go), so the
// applying transaction is long enough to be hit.
#include "CacheDatabase.h"
#include "OutboxChangeFactory.h"
#include "OutboxStore.h"
#include "SandboxRunner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr char Key[] = "sync-crash-key-5b2e90d1c4";
const QString OldOrg = u"generate:users=1200,devices=300,user-groups=24,device-groups=12,seed=21"_s;
const QString NewOrg = u"generate:users=1260,devices=288,user-groups=26,device-groups=12,seed=22"_s;

// What a kill may not change, read through the app's own CacheDatabase.
struct CacheState
{
    QString integrity;
    QMap<QString, qint64> counts; // per object table
    QByteArray objects; // SHA-256 over every object table, and the snapshot row without synced_at
    QString syncedAt;
    QStringList outbox; // every column of every row, oldest first

    bool sameSnapshot(const CacheState &other) const { return counts == other.counts && objects == other.objects; }
};

QString text(const QVariant &value)
{
    return value.isNull() ? u"<null>"_s : value.toString();
}

std::optional<CacheState> readState(const QString &path, QString *error)
{
    auto opened = CacheDatabase::open(path);
    if (!opened) {
        *error = u"CacheDatabase::open: %1 [%2]"_s.arg(opened.error().detail, opened.error().code);
        return std::nullopt;
    }
    const QSqlDatabase db = opened.value()->database();
    CacheState state;
    QSqlQuery query(db);
    state.integrity = query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString() : u"?"_s;

    QStringList tables;
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
               "AND name <> 'outbox' ORDER BY name"_s);
    while (query.next())
        tables.append(query.value(0).toString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(table))) {
            *error = u"cannot read %1"_s.arg(table);
            return std::nullopt;
        }
        QStringList lines;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                if (table == u"snapshot" && record.fieldName(i) == u"synced_at") {
                    state.syncedAt = text(record.value(i));
                    continue;
                }
                fields.append(record.fieldName(i) + u'=' + text(record.value(i)));
            }
            lines.append(fields.join(QChar(0x1f)));
        }
        lines.sort(); // the content, whatever order SQLite walks it in
        state.counts.insert(table, lines.size());
        hash.addData(QByteArray(table.toUtf8() + '\x1e' + lines.join(QChar(0x1e)).toUtf8() + '\x1d'));
    }
    state.objects = hash.result().toHex();

    QSqlQuery outbox(db);
    outbox.exec(u"SELECT * FROM outbox ORDER BY id"_s);
    while (outbox.next()) {
        QStringList fields;
        for (int i = 0; i < outbox.record().count(); ++i)
            fields.append(text(outbox.value(i)));
        state.outbox.append(fields.join(QChar(0x1f)));
    }
    return state;
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BINDERY_CRASH_KEY"_s, QString::fromLatin1(Key));
    // One line per answer (bindery.net debug) and "applied in" (bindery.sync info): the progress the kills follow.
    environment.insert(u"QT_LOGGING_RULES"_s, u"bindery.*=true"_s);
    return environment;
}

QStringList syncArguments(const QString &url, const QString &cache)
{
    return { u"sync"_s, u"--url"_s, url, u"--api-key-env"_s, u"BINDERY_CRASH_KEY"_s, u"--cache"_s, cache };
}

bool isAnswerLine(const QByteArray &line)
{
    return line.startsWith("bindery.net: ") && line.endsWith(" ms");
}

bool isAppliedLine(const QByteArray &line)
{
    return line.startsWith("bindery.sync: applied in");
}

// One run of the CLI, watched line by line on stderr, killed when `kill` says so (or left to finish).
struct Run
{
    bool killed = false;
    int exitCode = -1;
    // Counted over everything it wrote before it ended or died (also what the kill came too early to see): an
    // answer line is written as the answer arrives, "applied in" once the new snapshot is committed.
    int answers = 0;
    bool applied = false;
    qint64 firstAnswerMs = -1, lastAnswerMs = -1, endMs = -1;
    QByteArray err;
};

// `kill(elapsedMs, answers, msSinceLastAnswer, applied)`; msSinceLastAnswer is -1 until `allAnswers` have been
// seen; applied says "applied in" was printed (the new snapshot is committed).
template<typename KillWhen>
Run runCli(const QString &url, const QString &cache, int allAnswers, KillWhen kill)
{
    Run run;
    QProcess cli;
    cli.setProcessEnvironment(cliEnvironment());
    cli.setReadChannel(QProcess::StandardError);
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(BINDERY_CLI_PATH), syncArguments(url, cache));
    if (!cli.waitForStarted(10000))
        return run;
    QByteArray pending;
    qint64 allAnswersAt = -1;
    const auto readLines = [&] {
        pending += cli.readAllStandardError();
        for (qsizetype newline; (newline = pending.indexOf('\n')) >= 0;) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            run.err += line + '\n';
            if (isAnswerLine(line)) {
                ++run.answers;
                if (run.firstAnswerMs < 0)
                    run.firstAnswerMs = clock.elapsed();
                run.lastAnswerMs = clock.elapsed();
                if (allAnswers > 0 && run.answers >= allAnswers && allAnswersAt < 0)
                    allAnswersAt = clock.elapsed();
            } else if (isAppliedLine(line)) {
                run.applied = true;
            }
        }
    };
    for (;;) {
        const qint64 now = clock.elapsed();
        if (kill(now, run.answers, allAnswersAt < 0 ? -1 : now - allAnswersAt, run.applied)) {
            if (cli.state() != QProcess::NotRunning) {
                cli.kill(); // SIGKILL: no destructor, no rollback but SQLite's own on the next open
                run.killed = true;
            }
            break;
        }
        if (cli.state() == QProcess::NotRunning || now > 60000)
            break;
        cli.waitForReadyRead(1);
        readLines();
    }
    cli.waitForFinished(10000);
    run.endMs = clock.elapsed();
    readLines(); // what it wrote before it ended or died
    run.err += pending;
    if (!run.killed)
        run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    return run;
}

bool copyCache(const QString &from, const QString &to)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(to + QLatin1StringView(suffix));
    if (!QFile::copy(from, to))
        return false;
    if (QFile::exists(from + u"-wal"_s) && !QFile::copy(from + u"-wal"_s, to + u"-wal"_s))
        return false;
    return true;
}

} // namespace

class TestSyncCrashSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedSyncKeepsOneWholeSnapshotAndTheOutbox();

private:
    QTemporaryDir m_dir;
    QString m_pristine; // the old snapshot plus the outbox, closed and checkpointed
    CacheState m_old;
};

void TestSyncCrashSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The old snapshot: a complete sync by the CLI from the org as it was.
    m_pristine = m_dir.filePath(u"pristine.sqlite"_s);
    {
        SandboxRunner before;
        QVERIFY2(before.start({ u"--seed"_s, OldOrg }, Key), qPrintable(before.errorText()));
        const Run run = runCli(before.url(), m_pristine, 0, [](qint64, int, qint64, bool) { return false; });
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    // The admin's pending work, and rows already pushed or refused: a sync touches none of them.
    {
        auto cache = std::move(CacheDatabase::open(m_pristine).value());
        QSqlQuery query(cache->database());
        QVERIFY(query.exec(u"SELECT id, username FROM users ORDER BY id LIMIT 8"_s));
        QList<QPair<QString, QString>> users;
        while (query.next())
            users.append({ query.value(0).toString(), query.value(1).toString() });
        QVERIFY(query.exec(u"SELECT id, hostname FROM devices ORDER BY id LIMIT 2"_s) && query.next());
        const QString deviceId = query.value(0).toString(), deviceName = query.value(1).toString();
        QCOMPARE(users.size(), 8);
        OutboxStore outbox(*cache);
        const OutboxChangeFactory f(OutboxChangeFactory::newBatchId());
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            const QString name = u"crash.pending%1"_s.arg(i);
            OutboxRow create
                = f.createUser({ { u"username"_s, name }, { u"email"_s, QString(name + u"@example.com"_s) } });
            ids.append(outbox.append(create).value());
            OutboxRow bind = f.bindUserToDevice({}, name, deviceId, deviceName, i % 2 == 0, false);
            OutboxChangeFactory::referToRow(bind, "userId"_L1, ids.constLast());
            ids.append(outbox.append(bind).value());
        }
        for (const auto &[id, username] : std::as_const(users))
            ids.append(outbox
                           .append(f.updateUser(id, username, { { u"department"_s, u"Crash Lab"_s } },
                               { { u"department"_s, QString() } }))
                           .value());
        QVERIFY(outbox.setState(ids.at(0), OutboxRow::State::Done).ok());
        QVERIFY(outbox.setState(ids.at(2), OutboxRow::State::Failed, u"Username already exists."_s).ok());
        QVERIFY(outbox.setState(ids.at(4), OutboxRow::State::Pushing).ok());
    }
    QVERIFY2(!QFile::exists(m_pristine + u"-wal"_s) || QFileInfo(m_pristine + u"-wal"_s).size() == 0,
        "closing the last connection checkpoints the WAL");
    QString error;
    const auto old = readState(m_pristine, &error);
    QVERIFY2(old, qPrintable(error));
    m_old = *old;
    QCOMPARE(m_old.integrity, u"ok"_s);
    QCOMPARE(m_old.outbox.size(), 20);
    QVERIFY(m_old.counts.value(u"users"_s) == 1200 && m_old.counts.value(u"local_accounts"_s) > 0);
}

void TestSyncCrashSandbox::killedSyncKeepsOneWholeSnapshotAndTheOutbox()
{
    QElapsedTimer total;
    total.start();
    // The org has changed meanwhile; a little latency per answer spreads the pull over about two seconds.
    SandboxRunner after;
    QVERIFY2(after.start({ u"--seed"_s, NewOrg, u"--latency-ms"_s, u"10"_s }, Key), qPrintable(after.errorText()));
    const QString path = m_dir.filePath(u"cache.sqlite"_s);

    // A run left to finish: the new snapshot, and where the kills should fall.
    QVERIFY(copyCache(m_pristine, path));
    const Run whole = runCli(after.url(), path, 0, [](qint64, int, qint64, bool) { return false; });
    QVERIFY2(whole.exitCode == 0, whole.err.constData());
    QVERIFY(whole.applied && whole.answers > 20);
    QString error;
    const auto fresh = readState(path, &error);
    QVERIFY2(fresh, qPrintable(error));
    const CacheState expected = *fresh;
    QCOMPARE(expected.integrity, u"ok"_s);
    QCOMPARE(expected.outbox, m_old.outbox);
    QVERIFY2(expected.objects != m_old.objects && expected.counts != m_old.counts, "the org changed");
    QVERIFY(expected.syncedAt != m_old.syncedAt);
    const int answers = whole.answers;
    const qint64 applyMs = std::max<qint64>(whole.endMs - whole.lastAnswerMs, 20);
    qInfo() << "whole sync:" << answers << "answers, first after" << whole.firstAnswerMs << "ms, last after"
            << whole.lastAnswerMs << "ms, exit after" << whole.endMs << "ms";

    // The kill points: while it starts (before any answer), after 1/12 … 11/12 of the answers, and at spread moments
    // between the last answer and the exit (assembling, applying, committing, reporting).
    struct Point
    {
        QString name;
        std::function<bool(qint64, int, qint64, bool)> when;
    };
    QList<Point> points;
    points.append({ u"at start"_s, [](qint64, int, qint64, bool) { return true; } });
    const qint64 startup = std::max<qint64>(whole.firstAnswerMs / 2, 1);
    points.append({ u"after %1 ms"_s.arg(startup), [startup](qint64 ms, int, qint64, bool) { return ms >= startup; } });
    for (int k = 1; k <= 11; ++k) {
        const int n = std::max(1, answers * k / 12);
        points.append({ u"after %1 of %2 answers"_s.arg(n).arg(answers),
            [n](qint64, int seen, qint64, bool) { return seen >= n; } });
    }
    for (const double f : { 0.0, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97 }) {
        const qint64 delay = qint64(f * double(applyMs));
        points.append({ u"%1 ms after the last answer"_s.arg(delay),
            [delay](qint64, int, qint64 since, bool) { return since >= delay; } });
    }
    // Committed, not yet reported: the new snapshot must be there although the process never ended.
    points.append({ u"as it prints \"applied\""_s, [](qint64, int, qint64, bool applied) { return applied; } });

    int killed = 0, keptOld = 0, tookNew = 0, walLeft = 0;
    QStringList outcomes;
    for (const Point &point : std::as_const(points)) {
        QVERIFY(copyCache(m_pristine, path));
        const Run run = runCli(after.url(), path, answers, point.when);
        const qint64 walBytes = QFileInfo(path + u"-wal"_s).size(); // frames the kill left for recovery
        walLeft += walBytes > 0 ? 1 : 0;
        const auto state = readState(path, &error);
        QVERIFY2(state, qPrintable(point.name + u": "_s + error));
        QVERIFY2(state->integrity == u"ok", qPrintable(point.name + u": integrity_check: "_s + state->integrity));
        QVERIFY2(state->outbox == m_old.outbox, qPrintable(point.name + u": the outbox changed"_s));
        const bool isOld = state->sameSnapshot(m_old) && state->syncedAt == m_old.syncedAt;
        const bool isNew = state->sameSnapshot(expected) && state->syncedAt != m_old.syncedAt;
        QStringList counts;
        for (auto it = state->counts.cbegin(); it != state->counts.cend(); ++it)
            counts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        QVERIFY2(isOld || isNew,
            qPrintable(point.name + u": neither the old nor the new snapshot ("_s + counts.join(u", "_s) + u')'));
        if (!run.killed)
            QVERIFY2(run.exitCode == 0, qPrintable(point.name + u": "_s + QString::fromUtf8(run.err)));
        if (run.answers < answers)
            QVERIFY2(
                isOld, qPrintable(point.name + u": died before the pull was complete, yet not the old snapshot"_s));
        if (run.applied || !run.killed)
            QVERIFY2(isNew, qPrintable(point.name + u": committed, yet the old snapshot"_s));
        killed += run.killed ? 1 : 0;
        keptOld += isOld ? 1 : 0;
        tookNew += isNew ? 1 : 0;
        outcomes.append(u"%1: %2, %3 snapshot, %4 WAL bytes left"_s.arg(point.name,
            run.killed ? u"killed"_s : u"finished"_s, isOld ? u"old"_s : u"new"_s, QString::number(walBytes)));
    }
    qInfo().noquote() << outcomes.join(u"\n"_s);
    qInfo() << points.size() << "kill points:" << killed << "killed," << keptOld << "kept the old snapshot," << tookNew
            << "held the new one," << walLeft << "left WAL frames behind; test body" << total.elapsed() << "ms";
    // The 14 points up to the last answer always find the sync running; the later ones land where they land.
    QVERIFY2(killed >= 14, "the kills before the last answer all found a running sync");

    // And a sync after the last kill completes normally from whatever was left.
    const Run again = runCli(after.url(), path, 0, [](qint64, int, qint64, bool) { return false; });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const auto last = readState(path, &error);
    QVERIFY2(last, qPrintable(error));
    QVERIFY(last->sameSnapshot(expected));
    QCOMPARE(last->outbox, m_old.outbox);
}

QTEST_GUILESS_MAIN(TestSyncCrashSandbox)
#include "test_sync_crash_sandbox.moc"
