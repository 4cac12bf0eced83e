// The simulated agents' takeover decisions per OS, unbinding, delays, System Insights, and SSAO sign-in rules.
#include "SandboxProcess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxAgents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({ u"--seed-file"_s, QStringLiteral(BINDERY_SANDBOX_SEED_FILE) }),
            m_sandbox.standardError().constData());
    }

    void seedBindingsWereApplied()
    {
        // Engineering → Linux: tom takes over "tom" exactly; kim.lee does not match "kim" (typo) → new account.
        const auto accounts = this->accounts(u"lnx-01"_s);
        QVERIFY(accounts.value(u"tom"_s).value(u"managed"_s).toBool());
        QVERIFY(!accounts.value(u"kim"_s).value(u"managed"_s).toBool());
        QVERIFY(accounts.value(u"kim.lee"_s).value(u"managed"_s).toBool());
        QCOMPARE(accounts.value(u"kim.lee"_s).value(u"directory"_s).toString(), u"/home/kim.lee"_s);
        QVERIFY(accounts.value(u"kim.lee"_s).value(u"admin"_s).toBool()); // Ops grants sudo
    }

    void caseOnlyMatchOnWindowsTakesOver()
    {
        bind(u"tom"_s, u"win-01"_s);
        const auto accounts = this->accounts(u"win-01"_s);
        QVERIFY(accounts.value(u"TOM"_s).value(u"managed"_s).toBool());
        QVERIFY(!accounts.contains(u"tom"_s));
    }

    void caseOnlyMatchOnMacCreatesSecondAccount()
    {
        bind(u"tom"_s, u"mac-01"_s);
        const auto accounts = this->accounts(u"mac-01"_s);
        QVERIFY(!accounts.value(u"Tom"_s).value(u"managed"_s).toBool());
        QVERIFY(accounts.value(u"tom"_s).value(u"managed"_s).toBool());
        QCOMPARE(accounts.value(u"tom"_s).value(u"directory"_s).toString(), u"/Users/tom"_s);
        QCOMPARE(accounts.value(u"tom"_s).value(u"shell"_s).toString(), u"/bin/zsh"_s);
    }

    void systemUsernameIsPreferred()
    {
        // jane.doe has systemUsername "jane"; mac-02 has both "jane" and "jane.doe".
        bind(u"jane.doe"_s, u"mac-02"_s);
        const auto accounts = this->accounts(u"mac-02"_s);
        QVERIFY(accounts.value(u"jane"_s).value(u"managed"_s).toBool());
        QVERIFY(!accounts.value(u"jane.doe"_s).value(u"managed"_s).toBool());
    }

    void unbindLeavesAccountUnmanaged()
    {
        const QString tom = m_sandbox.userId(u"tom"_s);
        const QString win = m_sandbox.systemId(u"win-01"_s);
        QCOMPARE(m_sandbox
                     .post(u"/api/v2/users/%1/associations"_s.arg(tom),
                         QJsonObject { { u"op"_s, u"remove"_s }, { u"type"_s, u"system"_s }, { u"id"_s, win } })
                     .status,
            204);
        const auto accounts = this->accounts(u"win-01"_s);
        QVERIFY(accounts.contains(u"TOM"_s));
        QVERIFY(!accounts.value(u"TOM"_s).value(u"managed"_s).toBool());
    }

    void sudoUpdateReachesAccount()
    {
        const QString tom = m_sandbox.userId(u"tom"_s);
        const QString mac = m_sandbox.systemId(u"mac-01"_s);
        m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(tom),
            QJsonObject { { u"op"_s, u"update"_s }, { u"type"_s, u"system"_s }, { u"id"_s, mac },
                { u"attributes"_s,
                    QJsonObject {
                        { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } } } });
        QVERIFY(accounts(u"mac-01"_s).value(u"tom"_s).value(u"admin"_s).toBool());
    }

    void systemInsightsFilters()
    {
        const QString lnx = m_sandbox.systemId(u"lnx-01"_s);
        auto reply = m_sandbox.get(u"/api/v2/systeminsights/users?filter=system_id:eq:%1&limit=1000"_s.arg(lnx));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 3);
        const QJsonObject row = reply.array().first().toObject();
        for (const QString &field : { u"system_id"_s, u"collection_time"_s, u"username"_s, u"uid"_s, u"gid"_s,
                 u"directory"_s, u"shell"_s, u"type"_s, u"uuid"_s, u"real_user"_s, u"admin"_s, u"suspended"_s,
                 u"managed"_s, u"ad_managed"_s, u"last_login"_s, u"description"_s })
            QVERIFY2(row.contains(field), qPrintable(field));
        reply = m_sandbox.get(u"/api/v2/systeminsights/users?filter=username:in:tom|TOM"_s);
        QCOMPARE(reply.array().size(), 3); // tom on lnx-01 and mac-01, TOM on win-01
        QCOMPARE(reply.headers.value("x-total-count"), QByteArray("3"));
        QCOMPARE(m_sandbox.get(u"/api/v2/systeminsights/users?filter=username:ne:tom"_s).status, 400);
    }

    void ssaoRefusals_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("reason");
        QTest::newRow("linux") << u"lnx-ssao"_s << u"walk.in"_s << u"unsupported_os"_s;
        QTest::newRow("unknown user") << u"mac-ssao"_s << u"nobody"_s << u"user_not_found"_s;
        QTest::newRow("staged") << u"mac-ssao"_s << u"max.staged"_s << u"user_staged"_s;
        QTest::newRow("suspended") << u"mac-ssao"_s << u"sue.suspended"_s << u"user_suspended"_s;
        QTest::newRow("mac already has users") << u"mac-bound"_s << u"walk.in"_s << u"device_has_bound_users"_s;
        QTest::newRow("name matches local account") << u"win-ssao"_s << u"ssao.taken"_s << u"local_account_exists"_s;
    }
    void ssaoRefusals()
    {
        QFETCH(QString, device);
        QFETCH(QString, username);
        QFETCH(QString, reason);
        const auto reply = m_sandbox.post(u"/sandbox/devices/%1/login"_s.arg(m_sandbox.systemId(device)),
            QJsonObject { { u"username"_s, username } });
        QVERIFY(reply.status == 409 || reply.status == 400);
        QCOMPARE(reply.object().value(u"reason"_s).toString(), reason);
        QVERIFY(!reply.message().isEmpty());
    }

    void ssaoSucceedsAndBinds()
    {
        const QString win = m_sandbox.systemId(u"win-ssao"_s);
        const auto reply
            = m_sandbox.post(u"/sandbox/devices/%1/login"_s.arg(win), QJsonObject { { u"username"_s, u"walk.in"_s } });
        QCOMPARE(reply.status, 200);
        const QString user = m_sandbox.userId(u"walk.in"_s);
        const auto systems = m_sandbox.get(u"/api/v2/users/%1/systems"_s.arg(user));
        QCOMPARE(systems.array().size(), 1);
        // Windows SSAO is set to ADMIN in the fixture.
        QVERIFY(systems.array()
                    .first()
                    .toObject()
                    .value(u"compiledAttributes"_s)
                    .toObject()
                    .value(u"sudo"_s)
                    .toObject()
                    .value(u"enabled"_s)
                    .toBool());
        QVERIFY(accounts(u"win-ssao"_s).value(u"walk.in"_s).value(u"managed"_s).toBool());
    }

    void ssaoDisabled()
    {
        QCOMPARE(m_sandbox
                     .put(u"/api/v2/devices/settings/ssao"_s,
                         QJsonObject { { u"settings"_s,
                             QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, false },
                                 { u"defaultPermission"_s, u"STANDARD"_s } } } } })
                     .status,
            200);
        const auto settings = m_sandbox.get(u"/api/v2/devices/settings/ssao"_s).object().value(u"settings"_s).toArray();
        QCOMPARE(settings.size(), 2);
        const auto reply = m_sandbox.post(u"/sandbox/devices/%1/login"_s.arg(m_sandbox.systemId(u"mac-ssao"_s)),
            QJsonObject { { u"username"_s, u"walk.in"_s } });
        QCOMPARE(reply.object().value(u"reason"_s).toString(), u"ssao_disabled"_s);
    }

    void delayedAgent()
    {
        SandboxProcess delayed;
        QVERIFY(delayed.start(
            { u"--seed-file"_s, QStringLiteral(BINDERY_SANDBOX_SEED_FILE), u"--agent-delay-ms"_s, u"300"_s }));
        const QString tom = delayed.userId(u"tom"_s);
        const QString win = delayed.systemId(u"win-01"_s);
        QCOMPARE(delayed
                     .post(u"/api/v2/users/%1/associations"_s.arg(tom),
                         QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, win } })
                     .status,
            204);
        const auto managed = [&] {
            const auto rows
                = delayed.get(u"/api/v2/systeminsights/users?filter=system_id:eq:%1&filter=username:eq:TOM"_s.arg(win));
            return rows.array().first().toObject().value(u"managed"_s).toBool();
        };
        QVERIFY(!managed());
        QTRY_VERIFY_WITH_TIMEOUT(managed(), 5000);
    }

private:
    void bind(const QString &username, const QString &hostname)
    {
        const auto reply = m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(m_sandbox.userId(username)),
            QJsonObject {
                { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, m_sandbox.systemId(hostname) } });
        QCOMPARE(reply.status, 204);
    }
    QHash<QString, QJsonObject> accounts(const QString &hostname)
    {
        QHash<QString, QJsonObject> result;
        const auto reply = m_sandbox.get(
            u"/api/v2/systeminsights/users?limit=1000&filter=system_id:eq:"_s + m_sandbox.systemId(hostname));
        for (const QJsonValue &row : reply.array())
            result.insert(row.toObject().value(u"username"_s).toString(), row.toObject());
        return result;
    }
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxAgents)
#include "test_sandbox_agents.moc"
