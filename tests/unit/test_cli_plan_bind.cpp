// bindery-cli plan-bind, run as the real executable: the plan as text and as JSON, exit 0 (nothing blocked),
// 1 (something blocked, or no readable cache) and 2 (wrong command line, unknown names).
#include "BindingTestOrg.h"
#include "OutboxChangeFactory.h"
#include "OutboxStore.h"
#include "TempCache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(BINDERY_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCliPlanBind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongCommandLinesExitWithTwo_data();
    void wrongCommandLinesExitWithTwo();
    void missingCacheExitsWithOne();
    void textPlanSaysWhatHappensAndBlockedExitsWithOne();
    void jsonPlanHasOneObjectPerPair();
    void groupsExpandToTheirMembers();
    void waitingChangesCountAsDone();
    void helpIsListed();

private:
    TempCache m_temp;
    QString m_cache;
};

void TestCliPlanBind::initTestCase()
{
    QVERIFY(QFile::exists(QString::fromUtf8(BINDERY_CLI_PATH)));
    m_cache = m_temp.path(u"binding.sqlite"_s);
    const QString error = BindingTestOrg::writeCache(m_cache);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCliPlanBind::wrongCommandLinesExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString cache = m_temp.path(u"binding.sqlite"_s);
    QTest::newRow("no cache") << QStringList { u"--user"_s, u"alice"_s, u"--device"_s, u"zoe-mba"_s } << u"--cache"_s;
    QTest::newRow("no user") << QStringList { u"--cache"_s, cache, u"--device"_s, u"zoe-mba"_s } << u"--user"_s;
    QTest::newRow("no device") << QStringList { u"--cache"_s, cache, u"--user"_s, u"alice"_s } << u"--device"_s;
    QTest::newRow("unknown user") << QStringList { u"--cache"_s, cache, u"--user"_s, u"nobody"_s, u"--device"_s,
        u"zoe-mba"_s } << u"no user \"nobody\""_s;
    QTest::newRow("unknown device") << QStringList { u"--cache"_s, cache, u"--user"_s, u"alice"_s, u"--device"_s,
        u"toaster"_s } << u"no device \"toaster\""_s;
    QTest::newRow("unknown group") << QStringList { u"--cache"_s, cache, u"--user-group"_s, u"Nobody"_s, u"--device"_s,
        u"zoe-mba"_s } << u"no user group"_s;
    QTest::newRow("positional") << QStringList { u"--cache"_s, cache, u"alice"_s } << u"positional"_s;
    QTest::newRow("unknown option") << QStringList { u"--cache"_s, cache, u"--frob"_s } << u"frob"_s;
}

void TestCliPlanBind::wrongCommandLinesExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runCli(QStringList { u"plan-bind"_s } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err).trimmed();
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 0); // one line
}

void TestCliPlanBind::missingCacheExitsWithOne()
{
    const Run run = runCli({ u"plan-bind"_s, u"--cache"_s, m_temp.path(u"absent.sqlite"_s), u"--user"_s, u"alice"_s,
        u"--device"_s, u"zoe-mba"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(QString::fromUtf8(run.err).contains(u"no cache file"_s));
    QVERIFY(!QFile::exists(m_temp.path(u"absent.sqlite"_s))); // never created by asking
}

void TestCliPlanBind::textPlanSaysWhatHappensAndBlockedExitsWithOne()
{
    const Run run = runCli({ u"plan-bind"_s, u"--cache"_s, m_cache, u"--user"_s, u"john.doe"_s, u"--user"_s,
        u"dave.longusername.example"_s, u"--device"_s, u"WIN-FIN-01"_s });
    QCOMPARE(run.exitCode, 1); // dave's name is too long for Windows
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"john.doe → Finance Desktop: Creates the local account “john.doe” on Finance Desktop."_s),
        qPrintable(out));
    QVERIFY(out.contains(u"    warning: No account “john.doe” on Finance Desktop, but “jdoe” is similar"_s));
    QVERIFY(out.contains(u"dave.longusername.example → Finance Desktop: Blocked: "_s));
    QVERIFY(out.contains(u"\n1 new account, 1 blocked\n"_s));
    QVERIFY(out.contains(u"Warnings: 1 similar account"_s));

    const Run clean = runCli({ u"plan-bind"_s, u"--cache"_s, m_cache, u"--user"_s, u"judy"_s, u"--device"_s,
        QString::fromLatin1(SampleOrg::Id::WinLobby) });
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(QString::fromUtf8(clean.out).contains(u"Takes over the local account “JUDY” on Lobby Kiosk"_s));
}

void TestCliPlanBind::jsonPlanHasOneObjectPerPair()
{
    const Run run = runCli({ u"plan-bind"_s, u"--cache"_s, m_cache, u"--user"_s, u"judy"_s, u"--user"_s, u"Erin"_s,
        u"--device"_s, u"lobby kiosk"_s, u"--device"_s, u"eng-mac-02"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray pairs = document.object().value("pairs"_L1).toArray();
    QCOMPARE(pairs.size(), 4); // users outer, devices inner
    const QJsonObject judyLobby = pairs.at(0).toObject();
    QCOMPARE(judyLobby.value("user"_L1).toString(), u"judy"_s);
    QCOMPARE(judyLobby.value("device"_L1).toString(), u"Lobby Kiosk"_s);
    QCOMPARE(judyLobby.value("action"_L1).toString(), u"takeover"_s);
    QCOMPARE(judyLobby.value("account"_L1).toString(), u"JUDY"_s);
    QCOMPARE(judyLobby.value("matchedField"_L1).toString(), u"username"_s);
    QCOMPARE(judyLobby.value("warnings"_L1).toArray(), (QJsonArray { u"takeover-signs-out"_s, u"device-inactive"_s }));
    const QJsonObject erinMac = pairs.at(3).toObject();
    QCOMPARE(erinMac.value("action"_L1).toString(), u"create"_s);
    QCOMPARE(erinMac.value("warnings"_L1).toArray(), (QJsonArray { u"case-differs"_s, u"device-inactive"_s }));
    for (const QJsonValue &pair : pairs) {
        for (const auto key : { "user", "device", "action", "account", "matchedField", "warnings" })
            QVERIFY2(pair.toObject().contains(QLatin1StringView(key)), key);
    }
    const QJsonObject summary = document.object().value("summary"_L1).toObject();
    QCOMPARE(summary.value("pairs"_L1).toInt(), 4);
    QCOMPARE(summary.value("actions"_L1).toObject().value("takeover"_L1).toInt(), 1);
    QCOMPARE(summary.value("actions"_L1).toObject().value("create"_L1).toInt(), 3);
    QCOMPARE(document.object().value("planWarnings"_L1).toArray(), QJsonArray {});

    // The spelling, several names after one flag (--user NAME... --device NAME_OR_ID...), plans the same.
    const Run listed = runCli({ u"plan-bind"_s, u"--cache"_s, m_cache, u"--user"_s, u"judy"_s, u"Erin"_s, u"--device"_s,
        u"lobby kiosk"_s, u"eng-mac-02"_s, u"--json"_s });
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).object().value("pairs"_L1).toArray(), pairs);
}

void TestCliPlanBind::groupsExpandToTheirMembers()
{
    const Run run = runCli({ u"plan-bind"_s, u"--cache"_s, m_cache, u"--user-group"_s, u"finance"_s,
        u"--device-group"_s, u"Windows Fleet"_s, u"--json"_s });
    const QJsonObject plan = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(plan.value("pairs"_L1).toArray().size(), 9);
    // mallory's formula-looking department is irrelevant; the blocked count decides the exit code.
    const int blocked = plan.value("summary"_L1).toObject().value("actions"_L1).toObject().value("blocked"_L1).toInt();
    QCOMPARE(run.exitCode, blocked > 0 ? 1 : 0);
}

void TestCliPlanBind::waitingChangesCountAsDone()
{
    const QString path = m_temp.path(u"waiting.sqlite"_s);
    QVERIFY(BindingTestOrg::writeCache(path).isEmpty());
    {
        auto opened = CacheDatabase::open(path);
        QVERIFY(opened);
        const OutboxChangeFactory factory(u"b"_s);
        QVERIFY(OutboxStore(*opened.value())
                    .append(factory.bindUserToDevice(QString::fromLatin1(SampleOrg::Id::Judy), u"judy"_s,
                        QString::fromLatin1(SampleOrg::Id::WinLobby), u"Lobby Kiosk"_s, false, false)));
    }
    const Run run = runCli(
        { u"plan-bind"_s, u"--cache"_s, path, u"--user"_s, u"judy"_s, u"--device"_s, u"WIN-LOBBY"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray pairs = QJsonDocument::fromJson(run.out).object().value("pairs"_L1).toArray();
    QCOMPARE(pairs.at(0).toObject().value("action"_L1).toString(), u"already-bound"_s);
}

void TestCliPlanBind::helpIsListed()
{
    const Run help = runCli({ u"--help"_s });
    QVERIFY(QString::fromUtf8(help.out).contains(u"plan-bind"_s));
    const Run own = runCli({ u"plan-bind"_s, u"--help"_s });
    QCOMPARE(own.exitCode, 0);
    QVERIFY(QString::fromUtf8(own.out).contains(u"--json"_s));
}

QTEST_GUILESS_MAIN(TestCliPlanBind)
#include "test_cli_plan_bind.moc"
