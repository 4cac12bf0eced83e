// v1 /api/systemusers over HTTP: auth, validation, uniqueness, password policy, states, renames while bound,
// MFA settings and reset.
#include "SandboxProcess.h"

#include <QDateTime>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

class TestSandboxUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({ u"--seed"_s, u"demo"_s }), m_sandbox.standardError().constData());
    }

    void unauthorizedWithoutKey()
    {
        const auto reply = m_sandbox.get(u"/api/systemusers"_s, "wrong");
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.message(), u"Unauthorized"_s);
        QCOMPARE(m_sandbox.get(u"/sandbox/health"_s, "wrong").status, 200);
    }

    void createReturnsFullUserWithoutPassword()
    {
        const auto reply = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject { { u"username"_s, u"new.person"_s }, { u"email"_s, u"new.person@acme.example"_s },
                { u"password"_s, u"Correct-Horse-9"_s }, { u"systemUsername"_s, u"newp"_s },
                { u"unknownField"_s, 1 } });
        QCOMPARE(reply.status, 200);
        const QJsonObject user = reply.object();
        QCOMPARE(user.value(u"_id"_s).toString().size(), 24);
        QCOMPARE(user.value(u"state"_s).toString(), u"ACTIVATED"_s);
        QCOMPARE(user.value(u"activated"_s).toBool(), true);
        QCOMPARE(user.value(u"systemUsername"_s).toString(), u"newp"_s);
        QVERIFY(!user.contains(u"password"_s));
        QVERIFY(!user.contains(u"unknownField"_s));
        QVERIFY(user.contains(u"employeeIdentifier"_s) && user.contains(u"mfa"_s) && user.contains(u"sudo"_s));
    }

    void withoutPasswordIsStaged()
    {
        const auto reply = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject { { u"username"_s, u"no.pass"_s }, { u"email"_s, u"no.pass@acme.example"_s } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"state"_s).toString(), u"STAGED"_s);
        const QString id = reply.object().value(u"_id"_s).toString();
        // PUT accepts only ACTIVATED/SUSPENDED.
        QCOMPARE(m_sandbox.put(u"/api/systemusers/"_s + id, QJsonObject { { u"state"_s, u"STAGED"_s } }).status, 400);
        auto activated = m_sandbox.post(u"/api/systemusers/%1/state/activate"_s.arg(id));
        QCOMPARE(activated.status, 200);
        QCOMPARE(activated.body, QByteArray("\"ACTIVATED\"")); // the spec's string body
        QCOMPARE(m_sandbox.get(u"/api/systemusers/"_s + id).object().value(u"state"_s).toString(), u"ACTIVATED"_s);
        auto suspended = m_sandbox.post(u"/api/systemusers/%1/state/suspend"_s.arg(id));
        QCOMPARE(suspended.object().value(u"state"_s).toString(), u"SUSPENDED"_s);
        QCOMPARE(suspended.object().value(u"suspended"_s).toBool(), true);
        QCOMPARE(suspended.object().value(u"activated"_s).toBool(), false);
        auto back = m_sandbox.put(u"/api/systemusers/"_s + id, QJsonObject { { u"state"_s, u"ACTIVATED"_s } });
        QCOMPARE(back.object().value(u"state"_s).toString(), u"ACTIVATED"_s);
    }

    void createWithExplicitState()
    {
        const auto reply = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject { { u"username"_s, u"state.given"_s }, { u"email"_s, u"state.given@acme.example"_s },
                { u"state"_s, u"SUSPENDED"_s } });
        QCOMPARE(reply.object().value(u"state"_s).toString(), u"SUSPENDED"_s);
    }

    void omittedStateFollowsOrgDefault()
    {
        const QString org = m_sandbox.get(u"/api/organizations"_s)
                                .object()
                                .value(u"results"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"_id"_s)
                                .toString();
        QCOMPARE(m_sandbox
                     .put(u"/api/organizations/"_s + org,
                         QJsonObject { { u"settings"_s,
                             QJsonObject { { u"newSystemUserStateDefaults"_s,
                                 QJsonObject { { u"manualEntry"_s, u"STAGED"_s } } } } } })
                     .status,
            200);
        const auto reply = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject { { u"username"_s, u"defaults.staged"_s }, { u"email"_s, u"ds@acme.example"_s },
                { u"password"_s, u"Correct-Horse-9"_s } });
        QCOMPARE(reply.object().value(u"state"_s).toString(), u"STAGED"_s);
        m_sandbox.put(u"/api/organizations/"_s + org,
            QJsonObject { { u"settings"_s,
                QJsonObject {
                    { u"newSystemUserStateDefaults"_s, QJsonObject { { u"manualEntry"_s, u"ACTIVATED"_s } } } } } });
        // The rest of the settings survived the partial PUT.
        const QJsonObject settings
            = m_sandbox.get(u"/api/organizations/"_s + org).object().value(u"settings"_s).toObject();
        QCOMPARE(settings.value(u"passwordPolicy"_s).toObject().value(u"minLength"_s).toInt(), 12);
    }

    void uniqueness_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("username") << u"username"_s
                                  << QJsonObject { { u"username"_s, u"ALICE.SMITH"_s },
                                         { u"email"_s, u"u1@x.example"_s } };
        QTest::newRow("email") << u"email"_s
                               << QJsonObject { { u"username"_s, u"u2"_s },
                                      { u"email"_s, u"Alice.Smith@acme.example"_s } };
        QTest::newRow("employeeIdentifier")
            << u"employeeIdentifier"_s
            << QJsonObject { { u"username"_s, u"u3"_s }, { u"email"_s, u"u3@x.example"_s },
                   { u"employeeIdentifier"_s, u"E1001"_s } };
        QTest::newRow("systemUsername") << u"systemUsername"_s
                                        << QJsonObject { { u"username"_s, u"u4"_s }, { u"email"_s, u"u4@x.example"_s },
                                               { u"systemUsername"_s, u"DPATEL"_s } };
        QTest::newRow("username equals another systemUsername")
            << u"username"_s << QJsonObject { { u"username"_s, u"dpatel"_s }, { u"email"_s, u"u5@x.example"_s } };
        QTest::newRow("systemUsername equals another username")
            << u"systemUsername"_s
            << QJsonObject { { u"username"_s, u"u6"_s }, { u"email"_s, u"u6@x.example"_s },
                   { u"systemUsername"_s, u"bob.jones"_s } };
    }
    void uniqueness()
    {
        QFETCH(QString, field);
        QFETCH(QJsonObject, body);
        const auto reply = m_sandbox.post(u"/api/systemusers"_s, body);
        QCOMPARE(reply.status, 409);
        QVERIFY2(reply.message().startsWith(field), qPrintable(reply.message()));
    }

    void emptyEmployeeIdentifierIsNotUnique()
    {
        for (const QString &name : { u"empty.one"_s, u"empty.two"_s }) {
            QCOMPARE(m_sandbox
                         .post(u"/api/systemusers"_s,
                             QJsonObject { { u"username"_s, name }, { u"email"_s, QString(name + u"@x.example"_s) },
                                 { u"employeeIdentifier"_s, QString() } })
                         .status,
                200);
        }
    }

    void usernameRules_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<int>("status");
        QTest::newRow("digit first") << u"1abc"_s << 400;
        QTest::newRow("space") << u"ab c"_s << 400;
        QTest::newRow("at") << u"ab@c"_s << 400;
        QTest::newRow("plus") << u"ab+c"_s << 400;
        QTest::newRow("empty") << QString() << 400;
        QTest::newRow("too long") << (u"a"_s + QString(1024, u'b')) << 400;
        QTest::newRow("ok punctuation") << u"a.b-c_d9"_s << 200;
        QTest::newRow("long but valid") << u"averyveryverylongusername"_s << 200;
    }
    void usernameRules()
    {
        QFETCH(QString, username);
        QFETCH(int, status);
        const auto reply = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject { { u"username"_s, username }, { u"email"_s, u"rule%1@x.example"_s.arg(qHash(username)) } });
        QCOMPARE(reply.status, status);
        if (status == 400)
            QVERIFY(reply.message().contains(u"username"_s));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("failure");
        QTest::newRow("short") << u"Ab1short"_s << u"at least 12"_s;
        QTest::newRow("no upper") << u"lowercase-only-12"_s << u"uppercase"_s;
        QTest::newRow("no lower") << u"UPPERCASE-ONLY-12"_s << u"lowercase"_s;
        QTest::newRow("no digit") << u"NoDigitsAtAll-x"_s << u"number"_s;
    }
    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(QString, failure);
        auto reply = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject {
                { u"username"_s, u"pw.user"_s }, { u"email"_s, u"pw.user@x.example"_s }, { u"password"_s, password } });
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(failure), qPrintable(reply.message()));
        reply = m_sandbox.post(u"/api/systemusers?fullValidationDetails=password"_s,
            QJsonObject {
                { u"username"_s, u"pw.user"_s }, { u"email"_s, u"pw.user@x.example"_s }, { u"password"_s, password } });
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.object().value(u"details"_s).toArray().isEmpty());
    }

    void passwordChangeChecksPolicy()
    {
        const QString id = m_sandbox.userId(u"alice.smith"_s);
        QCOMPARE(m_sandbox.put(u"/api/systemusers/"_s + id, QJsonObject { { u"password"_s, u"short"_s } }).status, 400);
        QCOMPARE(m_sandbox.put(u"/api/systemusers/"_s + id, QJsonObject { { u"password"_s, u"Long-Enough-Pass1"_s } })
                     .status,
            200);
    }

    void partialUpdateKeepsOtherFields()
    {
        const QString id = m_sandbox.userId(u"john.doe"_s);
        const auto reply = m_sandbox.put(u"/api/systemusers/"_s + id, QJsonObject { { u"jobTitle"_s, u"Boss"_s } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"jobTitle"_s).toString(), u"Boss"_s);
        QCOMPARE(reply.object().value(u"email"_s).toString(), u"john.doe@acme.example"_s);
    }

    void renameRefusedWhileBound()
    {
        // alice.smith is bound directly to mbp-002; dev.patel through a direct binding as well.
        const QString alice = m_sandbox.userId(u"alice.smith"_s);
        auto reply
            = m_sandbox.put(u"/api/systemusers/"_s + alice, QJsonObject { { u"username"_s, u"alice.renamed"_s } });
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.message().contains(u"username"_s) && reply.message().contains(u"bound"_s));
        reply = m_sandbox.put(u"/api/systemusers/"_s + alice, QJsonObject { { u"systemUsername"_s, u"alice"_s } });
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.message().contains(u"systemUsername"_s));
        // Bound only through a user group → device group (Engineering → Linux Servers) counts too.
        const QString unbound = m_sandbox.userId(u"john.doe"_s);
        reply = m_sandbox.put(u"/api/systemusers/"_s + unbound, QJsonObject { { u"username"_s, u"john.doe2"_s } });
        QCOMPARE(reply.status, 409); // john.doe is in Engineering, which reaches the Linux servers
        // A user bound nowhere can be renamed.
        const auto fresh = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject { { u"username"_s, u"free.user"_s }, { u"email"_s, u"free@x.example"_s } });
        reply = m_sandbox.put(u"/api/systemusers/"_s + fresh.object().value(u"_id"_s).toString(),
            QJsonObject { { u"username"_s, u"free.user2"_s } });
        QCOMPARE(reply.status, 200);
    }

    void deleteReturnsRecord()
    {
        const auto created = m_sandbox.post(u"/api/systemusers"_s,
            QJsonObject { { u"username"_s, u"to.delete"_s }, { u"email"_s, u"del@x.example"_s } });
        const QString id = created.object().value(u"_id"_s).toString();
        const auto reply = m_sandbox.del(u"/api/systemusers/"_s + id);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"username"_s).toString(), u"to.delete"_s);
        QCOMPARE(m_sandbox.get(u"/api/systemusers/"_s + id).status, 404);
    }

    void searchEndpoint()
    {
        auto reply = m_sandbox.post(u"/api/search/systemusers?limit=5"_s,
            QJsonObject { { u"filter"_s,
                QJsonObject { { u"or"_s,
                    QJsonArray { QJsonObject { { u"department"_s, u"Sales"_s } },
                        QJsonObject { { u"department"_s, u"Legal"_s } } } } } } });
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object().value(u"totalCount"_s).toInt() > 5);
        QCOMPARE(reply.object().value(u"results"_s).toArray().size(), 5);
        reply = m_sandbox.post(u"/api/search/systemusers"_s,
            QJsonObject { { u"searchFilter"_s,
                              QJsonObject { { u"searchTerm"_s, QJsonArray { u"bob.jo"_s } },
                                  { u"fields"_s, QJsonArray { u"username"_s } } } },
                { u"fields"_s, u"username email"_s } });
        QCOMPARE(reply.object().value(u"totalCount"_s).toInt(), 1);
        const QJsonObject hit = reply.object().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(hit.value(u"username"_s).toString(), u"bob.jones"_s);
        QVERIFY(!hit.contains(u"department"_s));
    }

    void mfaSettingsAndReset()
    {
        const QString id = m_sandbox.userId(u"dev.patel"_s);
        const QString path = u"/api/systemusers/"_s + id;
        const auto untilOf = [](const QJsonObject &user) {
            return QDateTime::fromString(
                user.value(u"mfa"_s).toObject().value(u"exclusionUntil"_s).toString(), Qt::ISODateWithMs);
        };
        const auto status = [](const QJsonObject &user, const char *key = "overallStatus") {
            return user.value(u"mfaEnrollment"_s).toObject().value(QLatin1StringView(key)).toString();
        };
        const auto near = [](const QDateTime &when, const QDateTime &expected) {
            return when.isValid() && std::abs(when.secsTo(expected)) < 60;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // Required with an enrollment period: the directory works out the date.
        auto reply = m_sandbox.put(path,
            QJsonObject { { u"enable_user_portal_multifactor"_s, true },
                { u"mfa"_s, QJsonObject { { u"exclusion"_s, true }, { u"exclusionDays"_s, 10 } } } });
        QCOMPARE(reply.status, 200);
        QJsonObject user = reply.object();
        QCOMPARE(user.value(u"enable_user_portal_multifactor"_s), QJsonValue(true));
        QCOMPARE(user.value(u"mfa"_s).toObject().value(u"exclusionDays"_s).toInt(), 10);
        QCOMPARE(user.value(u"mfa"_s).toObject().value(u"configured"_s), QJsonValue(false)); // kept from before
        QVERIFY(near(untilOf(user), now.addDays(10)));
        QCOMPARE(status(user), u"IN_ENROLLMENT"_s);
        const QDateTime firstUntil = untilOf(user);
        // The user enrolls; a PUT that does not speak of the period keeps it.
        reply = m_sandbox.put(path, QJsonObject { { u"mfa"_s, QJsonObject { { u"configured"_s, true } } } });
        QCOMPARE(status(reply.object()), u"ENROLLED"_s);
        QCOMPARE(untilOf(reply.object()), firstUntil);

        // Reset: a new TOTP key and a new period; the answer is the spec's bare string.
        reply = m_sandbox.post(
            path + u"/resetmfa"_s, QJsonObject { { u"exclusion"_s, true }, { u"exclusionDays"_s, 3 } });
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("\"OK\""));
        user = m_sandbox.get(path).object();
        QCOMPARE(user.value(u"mfa"_s).toObject().value(u"configured"_s), QJsonValue(false));
        QCOMPARE(user.value(u"mfa"_s).toObject().value(u"exclusion"_s), QJsonValue(true));
        QCOMPARE(user.value(u"mfa"_s).toObject().value(u"exclusionDays"_s).toInt(), 3);
        QVERIFY(near(untilOf(user), now.addDays(3)));
        QCOMPARE(user.value(u"totp_enabled"_s), QJsonValue(false));
        QCOMPARE(status(user), u"IN_ENROLLMENT"_s);
        QCOMPARE(status(user, "totpStatus"), u"IN_ENROLLMENT"_s);
        QCOMPARE(status(user, "pushStatus"), u"NOT_ENROLLED"_s);
        QCOMPARE(user.value(u"enable_user_portal_multifactor"_s), QJsonValue(true)); // a reset does not change it
        // A date given wins; the days follow from it.
        const QString twoDays = now.addDays(2).toString(Qt::ISODateWithMs);
        QCOMPARE(
            m_sandbox
                .post(path + u"/resetmfa"_s, QJsonObject { { u"exclusion"_s, true }, { u"exclusionUntil"_s, twoDays } })
                .status,
            200);
        user = m_sandbox.get(path).object();
        QCOMPARE(untilOf(user), QDateTime::fromString(twoDays, Qt::ISODateWithMs));
        QCOMPARE(user.value(u"mfa"_s).toObject().value(u"exclusionDays"_s).toInt(), 2);
        // A period that is over; none at all (enrol at the next login).
        m_sandbox.post(path + u"/resetmfa"_s,
            QJsonObject { { u"exclusion"_s, true }, { u"exclusionUntil"_s, now.addDays(-1).toString(Qt::ISODate) } });
        QCOMPARE(status(m_sandbox.get(path).object()), u"ENROLLMENT_EXPIRED"_s);
        QCOMPARE(m_sandbox.post(path + u"/resetmfa"_s).status, 200);
        user = m_sandbox.get(path).object();
        QCOMPARE(
            user.value(u"mfa"_s).toObject(), QJsonObject({ { u"configured"_s, false }, { u"exclusion"_s, false } }));
        QCOMPARE(status(user), u"NOT_ENROLLED"_s);

        // DOMAIN.md: 1 to 365 days.
        for (const QJsonObject &bad :
            { QJsonObject { { u"exclusionDays"_s, 0 } }, QJsonObject { { u"exclusionDays"_s, 366 } },
                QJsonObject { { u"exclusionDays"_s, 1.5 } }, QJsonObject { { u"exclusionDays"_s, u"7"_s } },
                QJsonObject { { u"exclusionUntil"_s, u"soon"_s } }, QJsonObject { { u"exclusion"_s, u"yes"_s } } }) {
            reply = m_sandbox.post(path + u"/resetmfa"_s, bad);
            QVERIFY2(reply.status == 400, reply.body.constData());
        }
        reply = m_sandbox.put(path, QJsonObject { { u"mfa"_s, QJsonObject { { u"exclusionDays"_s, 400 } } } });
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(u"mfa.exclusionDays"_s), qPrintable(reply.message()));
        QCOMPARE(m_sandbox.get(path).object().value(u"mfa"_s).toObject().value(u"exclusion"_s), QJsonValue(false));
        QCOMPARE(m_sandbox.post(u"/api/systemusers/000000000000000000000000/resetmfa"_s).status, 404);
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandboxUsers)
#include "test_sandbox_users.moc"
