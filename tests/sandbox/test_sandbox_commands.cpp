// v1 commands, runCommand and command results (stdout, stderr, exit code per device).
#include "SandboxProcess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start({ u"--seed"_s, u"demo"_s })); }

    void crud()
    {
        QCOMPARE(m_sandbox.post(u"/api/commands"_s, QJsonObject { { u"name"_s, u"x"_s } }).status, 400);
        auto created = m_sandbox.post(u"/api/commands"_s,
            QJsonObject {
                { u"name"_s, u"hello"_s }, { u"command"_s, u"echo hello"_s }, { u"commandType"_s, u"linux"_s } });
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(u"_id"_s).toString();
        QCOMPARE(m_sandbox.put(u"/api/commands/"_s + id, QJsonObject { { u"description"_s, u"d"_s } })
                     .object()
                     .value(u"description"_s)
                     .toString(),
            u"d"_s);
        QCOMPARE(m_sandbox.get(u"/api/commands"_s).object().value(u"totalCount"_s).toInt(), 1);
        QCOMPARE(m_sandbox.del(u"/api/commands/"_s + id).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/commands/"_s + id).status, 404);
    }

    void runOnExplicitSystems()
    {
        const QString id = create(u"echo hi there"_s);
        const QString a = m_sandbox.systemId(u"srv-049"_s);
        const QString b = m_sandbox.systemId(u"srv-050"_s);
        const auto run = m_sandbox.post(
            u"/api/runCommand"_s, QJsonObject { { u"_id"_s, id }, { u"systemIds"_s, QJsonArray { a, b } } });
        QCOMPARE(run.status, 200);
        QCOMPARE(run.object().value(u"queueIds"_s).toArray().size(), 2);
        QVERIFY(!run.object().value(u"workflowInstanceId"_s).toString().isEmpty());
        const auto results = m_sandbox.get(u"/api/commands/%1/results"_s.arg(id));
        QCOMPARE(results.array().size(), 2);
        const QJsonObject result = results.array().first().toObject();
        QCOMPARE(result.value(u"response"_s).toObject().value(u"data"_s).toObject().value(u"output"_s).toString(),
            u"hi there\n"_s);
        QCOMPARE(result.value(u"response"_s).toObject().value(u"data"_s).toObject().value(u"exitCode"_s).toInt(), 0);
        const QString resultId = result.value(u"_id"_s).toString();
        QCOMPARE(m_sandbox.get(u"/api/commandresults/"_s + resultId).status, 200);
        QVERIFY(m_sandbox.get(u"/api/commandresults"_s).object().value(u"totalCount"_s).toInt() >= 2);
        QCOMPARE(m_sandbox.del(u"/api/commandresults/"_s + resultId).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/commandresults/"_s + resultId).status, 404);
    }

    void runOnBoundSystemsWithExitCode()
    {
        const QString id = create(u"hostname; exit 3"_s);
        const QString group = m_sandbox.get(u"/api/v2/systemgroups?filter=name:eq:Linux%20Servers"_s)
                                  .array()
                                  .first()
                                  .toObject()
                                  .value(u"id"_s)
                                  .toString();
        QCOMPARE(m_sandbox
                     .post(u"/api/v2/commands/%1/associations"_s.arg(id),
                         QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system_group"_s }, { u"id"_s, group } })
                     .status,
            204);
        QCOMPARE(m_sandbox.get(u"/api/v2/commands/%1/systems?limit=100"_s.arg(id)).array().size(), 12);
        QCOMPARE(m_sandbox.post(u"/api/runCommand"_s, QJsonObject { { u"_id"_s, id } }).status, 200);
        const auto results = m_sandbox.get(u"/api/commands/%1/results"_s.arg(id)).array();
        QCOMPARE(results.size(), 12);
        const QJsonObject response = results.first().toObject().value(u"response"_s).toObject();
        QCOMPARE(response.value(u"data"_s).toObject().value(u"exitCode"_s).toInt(), 3);
        QVERIFY(!response.value(u"error"_s).toString().isEmpty());
    }

    void hostnameCommandAfterDelay()
    {
        SandboxProcess delayed;
        QVERIFY(delayed.start({ u"--seed"_s, u"demo"_s, u"--agent-delay-ms"_s, u"200"_s }));
        const auto created
            = delayed.post(u"/api/commands"_s, QJsonObject { { u"name"_s, u"h"_s }, { u"command"_s, u"hostname"_s } });
        const QString id = created.object().value(u"_id"_s).toString();
        const QString system = delayed.systemId(u"srv-049"_s);
        delayed.post(u"/api/runCommand"_s, QJsonObject { { u"_id"_s, id }, { u"systemIds"_s, QJsonArray { system } } });
        QCOMPARE(delayed.get(u"/api/commands/%1/results"_s.arg(id)).array().size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(delayed.get(u"/api/commands/%1/results"_s.arg(id)).array().size(), 1, 5000);
        QCOMPARE(delayed.get(u"/api/commands/%1/results"_s.arg(id))
                     .array()
                     .first()
                     .toObject()
                     .value(u"response"_s)
                     .toObject()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"output"_s)
                     .toString(),
            u"srv-049\n"_s);
    }

private:
    QString create(const QString &script)
    {
        return m_sandbox.post(u"/api/commands"_s, QJsonObject { { u"name"_s, script }, { u"command"_s, script } })
            .object()
            .value(u"_id"_s)
            .toString();
    }
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxCommands)
#include "test_sandbox_commands.moc"
