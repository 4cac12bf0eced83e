// Paging, limits, sorting, v1/v2 filters and field selection, as the real service does them.
#include "SandboxProcess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({ u"--seed"_s, u"demo"_s }), m_sandbox.standardError().constData());
    }

    void defaultLimitIsTen()
    {
        const auto reply = m_sandbox.get(u"/api/systemusers"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"totalCount"_s).toInt(), 150);
        QCOMPARE(reply.object().value(u"results"_s).toArray().size(), 10);
    }

    void limitOver100IsRejected()
    {
        auto reply = m_sandbox.get(u"/api/systemusers?limit=101"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.message(), u"Bad Request: request parameter \"limit\" exceeds maximum value of 100"_s);
        QCOMPARE(m_sandbox.get(u"/api/v2/usergroups?limit=101"_s).status, 400);
        QCOMPARE(m_sandbox.get(u"/api/v2/systeminsights/users?limit=10000"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/v2/systeminsights/users?limit=10001"_s).status, 400);
    }

    void skipPagesWithoutOverlap()
    {
        QSet<QString> seen;
        for (int skip = 0; skip < 150; skip += 40) {
            const auto page = m_sandbox.get(u"/api/systemusers?limit=40&sort=_id&skip=%1"_s.arg(skip));
            for (const QJsonValue &user : page.object().value(u"results"_s).toArray())
                seen.insert(user.toObject().value(u"_id"_s).toString());
        }
        QCOMPARE(seen.size(), 150);
    }

    void sortV1SpaceSeparatedAndDescending()
    {
        auto reply = m_sandbox.get(u"/api/systemusers?limit=100&sort=-username"_s);
        const QJsonArray users = reply.object().value(u"results"_s).toArray();
        for (qsizetype i = 1; i < users.size(); ++i)
            QVERIFY(users[i - 1].toObject().value(u"username"_s).toString()
                >= users[i].toObject().value(u"username"_s).toString());
        reply = m_sandbox.get(u"/api/systemusers?limit=100&sort=department%20-username"_s);
        const QJsonArray byDept = reply.object().value(u"results"_s).toArray();
        QVERIFY(byDept.first().toObject().value(u"department"_s).toString()
            <= byDept.last().toObject().value(u"department"_s).toString());
        const auto desc = m_sandbox.get(u"/api/systemusers?limit=1&sort=-_id"_s);
        const auto asc = m_sandbox.get(u"/api/systemusers?limit=1&skip=149&sort=_id"_s);
        QCOMPARE(desc.object().value(u"results"_s), asc.object().value(u"results"_s));
    }

    void sortV2CommaSeparated()
    {
        const auto reply = m_sandbox.get(u"/api/v2/usergroups?limit=100&sort=-name,id"_s);
        const QJsonArray groups = reply.array();
        QCOMPARE(groups.size(), 12);
        QCOMPARE(groups.first().toObject().value(u"name"_s).toString(), u"Support"_s);
        QCOMPARE(reply.headers.value("x-total-count"), QByteArray("12"));
    }

    void v1Filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        QTest::newRow("$eq") << u"filter=username:$eq:alice.smith"_s << 1;
        QTest::newRow("$eq is case-sensitive") << u"filter=username:$eq:Alice.Smith"_s << 0;
        QTest::newRow("$in") << u"filter=username:$in:alice.smith|bob.jones|nobody"_s << 2;
        QTest::newRow("$sw") << u"filter=username:$sw:alice.sm"_s << 1;
        QTest::newRow("$ne state") << u"filter=state:$ne:ACTIVATED"_s << -1;
        QTest::newRow("AND with filter[n]") << u"filter[0]=department:$eq:Sales&filter[1]=state:$eq:ACTIVATED"_s << -1;
        QTest::newRow("bool") << u"filter=suspended:$eq:true"_s << -1;
        QTest::newRow("$nin") << u"filter=state:$nin:ACTIVATED|SUSPENDED"_s << -1;
    }
    void v1Filters()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        const auto reply = m_sandbox.get(u"/api/systemusers?limit=100&"_s + query);
        QCOMPARE(reply.status, 200);
        const int total = reply.object().value(u"totalCount"_s).toInt();
        if (expected >= 0)
            QCOMPARE(total, expected);
        else
            QVERIFY(total > 0 && total < 150);
    }

    void v1FilterNeedsDollar()
    {
        QCOMPARE(m_sandbox.get(u"/api/systemusers?filter=username:eq:alice.smith"_s).status, 400);
    }

    void v2Filters()
    {
        auto reply = m_sandbox.get(u"/api/v2/usergroups?filter=name:eq:Engineering"_s);
        QCOMPARE(reply.array().size(), 1);
        reply = m_sandbox.get(u"/api/v2/usergroups?filter=name:search:eng"_s);
        QCOMPARE(reply.array().size(), 1);
        reply = m_sandbox.get(u"/api/v2/usergroups?filter=attributes.sudo.enabled:eq:true"_s);
        QCOMPARE(reply.array().size(), 1);
        QCOMPARE(reply.array().first().toObject().value(u"name"_s).toString(), u"IT Admins"_s);
        reply = m_sandbox.get(u"/api/v2/usergroups?filter=name:in:Sales|Legal&filter=name:ne:Sales"_s);
        QCOMPARE(reply.array().size(), 1);
        QCOMPARE(m_sandbox.get(u"/api/v2/usergroups?filter=name:$eq:Sales"_s).status, 400);
    }

    void fieldsSelection()
    {
        const auto reply = m_sandbox.get(u"/api/systemusers?limit=1&fields=username%20email"_s);
        const QJsonObject user = reply.object().value(u"results"_s).toArray().first().toObject();
        QVERIFY(user.contains(u"_id"_s) && user.contains(u"username"_s) && user.contains(u"email"_s));
        QVERIFY(!user.contains(u"department"_s));
    }

    void systemsHaveReadFields()
    {
        const auto reply = m_sandbox.get(u"/api/systems?limit=100&filter=osFamily:$eq:windows"_s);
        QCOMPARE(reply.object().value(u"totalCount"_s).toInt(), 22);
        const QJsonObject system = reply.object().value(u"results"_s).toArray().first().toObject();
        for (const QString &field :
            { u"_id"_s, u"displayName"_s, u"hostname"_s, u"os"_s, u"version"_s, u"arch"_s, u"agentVersion"_s,
                u"active"_s, u"lastContact"_s, u"serialNumber"_s, u"fde"_s, u"systemInsights"_s, u"organization"_s })
            QVERIFY2(system.contains(field), qPrintable(field));
        const QString id = system.value(u"_id"_s).toString();
        auto put = m_sandbox.put(u"/api/systems/"_s + id,
            QJsonObject { { u"displayName"_s, u"renamed"_s }, { u"hostname"_s, u"ignored"_s } });
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(u"displayName"_s).toString(), u"renamed"_s);
        QCOMPARE(put.object().value(u"hostname"_s), system.value(u"hostname"_s));
        QCOMPARE(m_sandbox.get(u"/api/systems/"_s + id).object().value(u"displayName"_s).toString(), u"renamed"_s);
        QCOMPARE(m_sandbox.del(u"/api/systems/"_s + id).status, 200);
        QCOMPARE(m_sandbox.get(u"/api/systems/"_s + id).status, 404);
    }

    void unknownPathIs404() { QCOMPARE(m_sandbox.get(u"/api/nothing"_s).status, 404); }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxListing)
#include "test_sandbox_listing.moc"
