// Seeds: demo content, generate determinism, seed-file loading, --data persistence, api-key printing.
#include "SandboxProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxSeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoIsBelievable()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--seed"_s, u"demo"_s}));
        QCOMPARE(sandbox.get(u"/api/systemusers"_s).object().value(u"totalCount"_s).toInt(), 150);
        QCOMPARE(sandbox.get(u"/api/systems"_s).object().value(u"totalCount"_s).toInt(), 60);
        QCOMPARE(sandbox.get(u"/api/v2/usergroups"_s).headers.value("x-total-count"), QByteArray("12"));
        QVERIFY(sandbox.get(u"/api/systemusers?filter=state:$eq:STAGED"_s).object().value(u"totalCount"_s).toInt() > 0);
        QVERIFY(sandbox.get(u"/api/systemusers?filter=state:$eq:SUSPENDED"_s).object().value(u"totalCount"_s).toInt() > 0);
        for (const QString &os : {u"darwin"_s, u"windows"_s, u"linux"_s})
            QVERIFY(sandbox.get(u"/api/systems?filter=osFamily:$eq:"_s + os).object().value(u"totalCount"_s).toInt() > 5);
        QCOMPARE(sandbox.get(u"/api/v2/systeminsights/users?filter=username:eq:jdoe"_s).array().size(), 1);
        const auto org = sandbox.get(u"/api/organizations"_s).object().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(org.value(u"settings"_s).toObject().value(u"passwordPolicy"_s).toObject().value(u"minLength"_s).toInt(), 12);
    }

    void generateIsDeterministic()
    {
        const QString spec = u"generate:users=300,devices=80,user-groups=6,device-groups=4,seed=42"_s;
        const auto listing = [&] {
            SandboxProcess sandbox;
            if (!sandbox.start({u"--seed"_s, spec}))
                return QByteArray();
            QByteArray all;
            for (int skip = 0; skip < 300; skip += 100)
                all += sandbox.get(u"/api/systemusers?limit=100&sort=_id&skip=%1"_s.arg(skip)).body;
            all += sandbox.get(u"/api/systems?limit=100"_s).body;
            all += sandbox.get(u"/api/v2/systeminsights/users?limit=10000"_s).body;
            return all;
        };
        const QByteArray first = listing();
        QVERIFY(!first.isEmpty());
        QCOMPARE(listing(), first);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--seed"_s, spec}));
        QCOMPARE(sandbox.get(u"/api/v2/systeminsights/users"_s).headers.value("x-total-count"), QByteArray("600"));
        QCOMPARE(sandbox.get(u"/sandbox/health"_s).object().value(u"edges"_s).toInt(), 900 + 300 + 80);
    }

    void seedFile()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--seed-file"_s, QStringLiteral(BINDERY_SANDBOX_SEED_FILE)}));
        QCOMPARE(sandbox.get(u"/api/systemusers"_s).object().value(u"totalCount"_s).toInt(), 10);
        QCOMPARE(sandbox.get(u"/api/systems"_s).object().value(u"totalCount"_s).toInt(), 8);
        const auto jane = sandbox.get(u"/api/systemusers?filter=username:$eq:jane.doe"_s).object()
                              .value(u"results"_s).toArray().first().toObject();
        QCOMPARE(jane.value(u"systemUsername"_s).toString(), u"jane"_s);
    }

    void dataPersistsAcrossRestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"org.sqlite"_s);
        QString id;
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start({u"--seed"_s, u"demo"_s, u"--data"_s, file}));
            const auto created = sandbox.post(u"/api/systemusers"_s, QJsonObject{{u"username"_s, u"persisted"_s},
                                                                                {u"email"_s, u"p@x.example"_s}});
            id = created.object().value(u"_id"_s).toString();
        }
        SandboxProcess again;
        QVERIFY(again.start({u"--data"_s, file}));
        QCOMPARE(again.get(u"/api/systemusers/"_s + id).object().value(u"username"_s).toString(), u"persisted"_s);
        QCOMPARE(again.get(u"/api/systemusers"_s).object().value(u"totalCount"_s).toInt(), 151);
    }

    void printsGeneratedKeyBeforeListening()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"BINDERY_SANDBOX_API_KEY"_s);
        process.setProcessEnvironment(environment);
        process.start(SandboxProcess::executable(), {});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("listening on"), 10000);
        QVERIFY(out.startsWith("api-key: "));
        QVERIFY(out.indexOf("api-key: ") < out.indexOf("listening on http://127.0.0.1:"));
        process.terminate();
        process.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeeds)
#include "test_sandbox_seeds.moc"
