// v2 groups, members, associations (one edge from both sides), traversals with paths and compiledAttributes.
#include "SandboxProcess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({ u"--seed-file"_s, QStringLiteral(BINDERY_SANDBOX_SEED_FILE) }),
            m_sandbox.standardError().constData());
    }

    void groupCrud()
    {
        auto created = m_sandbox.post(u"/api/v2/usergroups"_s, QJsonObject { { u"name"_s, u"Temp"_s } });
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(u"id"_s).toString();
        QCOMPARE(created.object().value(u"type"_s).toString(), u"user_group"_s);
        QCOMPARE(m_sandbox.post(u"/api/v2/usergroups"_s, QJsonObject { { u"name"_s, u"temp"_s } }).status, 409);
        QCOMPARE(m_sandbox.post(u"/api/v2/usergroups"_s, QJsonObject { { u"description"_s, u"x"_s } }).status, 400);
        auto put = m_sandbox.put(u"/api/v2/usergroups/"_s + id, QJsonObject { { u"name"_s, u"Temp2"_s } });
        QCOMPARE(put.status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v2/usergroups/"_s + id).object().value(u"name"_s).toString(), u"Temp2"_s);
        QCOMPARE(m_sandbox.del(u"/api/v2/usergroups/"_s + id).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v2/usergroups/"_s + id).status, 404);
        auto sg = m_sandbox.post(u"/api/v2/systemgroups"_s, QJsonObject { { u"name"_s, u"Temp SG"_s } });
        QCOMPARE(sg.status, 201);
        QCOMPARE(sg.object().value(u"type"_s).toString(), u"system_group"_s);
    }

    void membersAndMemberOf()
    {
        const QString group = groupId(u"usergroups"_s, u"Engineering"_s);
        const QString jane = m_sandbox.userId(u"jane.doe"_s);
        auto reply = m_sandbox.post(u"/api/v2/usergroups/%1/members"_s.arg(group),
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"user"_s }, { u"id"_s, jane } });
        QCOMPARE(reply.status, 204);
        reply = m_sandbox.get(u"/api/v2/usergroups/%1/members"_s.arg(group));
        QCOMPARE(reply.array().size(), 3);
        QCOMPARE(reply.headers.value("x-total-count"), QByteArray("3"));
        QVERIFY(reply.array().first().toObject().value(u"to"_s).toObject().contains(u"type"_s));
        reply = m_sandbox.get(u"/api/v2/usergroups/%1/membership"_s.arg(group));
        QCOMPARE(reply.array().size(), 3);
        reply = m_sandbox.get(u"/api/v2/users/%1/memberof"_s.arg(jane));
        QCOMPARE(reply.array().size(), 1);
        QCOMPARE(reply.array().first().toObject().value(u"id"_s).toString(), group);
        reply = m_sandbox.post(u"/api/v2/usergroups/%1/members"_s.arg(group),
            QJsonObject { { u"op"_s, u"remove"_s }, { u"type"_s, u"user"_s }, { u"id"_s, jane } });
        QCOMPARE(reply.status, 204);
        QCOMPARE(m_sandbox.get(u"/api/v2/users/%1/memberof"_s.arg(jane)).array().size(), 0);
        const QString macs = groupId(u"systemgroups"_s, u"Macs"_s);
        QCOMPARE(m_sandbox.get(u"/api/v2/systemgroups/%1/members"_s.arg(macs)).array().size(), 2);
        const QString mac = m_sandbox.systemId(u"mac-01"_s);
        QCOMPARE(m_sandbox.get(u"/api/v2/systems/%1/memberof"_s.arg(mac))
                     .array()
                     .first()
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
            macs);
    }

    void associationsRequireTargets()
    {
        const QString tom = m_sandbox.userId(u"tom"_s);
        QCOMPARE(m_sandbox.get(u"/api/v2/users/%1/associations"_s.arg(tom)).status, 400);
        QCOMPARE(m_sandbox.get(u"/api/v2/users/%1/associations?targets=bogus"_s.arg(tom)).status, 400);
    }

    void oneEdgeFromBothSides()
    {
        const QString tom = m_sandbox.userId(u"tom"_s);
        const QString mac = m_sandbox.systemId(u"mac-ssao"_s);
        const QJsonObject sudo { { u"sudo"_s,
            QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } };
        auto reply = m_sandbox.post(u"/api/v2/systems/%1/associations"_s.arg(mac),
            QJsonObject {
                { u"op"_s, u"add"_s }, { u"type"_s, u"user"_s }, { u"id"_s, tom }, { u"attributes"_s, sudo } });
        QCOMPARE(reply.status, 204);
        // Same edge seen from the user side, with its attributes.
        reply = m_sandbox.get(u"/api/v2/users/%1/associations?targets=system&targets=system_group"_s.arg(tom));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 1);
        QCOMPARE(reply.array().first().toObject().value(u"to"_s).toObject().value(u"id"_s).toString(), mac);
        QCOMPARE(reply.array().first().toObject().value(u"attributes"_s).toObject(), sudo);
        // Adding it again from the other side is a conflict: it is one edge.
        reply = m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(tom),
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, mac } });
        QCOMPARE(reply.status, 409);
        // update without attributes demotes.
        reply = m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(tom),
            QJsonObject { { u"op"_s, u"update"_s }, { u"type"_s, u"system"_s }, { u"id"_s, mac } });
        QCOMPARE(reply.status, 204);
        reply = m_sandbox.get(u"/api/v2/systems/%1/associations?targets=user"_s.arg(mac));
        QVERIFY(reply.array().first().toObject().value(u"attributes"_s).isNull());
        // sudo needs both keys.
        reply = m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(tom),
            QJsonObject { { u"op"_s, u"update"_s }, { u"type"_s, u"system"_s }, { u"id"_s, mac },
                { u"attributes"_s, QJsonObject { { u"sudo"_s, QJsonObject { { u"enabled"_s, true } } } } } });
        QCOMPARE(reply.status, 400);
        reply = m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(tom),
            QJsonObject { { u"op"_s, u"remove"_s }, { u"type"_s, u"system"_s }, { u"id"_s, mac } });
        QCOMPARE(reply.status, 204);
        QCOMPARE(m_sandbox.get(u"/api/v2/systems/%1/associations?targets=user"_s.arg(mac)).array().size(), 0);
    }

    void traversalWithPathsAndCompiledAttributes()
    {
        // kim.lee reaches lnx-01 through Engineering → Linux (no sudo) and Ops → lnx-01 (Ops grants sudo).
        const QString kim = m_sandbox.userId(u"kim.lee"_s);
        const QString lnx = m_sandbox.systemId(u"lnx-01"_s);
        auto reply = m_sandbox.get(u"/api/v2/users/%1/systems"_s.arg(kim));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.array().size(), 1);
        const QJsonObject reach = reply.array().first().toObject();
        QCOMPARE(reach.value(u"id"_s).toString(), lnx);
        QCOMPARE(reach.value(u"type"_s).toString(), u"system"_s);
        QCOMPARE(reach.value(u"paths"_s).toArray().size(), 2);
        const QJsonObject sudo = reach.value(u"compiledAttributes"_s).toObject().value(u"sudo"_s).toObject();
        QCOMPARE(sudo.value(u"enabled"_s).toBool(), true);
        QCOMPARE(sudo.value(u"withoutPassword"_s).toBool(), true);
        // Reverse traversal from the device.
        reply = m_sandbox.get(u"/api/v2/systems/%1/users"_s.arg(lnx));
        QCOMPARE(reply.array().size(), 2); // tom and kim.lee
        // tom only through groups, no sudo.
        const QString tom = m_sandbox.userId(u"tom"_s);
        for (const QJsonValue &value : reply.array()) {
            if (value.toObject().value(u"id"_s).toString() == tom) {
                QCOMPARE(value.toObject()
                             .value(u"compiledAttributes"_s)
                             .toObject()
                             .value(u"sudo"_s)
                             .toObject()
                             .value(u"enabled"_s)
                             .toBool(),
                    false);
                QCOMPARE(value.toObject().value(u"paths"_s).toArray().first().toArray().size(), 3);
            }
        }
    }

    void globalSudoFlagCompiles()
    {
        const QString admin = m_sandbox.userId(u"root.admin"_s);
        const QString mac = m_sandbox.systemId(u"mac-01"_s);
        QCOMPARE(m_sandbox
                     .post(u"/api/v2/users/%1/associations"_s.arg(admin),
                         QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, mac } })
                     .status,
            204);
        const auto reply = m_sandbox.get(u"/api/v2/users/%1/systems"_s.arg(admin));
        QCOMPARE(reply.array()
                     .first()
                     .toObject()
                     .value(u"compiledAttributes"_s)
                     .toObject()
                     .value(u"sudo"_s)
                     .toObject()
                     .value(u"enabled"_s)
                     .toBool(),
            true);
    }

    void groupTraversals()
    {
        const QString eng = groupId(u"usergroups"_s, u"Engineering"_s);
        const QString linuxGroup = groupId(u"systemgroups"_s, u"Linux"_s);
        QCOMPARE(m_sandbox.get(u"/api/v2/usergroups/%1/systems"_s.arg(eng)).array().size(), 1);
        QCOMPARE(m_sandbox.get(u"/api/v2/usergroups/%1/systemgroups"_s.arg(eng)).array().size(), 1);
        QCOMPARE(m_sandbox.get(u"/api/v2/systemgroups/%1/usergroups"_s.arg(linuxGroup)).array().size(), 1);
        QCOMPARE(m_sandbox.get(u"/api/v2/systemgroups/%1/users"_s.arg(linuxGroup)).array().size(), 2);
        const QString tom = m_sandbox.userId(u"tom"_s);
        QCOMPARE(m_sandbox.get(u"/api/v2/users/%1/systemgroups"_s.arg(tom)).array().size(), 1);
        QCOMPARE(
            m_sandbox.get(u"/api/v2/usergroups/%1/associations?targets=system_group"_s.arg(eng)).array().size(), 1);
        QCOMPARE(
            m_sandbox.get(u"/api/v2/systemgroups/%1/associations?targets=user_group"_s.arg(linuxGroup)).array().size(),
            1);
    }

    void windowsNameLengthBlocksBinding()
    {
        const QString longUser = m_sandbox.userId(u"averyveryverylongusername"_s);
        const QString win = m_sandbox.systemId(u"win-01"_s);
        auto reply = m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(longUser),
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, win } });
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.message().contains(u"20 characters"_s));
        // Fine on a Mac (≤ 30).
        reply = m_sandbox.post(u"/api/v2/users/%1/associations"_s.arg(longUser),
            QJsonObject {
                { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, m_sandbox.systemId(u"mac-02"_s) } });
        QCOMPARE(reply.status, 204);
    }

private:
    QString groupId(const QString &kind, const QString &name)
    {
        return m_sandbox.get(u"/api/v2/%1?filter=name:eq:%2"_s.arg(kind, name))
            .array()
            .first()
            .toObject()
            .value(u"id"_s)
            .toString();
    }
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxGraph)
#include "test_sandbox_graph.moc"
