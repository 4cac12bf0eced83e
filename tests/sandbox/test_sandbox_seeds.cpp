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
        QVERIFY(sandbox.start({ u"--seed"_s, u"demo"_s }));
        QCOMPARE(sandbox.get(u"/api/systemusers"_s).object().value(u"totalCount"_s).toInt(), 150);
        QCOMPARE(sandbox.get(u"/api/systems"_s).object().value(u"totalCount"_s).toInt(), 60);
        QCOMPARE(sandbox.get(u"/api/v2/usergroups"_s).headers.value("x-total-count"), QByteArray("12"));
        QVERIFY(sandbox.get(u"/api/systemusers?filter=state:$eq:STAGED"_s).object().value(u"totalCount"_s).toInt() > 0);
        QVERIFY(
            sandbox.get(u"/api/systemusers?filter=state:$eq:SUSPENDED"_s).object().value(u"totalCount"_s).toInt() > 0);
        for (const QString &os : { u"darwin"_s, u"windows"_s, u"linux"_s })
            QVERIFY(
                sandbox.get(u"/api/systems?filter=osFamily:$eq:"_s + os).object().value(u"totalCount"_s).toInt() > 5);
        for (const QString &name :
            { u"jdoe"_s, u"alice.smith"_s, u"Bob.Jones"_s, u"Carol.White"_s, u"dpatel"_s, u"guest"_s, u"svc-backup"_s })
            QVERIFY2(!sandbox.get(u"/api/v2/systeminsights/users?filter=username:eq:"_s + name).array().isEmpty(),
                qPrintable(name));
        const QString admins = sandbox.get(u"/api/v2/usergroups?filter=name:eq:IT%20Admins"_s)
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(u"id"_s)
                                   .toString();
        QVERIFY(
            !sandbox.get(u"/api/v2/usergroups/%1/associations?targets=system_group"_s.arg(admins)).array().isEmpty());
        bool sudoEdge = false;
        const QString admin = sandbox.get(u"/api/v2/usergroups/%1/members"_s.arg(admins))
                                  .array()
                                  .first()
                                  .toObject()
                                  .value(u"to"_s)
                                  .toObject()
                                  .value(u"id"_s)
                                  .toString();
        for (const QJsonValue &s : sandbox.get(u"/api/v2/users/%1/systems?limit=100"_s.arg(admin)).array())
            sudoEdge = sudoEdge
                || s.toObject()
                       .value(u"compiledAttributes"_s)
                       .toObject()
                       .value(u"sudo"_s)
                       .toObject()
                       .value(u"enabled"_s)
                       .toBool();
        QVERIFY(sudoEdge);
        bool ssaoOn = false;
        for (const QJsonValue &s :
            sandbox.get(u"/api/v2/devices/settings/ssao"_s).object().value(u"settings"_s).toArray())
            ssaoOn = ssaoOn || s.toObject().value(u"enabled"_s).toBool();
        QVERIFY(ssaoOn);
        const auto org = sandbox.get(u"/api/organizations"_s).object().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(
            org.value(u"settings"_s).toObject().value(u"passwordPolicy"_s).toObject().value(u"minLength"_s).toInt(),
            12);
    }

    void generateIsDeterministic()
    {
        const QString spec = u"generate:users=300,devices=80,user-groups=10,device-groups=10,seed=42"_s;
        const auto listing = [&] {
            SandboxProcess sandbox;
            if (!sandbox.start({ u"--seed"_s, spec }))
                return QByteArray();
            QByteArray all;
            for (int skip = 0; skip < 300; skip += 100)
                all += sandbox.get(u"/api/systemusers?limit=100&sort=_id&skip=%1"_s.arg(skip)).body;
            all += sandbox.get(u"/api/systems?limit=100"_s).body;
            all += sandbox.get(u"/api/v2/usergroups?limit=100"_s).body;
            all += sandbox.get(u"/api/v2/systeminsights/users?limit=10000&sort=system_id,username"_s).body;
            all += sandbox.get(u"/sandbox/health"_s).body;
            return all;
        };
        const QByteArray first = listing();
        QVERIFY(!first.isEmpty());
        QCOMPARE(listing(), first);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({ u"--seed"_s, spec + u",seed=43"_s }));
        const QByteArray page = sandbox.get(u"/api/systemusers?limit=100&sort=_id"_s).body;
        QVERIFY(!first.startsWith(page)); // another seed, another org
    }

    // Memberships, group bindings, and local accounts consistent with the agent rules: every bound user has a
    // managed account on every device that has checked in; the stray accounts cover every matching case.
    void generateIsRealistic()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start(
            { u"--seed"_s, u"generate:users=300,devices=80,user-groups=10,device-groups=10,seed=7,bindings=900"_s }));
        int groupBindings = 0;
        for (const QJsonValue &group : sandbox.get(u"/api/v2/usergroups?limit=100"_s).array()) {
            const QString id = group.toObject().value(u"id"_s).toString();
            QVERIFY(!sandbox.get(u"/api/v2/usergroups/%1/members?limit=100"_s.arg(id)).array().isEmpty());
            groupBindings += int(
                sandbox.get(u"/api/v2/usergroups/%1/associations?targets=system_group"_s.arg(id)).array().size());
        }
        QVERIFY(groupBindings > 0);
        QHash<QString, QString> localNames; // user id → local account name
        for (int skip = 0; skip < 300; skip += 100) {
            for (const QJsonValue &v :
                sandbox.get(u"/api/systemusers?limit=100&skip=%1"_s.arg(skip)).object().value(u"results"_s).toArray()) {
                const QJsonObject u = v.toObject();
                const QString local = u.value(u"systemUsername"_s).toString();
                localNames.insert(
                    u.value(u"_id"_s).toString(), local.isEmpty() ? u.value(u"username"_s).toString() : local);
            }
        }
        QSet<QString> names;
        for (const QString &name : std::as_const(localNames))
            names.insert(name);
        const QJsonArray accounts = sandbox.get(u"/api/v2/systeminsights/users?limit=10000"_s).array();
        QHash<QString, QList<QJsonObject>> bySystem;
        int exactUnmanaged = 0, caseOnly = 0, service = 0, noMatch = 0;
        for (const QJsonValue &v : accounts) {
            const QJsonObject a = v.toObject();
            bySystem[a.value(u"system_id"_s).toString()].append(a);
            const QString name = a.value(u"username"_s).toString();
            if (!a.value(u"real_user"_s).toBool())
                ++service;
            else if (a.value(u"managed"_s).toBool())
                continue;
            else if (names.contains(name))
                ++exactUnmanaged;
            else if (names.contains(name.toLower()))
                ++caseOnly;
            else if (!name.contains(u'.') && name != u"localadmin" && name != u"Administrator")
                ++noMatch; // stray accounts and similar names (jdoe-style)
        }
        QVERIFY(exactUnmanaged > 0);
        QVERIFY(caseOnly > 0);
        QVERIFY(service > 0);
        QVERIFY(noMatch > 0);
        int bound = 0;
        for (const QJsonValue &v : sandbox.get(u"/api/systems?limit=100"_s).object().value(u"results"_s).toArray()) {
            const QJsonObject system = v.toObject();
            if (!system.value(u"active"_s).toBool())
                continue;
            const QString id = system.value(u"_id"_s).toString();
            const bool windows = system.value(u"osFamily"_s).toString() == u"windows";
            for (const QJsonValue &reach : sandbox.get(u"/api/v2/systems/%1/users?limit=100"_s.arg(id)).array()) {
                const QString name = localNames.value(reach.toObject().value(u"id"_s).toString());
                bool managed = false;
                for (const QJsonObject &a : bySystem.value(id)) {
                    if (a.value(u"managed"_s).toBool()
                        && a.value(u"username"_s)
                                .toString()
                                .compare(name, windows ? Qt::CaseInsensitive : Qt::CaseSensitive)
                            == 0)
                        managed = true;
                }
                QVERIFY2(managed, qPrintable(u"%1 bound to %2 has no managed account"_s.arg(name, id)));
                ++bound;
            }
        }
        QVERIFY(bound > 500);
    }

    void seedFile()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({ u"--seed-file"_s, QStringLiteral(BINDERY_SANDBOX_SEED_FILE) }));
        QCOMPARE(sandbox.get(u"/api/systemusers"_s).object().value(u"totalCount"_s).toInt(), 10);
        QCOMPARE(sandbox.get(u"/api/systems"_s).object().value(u"totalCount"_s).toInt(), 8);
        const auto jane = sandbox.get(u"/api/systemusers?filter=username:$eq:jane.doe"_s)
                              .object()
                              .value(u"results"_s)
                              .toArray()
                              .first()
                              .toObject();
        QCOMPARE(jane.value(u"systemUsername"_s).toString(), u"jane"_s);
    }

    void dataPersistsAcrossRestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"org.sqlite"_s);
        QString id;
        {
            SandboxProcess sandbox;
            QVERIFY(sandbox.start({ u"--seed"_s, u"demo"_s, u"--data"_s, file }));
            const auto created = sandbox.post(u"/api/systemusers"_s,
                QJsonObject { { u"username"_s, u"persisted"_s }, { u"email"_s, u"p@x.example"_s } });
            id = created.object().value(u"_id"_s).toString();
        }
        SandboxProcess again;
        QVERIFY(again.start({ u"--data"_s, file }));
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
