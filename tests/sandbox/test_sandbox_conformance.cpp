// Conformance: every implemented endpoint is driven through Prism proxies (`prism proxy --errors`) loaded with the
// official v1 and v2 OpenAPI specs; no request or response may violate them. Known spec gaps are tolerated by name
// only (sandbox/README.md, "Spec gaps"). A missing Prism binary fails the test: it is never skipped.
#include "ConformanceGaps.h"
#include "PrismProxy.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr auto NoUser = "000000000000000000000000";
QString q(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

class TestSandboxConformance : public QObject
{
    Q_OBJECT

private:
    using Reply = SandboxProcess::Reply;
    enum class Api { V1, V2 };

    Reply call(Api api, const QByteArray &verb, const QString &path, const QJsonValue &body, int expected,
        const QByteArray &key = {})
    {
        const QByteArray bytes = body.isNull() || body.isUndefined() ? QByteArray()
            : body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        PrismProxy &prism = api == Api::V1 ? m_v1 : m_v2;
        const Reply reply = m_sandbox.sendTo(prism.baseUrl(), verb, path, bytes, key);
        const QString step = QString::fromLatin1(verb) + (api == Api::V1 ? u" /api"_s : u" /api/v2"_s) + path;
        ++m_steps;
        QStringList violations = ConformanceGaps::violationsOf(reply.headers.value("sl-violations"), reply.body);
        violations.removeDuplicates();
        if (!violations.isEmpty()) {
            // An undeclared status is a gap only where the test asked for that error.
            const bool expectedError = expected >= 400 && reply.status == expected;
            const QStringList left = ConformanceGaps::unexplained(violations, &m_tolerated, expectedError);
            if (!left.isEmpty())
                m_problems.append(step + u": Prism violation (HTTP %1): "_s.arg(reply.status) + left.join(u" | "_s));
            return reply;
        }
        if (reply.status != expected)
            m_problems.append(step + u": HTTP %1, expected %2: "_s.arg(reply.status).arg(expected)
                + QString::fromUtf8(reply.body.left(500)));
        return reply;
    }
    Reply v1(const QByteArray &verb, const QString &path, const QJsonValue &body = {}, int expected = 200)
    {
        return call(Api::V1, verb, path, body, expected);
    }
    Reply v2(const QByteArray &verb, const QString &path, const QJsonValue &body = {}, int expected = 200)
    {
        return call(Api::V2, verb, path, body, expected);
    }
    QString firstId(const Reply &reply, const QString &key = u"_id"_s) const
    {
        const QJsonArray items = reply.json().isArray() ? reply.array() : reply.object().value(u"results"_s).toArray();
        return items.first().toObject().value(key).toString();
    }
    // The id of an object made through Prism; asks the sandbox directly if Prism replaced the answer.
    QString createdId(const Reply &reply, const QString &key, const QString &lookup)
    {
        const QString id = reply.object().value(key).toString();
        return id.isEmpty() ? firstId(m_sandbox.get(lookup), key) : id;
    }
    void report()
    {
        const QStringList problems = std::exchange(m_problems, {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    SandboxProcess m_sandbox;
    PrismProxy m_v1;
    PrismProxy m_v2;
    QStringList m_problems;
    QSet<QString> m_tolerated;
    int m_steps = 0;
    QString m_userId; // john.doe
    QString m_systemId; // a Mac
    QString m_orgId;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({ u"--seed"_s, u"demo"_s }), m_sandbox.standardError().constData());
        const QString specs = QStringLiteral(BINDERY_API_SPECS);
        QString error;
        QVERIFY2(m_v1.start(QStringLiteral(BINDERY_PRISM), specs + u"/jumpcloud-api-v1.openapi.yaml"_s,
                     m_sandbox.baseUrl() + u"/api"_s, &error),
            qPrintable(error));
        QVERIFY2(m_v2.start(QStringLiteral(BINDERY_PRISM), specs + u"/jumpcloud-api-v2.openapi.yaml"_s,
                     m_sandbox.baseUrl() + u"/api/v2"_s, &error),
            qPrintable(error));
        QVERIFY2(m_v1.waitUntilReady(90000, &error), qPrintable(error));
        QVERIFY2(m_v2.waitUntilReady(90000, &error), qPrintable(error));
        // Fixtures straight from the sandbox, so one violation does not hide the others.
        m_userId = m_sandbox.userId(u"john.doe"_s);
        m_systemId = firstId(m_sandbox.get(u"/api/systems?limit=1&sort=_id&filter=osFamily:$eq:darwin"_s));
        m_orgId = firstId(m_sandbox.get(u"/api/organizations"_s));
        QVERIFY(!m_userId.isEmpty() && !m_systemId.isEmpty() && !m_orgId.isEmpty());
        report();
    }

    void v1Users()
    {
        v1("GET", u"/systemusers"_s);
        v1("GET",
            u"/systemusers?limit=5&skip=2&sort="_s + q(u"-username"_s) + u"&filter="_s + q(u"state:$eq:ACTIVATED"_s));
        v1("GET", u"/systemusers?limit=100&skip=100&sort=_id&fields="_s + q(u"username email state"_s));
        v1("GET",
            u"/systemusers?filter[0]="_s + q(u"department:$in:Engineering|Sales"_s) + u"&filter[1]="_s
                + q(u"state:$ne:STAGED"_s));
        v1("GET", u"/systemusers/"_s + m_userId);
        const Reply created = v1("POST", u"/systemusers"_s,
            QJsonObject { { u"username"_s, u"conf.user"_s }, { u"email"_s, u"conf.user@acme.example"_s },
                { u"firstname"_s, u"Conf"_s }, { u"lastname"_s, u"User"_s },
                { u"password"_s, u"Correct-Horse-12"_s } });
        const QString id = createdId(created, u"_id"_s, u"/api/systemusers?filter=username:$eq:conf.user"_s);
        QVERIFY(!id.isEmpty());
        v1("PUT", u"/systemusers/"_s + id, QJsonObject { { u"lastname"_s, u"Changed"_s }, { u"sudo"_s, true } });
        v1("PUT", u"/systemusers/"_s + id, QJsonObject { { u"systemUsername"_s, u"conf_local"_s } });
        v1("PUT", u"/systemusers/"_s + id, QJsonObject { { u"state"_s, u"SUSPENDED"_s } });
        v1("POST", u"/systemusers/"_s + id + u"/state/activate"_s, QJsonObject {});
        v1("POST", u"/systemusers/"_s + id + u"/state/suspend"_s);
        v1("PUT", u"/systemusers/"_s + id,
            QJsonObject { { u"enable_user_portal_multifactor"_s, true },
                { u"mfa"_s, QJsonObject { { u"exclusion"_s, true }, { u"exclusionDays"_s, 7 } } } });
        v1("POST", u"/systemusers/"_s + id + u"/resetmfa"_s,
            QJsonObject { { u"exclusion"_s, true }, { u"exclusionDays"_s, 7 } });
        v1("POST", u"/search/systemusers?limit=10&skip=0"_s,
            QJsonObject {
                { u"filter"_s,
                    QJsonObject { { u"and"_s, QJsonArray { QJsonObject { { u"state"_s, u"ACTIVATED"_s } } } } } },
                { u"searchFilter"_s,
                    QJsonObject { { u"searchTerm"_s, QJsonArray { u"john"_s } },
                        { u"fields"_s, QJsonArray { u"username"_s } } } },
                { u"fields"_s, u"username email"_s } });
        v1("POST", u"/search/systemusers"_s,
            QJsonObject { { u"filter"_s,
                QJsonObject { { u"or"_s,
                    QJsonArray { QJsonObject { { u"department"_s, u"IT"_s } },
                        QJsonObject { { u"department"_s, u"Sales"_s } } } } } } });
        // Errors: duplicate (409), weak password (400 with details), unknown id (404).
        v1("POST", u"/systemusers"_s,
            QJsonObject { { u"username"_s, u"conf.user"_s }, { u"email"_s, u"other@acme.example"_s } }, 409);
        v1("POST", u"/systemusers?fullValidationDetails=password"_s,
            QJsonObject { { u"username"_s, u"weak.pw"_s }, { u"email"_s, u"weak.pw@acme.example"_s },
                { u"password"_s, u"short"_s } },
            400);
        v1("GET", u"/systemusers/"_s + QLatin1StringView(NoUser), {}, 404);
        v1("DELETE", u"/systemusers/"_s + id);
        report();
    }

    void v1SystemsOrganizations()
    {
        v1("GET", u"/systems?limit=10&skip=10&sort=hostname&filter="_s + q(u"osFamily:$eq:windows"_s));
        v1("GET", u"/systems?fields="_s + q(u"hostname os active"_s));
        v1("GET", u"/systems/"_s + m_systemId);
        v1("PUT", u"/systems/"_s + m_systemId,
            QJsonObject { { u"displayName"_s, u"conf-mac"_s }, { u"allowSshRootLogin"_s, false },
                { u"attributes"_s,
                    QJsonArray { QJsonObject { { u"name"_s, u"rack"_s }, { u"value"_s, u"A3"_s } } } } });
        v1("GET", u"/systems/"_s + QLatin1StringView(NoUser), {}, 404);
        v1("GET", u"/organizations?limit=10"_s);
        v1("GET", u"/organizations/"_s + m_orgId);
        v1("PUT", u"/organizations/"_s + m_orgId,
            QJsonObject { { u"settings"_s,
                QJsonObject { { u"passwordPolicy"_s, QJsonObject { { u"minLength"_s, 12 } } },
                    { u"newSystemUserStateDefaults"_s, QJsonObject { { u"manualEntry"_s, u"STAGED"_s } } } } } });
        report();
    }

    void v1Commands()
    {
        v1("GET", u"/commands"_s);
        const Reply created = v1("POST", u"/commands"_s,
            QJsonObject { { u"name"_s, u"conf echo"_s }, { u"command"_s, u"echo conformance"_s },
                { u"commandType"_s, u"mac"_s }, { u"user"_s, QLatin1StringView(NoUser) },
                { u"launchType"_s, u"manual"_s }, { u"timeout"_s, u"120"_s } });
        const QString id = createdId(created, u"_id"_s, u"/api/commands?filter=name:$eq:conf%20echo"_s);
        QVERIFY(!id.isEmpty());
        v1("GET", u"/commands/"_s + id);
        v1("PUT", u"/commands/"_s + id,
            QJsonObject {
                { u"name"_s, u"conf echo 2"_s }, { u"command"_s, u"echo again"_s }, { u"commandType"_s, u"mac"_s } });
        v2("POST", u"/commands/"_s + id + u"/associations"_s,
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, m_systemId } }, 204);
        v2("GET", u"/commands/"_s + id + u"/associations?targets=system"_s);
        v2("GET", u"/commands/"_s + id + u"/systems"_s);
        v2("GET", u"/systems/"_s + m_systemId + u"/commands"_s);
        v1("POST", u"/runCommand"_s, QJsonObject { { u"_id"_s, id }, { u"systemIds"_s, QJsonArray { m_systemId } } });
        const QString resultId = firstId(v1("GET", u"/commandresults?limit=10&sort=_id"_s));
        QVERIFY(!resultId.isEmpty());
        v1("GET", u"/commandresults/"_s + resultId);
        v1("GET", u"/commands/"_s + id + u"/results"_s);
        v1("DELETE", u"/commandresults/"_s + resultId);
        v1("GET", u"/commands/"_s + QLatin1StringView(NoUser), {}, 404);
        v1("DELETE", u"/commands/"_s + id);
        report();
    }

    void v2Groups()
    {
        v2("GET", u"/usergroups"_s);
        v2("GET", u"/usergroups?limit=5&skip=1&sort=-name&filter="_s + q(u"name:eq:IT Admins"_s));
        v2("GET", u"/systemgroups?sort=name&fields=name,description"_s);
        const QString group = createdId(
            v2("POST", u"/usergroups"_s,
                QJsonObject { { u"name"_s, u"Conformance"_s }, { u"description"_s, u"made by a test"_s } }, 201),
            u"id"_s, u"/api/v2/usergroups?filter=name:eq:Conformance"_s);
        const QString devices
            = createdId(v2("POST", u"/systemgroups"_s, QJsonObject { { u"name"_s, u"Conformance Devices"_s } }, 201),
                u"id"_s, u"/api/v2/systemgroups?filter=name:eq:Conformance%20Devices"_s);
        QVERIFY(!group.isEmpty() && !devices.isEmpty());
        v2("POST", u"/usergroups"_s, QJsonObject { { u"name"_s, u"Conformance"_s } }, 409);
        v2("GET", u"/usergroups/"_s + group);
        v2("PUT", u"/usergroups/"_s + group,
            QJsonObject { { u"name"_s, u"Conformance 2"_s },
                { u"attributes"_s,
                    QJsonObject {
                        { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } } } });
        v2("PUT", u"/systemgroups/"_s + devices, QJsonObject { { u"name"_s, u"Conformance Devices 2"_s } });
        v2("POST", u"/usergroups/"_s + group + u"/members"_s,
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"user"_s }, { u"id"_s, m_userId } }, 204);
        v2("POST", u"/systemgroups/"_s + devices + u"/members"_s,
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, m_systemId } }, 204);
        v2("GET", u"/usergroups/"_s + group + u"/members"_s);
        v2("GET", u"/usergroups/"_s + group + u"/membership"_s);
        v2("GET", u"/systemgroups/"_s + devices + u"/members?limit=10&skip=0"_s);
        v2("GET", u"/systemgroups/"_s + devices + u"/membership"_s);
        v2("GET", u"/users/"_s + m_userId + u"/memberof"_s);
        v2("GET", u"/systems/"_s + m_systemId + u"/memberof"_s);
        // Associations from each side, incl. update; then the traversals see them.
        v2("POST", u"/usergroups/"_s + group + u"/associations"_s,
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system_group"_s }, { u"id"_s, devices } }, 204);
        v2("GET", u"/usergroups/"_s + group + u"/associations?targets=system_group&targets=system"_s);
        v2("GET", u"/systemgroups/"_s + devices + u"/associations?targets=user_group"_s);
        for (const QString &path :
            { u"/usergroups/%1/systems"_s.arg(group), u"/usergroups/%1/systemgroups"_s.arg(group),
                u"/systemgroups/%1/users"_s.arg(devices), u"/systemgroups/%1/usergroups"_s.arg(devices),
                u"/users/%1/systemgroups"_s.arg(m_userId), u"/systems/%1/usergroups"_s.arg(m_systemId) })
            v2("GET", path);
        v2("POST", u"/systemgroups/"_s + devices + u"/associations"_s,
            QJsonObject { { u"op"_s, u"remove"_s }, { u"type"_s, u"user_group"_s }, { u"id"_s, group } }, 204);
        v2("POST", u"/usergroups/"_s + group + u"/members"_s,
            QJsonObject { { u"op"_s, u"remove"_s }, { u"type"_s, u"user"_s }, { u"id"_s, m_userId } }, 204);
        v2("DELETE", u"/usergroups/"_s + group);
        v2("DELETE", u"/systemgroups/"_s + devices);
        v2("GET", u"/usergroups/"_s + QLatin1StringView(NoUser), {}, 404);
        v2("GET", u"/systemgroups/"_s + QLatin1StringView(NoUser), {}, 404);
        report();
    }

    void v2UserSystemAssociations()
    {
        const QJsonObject sudo { { u"sudo"_s,
            QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } };
        v2("POST", u"/users/"_s + m_userId + u"/associations"_s,
            QJsonObject {
                { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, m_systemId }, { u"attributes"_s, sudo } },
            204);
        v2("GET", u"/users/"_s + m_userId + u"/associations?targets=system"_s);
        v2("GET", u"/users/"_s + m_userId + u"/associations?targets=system&targets=system_group"_s);
        v2("POST", u"/systems/"_s + m_systemId + u"/associations"_s,
            QJsonObject { { u"op"_s, u"update"_s }, { u"type"_s, u"user"_s }, { u"id"_s, m_userId },
                { u"attributes"_s,
                    QJsonObject {
                        { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, true } } } } } },
            204);
        v2("GET", u"/systems/"_s + m_systemId + u"/associations?targets=user"_s);
        v2("GET", u"/systems/"_s + m_systemId + u"/associations?targets=user_group"_s);
        v2("GET", u"/users/"_s + m_userId + u"/systems"_s);
        v2("GET", u"/users/"_s + m_userId + u"/systems?limit=5&skip=0&filter="_s + q(u"id:eq:"_s + m_systemId));
        v2("GET", u"/systems/"_s + m_systemId + u"/users"_s);
        v2("POST", u"/users/"_s + m_userId + u"/associations"_s,
            QJsonObject { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, m_systemId } }, 409);
        v2("POST", u"/systems/"_s + m_systemId + u"/associations"_s,
            QJsonObject { { u"op"_s, u"remove"_s }, { u"type"_s, u"user"_s }, { u"id"_s, m_userId } }, 204);
        v2("GET", u"/users/"_s + QLatin1StringView(NoUser) + u"/associations?targets=system"_s, {}, 404);
        report();
    }

    void v2InsightsAndSettings()
    {
        v2("GET", u"/systeminsights/users"_s);
        v2("GET", u"/systeminsights/users?limit=1000&filter="_s + q(u"system_id:eq:"_s + m_systemId));
        v2("GET", u"/systeminsights/users?sort=username&filter="_s + q(u"username:in:jdoe|alice.smith"_s));
        v2("GET", u"/devices/settings/ssao"_s);
        v2("PUT", u"/devices/settings/ssao"_s,
            QJsonObject { { u"settings"_s,
                QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, true },
                    { u"defaultPermission"_s, u"STANDARD"_s }, { u"passwordSyncEnabled"_s, true } } } } });
        report();
    }

    void errors()
    {
        v1("GET", u"/systemusers?limit=101"_s, {}, 400);
        v2("GET", u"/usergroups?limit=101"_s, {}, 400);
        // limit=10001 on System Insights is refused by Prism itself (the spec's maximum): see test_sandbox_listing.
        call(Api::V1, "GET", u"/systemusers"_s, {}, 401, "wrong-key");
        call(Api::V2, "GET", u"/usergroups"_s, {}, 401, "wrong-key");
        report();
    }

    void cleanupTestCase()
    {
        // Prism logs every violation it finds, including ones that did not change the answer.
        for (PrismProxy *prism : { &m_v1, &m_v2 }) {
            // Per-request checks already tied each logged violation to its answer and expected status.
            for (const QString &line : ConformanceGaps::unexplained(prism->violationLines(), &m_tolerated, true))
                m_problems.append(u"Prism logged: "_s + line);
        }
        QStringList tolerated = m_tolerated.values();
        tolerated.sort();
        qInfo("%d requests through Prism; tolerated documented gaps: %s", m_steps,
            qPrintable(tolerated.isEmpty() ? u"none"_s : tolerated.join(u", "_s)));
        m_v1.stop();
        m_v2.stop();
        m_sandbox.stop();
        report();
    }
};

QTEST_GUILESS_MAIN(TestSandboxConformance)
#include "test_sandbox_conformance.moc"
