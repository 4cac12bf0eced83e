// OutboxRequestMapper: every kind of change becomes exactly the call the directory's API expects
// (verb, path, body), the reads before a change, the lookup of a create whose answer was lost and
// whether what it finds is ours (OutboxCreatedMatch).
#include "ChangeKind.h"
#include "OutboxChangeFactory.h"
#include "OutboxCreatedMatch.h"
#include "OutboxRequestMapper.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Method = ApiRequest::Method;
using Version = ApiEndpoint::Version;

const QString U1 = u"5f0000000000000000000001"_s;
const QString D1 = u"63b000000000000000000001"_s;
const QString G1 = u"64c000000000000000000001"_s;
const QString G2 = u"64c000000000000000000002"_s;

QJsonObject bodyOf(const ApiRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// Compares one request with what the API expects; `body` empty means no body at all unless `emptyJson`.
void expect(const OutboxRow &row, Method method, Version version, const QString &path, const QJsonObject &body,
    bool retrySafe, const QJsonObject &current = {}, bool emptyJson = false)
{
    const auto request = OutboxRequestMapper::request(row, current);
    QVERIFY2(request.ok(), qPrintable(row.kind + u": "_s + (request.ok() ? QString() : request.error().detail)));
    QCOMPARE(request.value().method, method);
    QCOMPARE(request.value().version, version);
    QCOMPARE(request.value().path, path);
    if (body.isEmpty() && !emptyJson)
        QVERIFY2(request.value().body.isEmpty(), request.value().body.constData());
    else
        QCOMPARE(bodyOf(request.value()), body);
    QCOMPARE(request.value().retrySafe, retrySafe);
}

} // namespace

class TestOutboxRequestMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void users();
    void resetMfaRequiresMfaFirst();
    void userGroups();
    void deviceGroups();
    void deviceRename();
    void bindings();
    void selfService();
    void refusesWhatItCannotSend();
    void readsBefore();
    void lookupOfLostCreates();
    void createdMatchNeedsEveryFieldSent();
    void createdMatchNeedsALaterCreationTime();
    void createdMatchOfGroups();
};

void TestOutboxRequestMapper::users()
{
    const OutboxChangeFactory f(u"batch"_s);
    const QJsonObject fields { { u"username"_s, u"jdoe"_s }, { u"email"_s, u"jdoe@example.com"_s },
        { u"firstname"_s, u"Jane"_s }, { u"systemUsername"_s, u"jane"_s } };
    QJsonObject withPassword = fields;
    withPassword.insert(u"password"_s, u"Correct-Horse-9"_s);
    expect(
        f.createUser(fields, u"Correct-Horse-9"_s), Method::Post, Version::V1, u"/systemusers"_s, withPassword, false);
    const auto created = OutboxRequestMapper::request(f.createUser(fields, u"Correct-Horse-9"_s));
    QCOMPARE(created.value().query.queryItemValue(u"fullValidationDetails"_s), u"password"_s);
    expect(f.createUser(fields), Method::Post, Version::V1, u"/systemusers"_s, fields, false);
    QVERIFY(OutboxRequestMapper::request(f.createUser(fields)).value().query.isEmpty());

    expect(f.updateUser(U1, u"jdoe"_s, { { u"department"_s, u"IT"_s } }, { { u"department"_s, u"Sales"_s } }),
        Method::Put, Version::V1, u"/systemusers/"_s + U1, { { u"department"_s, u"IT"_s } }, false);
    expect(f.deleteUser(U1, u"jdoe"_s), Method::Delete, Version::V1, u"/systemusers/"_s + U1, {}, false);
    // Activate and reset MFA answer a bare JSON string: the pusher repeats them, not the client.
    expect(f.activateUser(U1, u"jdoe"_s), Method::Post, Version::V1, u"/systemusers/"_s + U1 + u"/state/activate"_s, {},
        false, {}, true);
    expect(f.suspendUser(U1, u"jdoe"_s), Method::Post, Version::V1, u"/systemusers/"_s + U1 + u"/state/suspend"_s, {},
        true);
    expect(f.resetMfa(U1, u"jdoe"_s, 30), Method::Post, Version::V1, u"/systemusers/"_s + U1 + u"/resetmfa"_s,
        { { u"exclusion"_s, true }, { u"exclusionDays"_s, 30 } }, false);
    // The enrollment period is 1…365 days, whatever the row says.
    expect(f.resetMfa(U1, u"jdoe"_s, 1000), Method::Post, Version::V1, u"/systemusers/"_s + U1 + u"/resetmfa"_s,
        { { u"exclusion"_s, true }, { u"exclusionDays"_s, 365 } }, false);
    OutboxRow zero = f.resetMfa(U1, u"jdoe"_s, 1);
    zero.payload.insert(u"enrollmentDays"_s, 0);
    expect(zero, Method::Post, Version::V1, u"/systemusers/"_s + U1 + u"/resetmfa"_s,
        { { u"exclusion"_s, true }, { u"exclusionDays"_s, 1 } }, false);
}

void TestOutboxRequestMapper::resetMfaRequiresMfaFirst()
{
    // ResetMfaDialog tells the admin MFA becomes required: resetmfa alone does not do that.
    const OutboxChangeFactory f;
    const auto first = OutboxRequestMapper::requestFirst(f.resetMfa(U1, u"jdoe"_s, 30));
    QVERIFY(first);
    QCOMPARE(first->method, Method::Put);
    QCOMPARE(first->version, Version::V1);
    QCOMPARE(first->path, u"/systemusers/"_s + U1);
    QVERIFY(first->isIdempotent());
    QCOMPARE(bodyOf(*first),
        QJsonObject({ { u"enable_user_portal_multifactor"_s, true },
            { u"mfa"_s, QJsonObject { { u"exclusion"_s, true }, { u"exclusionDays"_s, 30 } } } }));
    OutboxRow tooLong = f.resetMfa(U1, u"jdoe"_s, 30);
    tooLong.payload.insert(u"enrollmentDays"_s, 4000);
    QCOMPARE(bodyOf(*OutboxRequestMapper::requestFirst(tooLong)).value("mfa"_L1).toObject().value("exclusionDays"_L1),
        QJsonValue(365));
    OutboxRow unset = f.resetMfa(U1, u"jdoe"_s, 30);
    unset.payload.remove(u"enrollmentDays"_s);
    QCOMPARE(bodyOf(*OutboxRequestMapper::requestFirst(unset)).value("mfa"_L1).toObject().value("exclusionDays"_L1),
        QJsonValue(7)); // DOMAIN.md's default
    QCOMPARE(bodyOf(OutboxRequestMapper::request(unset).value()).value("exclusionDays"_L1), QJsonValue(7));
    // No other kind needs a call first.
    QVERIFY(!OutboxRequestMapper::requestFirst(f.activateUser(U1, u"jdoe"_s)));
    QVERIFY(!OutboxRequestMapper::requestFirst(
        f.updateUser(U1, u"jdoe"_s, { { u"enable_user_portal_multifactor"_s, true } }, {})));
    QVERIFY(!OutboxRequestMapper::requestFirst(f.createUser({ { u"username"_s, u"x"_s } })));
}

void TestOutboxRequestMapper::userGroups()
{
    const OutboxChangeFactory f;
    const QJsonObject fields { { u"name"_s, u"Engineering"_s }, { u"description"_s, u"Builders"_s } };
    expect(f.createUserGroup(fields), Method::Post, Version::V2, u"/usergroups"_s, fields, false);

    // PUT replaces the whole group: the directory's writable fields, then the admin's change.
    const QJsonObject sudo { { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } };
    const QJsonObject current { { u"id"_s, G1 }, { u"name"_s, u"Engineering"_s }, { u"description"_s, u"old"_s },
        { u"type"_s, u"user_group"_s }, { u"attributes"_s, sudo }, { u"organizationObjectId"_s, u"org"_s },
        { u"suggestionCounts"_s, QJsonObject { { u"add"_s, 0 } } }, { u"email"_s, QJsonValue::Null } };
    const OutboxRow update = f.updateUserGroup(
        G1, { { u"description"_s, u"new"_s } }, { { u"name"_s, u"Engineering"_s }, { u"description"_s, u"old"_s } });
    expect(update, Method::Put, Version::V2, u"/usergroups/"_s + G1,
        { { u"name"_s, u"Engineering"_s }, { u"description"_s, u"new"_s }, { u"attributes"_s, sudo } }, false, current);
    // Options change some attributes; the group's others (LDAP here) are kept.
    const QJsonObject ldap { { u"ldapGroups"_s, QJsonArray { QJsonObject { { u"name"_s, u"eng"_s } } } } };
    QJsonObject withLdap = current;
    withLdap.insert(u"attributes"_s,
        QJsonObject { { u"ldapGroups"_s, ldap.value("ldapGroups"_L1) }, { u"sudo"_s, sudo.value("sudo"_L1) } });
    const QJsonObject noSudo { { u"sudo"_s, QJsonObject { { u"enabled"_s, false }, { u"withoutPassword"_s, false } } },
        { u"sambaEnabled"_s, true } };
    expect(f.updateUserGroup(G1, { { u"attributes"_s, noSudo } }, { { u"name"_s, u"Engineering"_s } }), Method::Put,
        Version::V2, u"/usergroups/"_s + G1,
        { { u"name"_s, u"Engineering"_s }, { u"description"_s, u"old"_s },
            { u"attributes"_s,
                QJsonObject { { u"ldapGroups"_s, ldap.value("ldapGroups"_L1) }, { u"sudo"_s, noSudo.value("sudo"_L1) },
                    { u"sambaEnabled"_s, true } } } },
        false, withLdap);
    const auto withoutCurrent = OutboxRequestMapper::request(update);
    QVERIFY(!withoutCurrent.ok());
    QCOMPARE(withoutCurrent.error().code, QString::fromLatin1(OutboxRequestMapper::NeedsCurrent));

    expect(f.deleteUserGroup(G1, u"Engineering"_s), Method::Delete, Version::V2, u"/usergroups/"_s + G1, {}, false);
    expect(f.addUserToGroup(G1, u"Engineering"_s, U1, u"jdoe"_s), Method::Post, Version::V2,
        u"/usergroups/"_s + G1 + u"/members"_s, { { u"op"_s, u"add"_s }, { u"type"_s, u"user"_s }, { u"id"_s, U1 } },
        true);
    expect(f.removeUserFromGroup(G1, u"Engineering"_s, U1, u"jdoe"_s), Method::Post, Version::V2,
        u"/usergroups/"_s + G1 + u"/members"_s, { { u"op"_s, u"remove"_s }, { u"type"_s, u"user"_s }, { u"id"_s, U1 } },
        true);
}

void TestOutboxRequestMapper::deviceGroups()
{
    const OutboxChangeFactory f;
    expect(f.createDeviceGroup({ { u"name"_s, u"Servers"_s } }), Method::Post, Version::V2, u"/systemgroups"_s,
        { { u"name"_s, u"Servers"_s } }, false);
    expect(f.updateDeviceGroup(G2, { { u"name"_s, u"Racks"_s } }, { { u"name"_s, u"Servers"_s } }), Method::Put,
        Version::V2, u"/systemgroups/"_s + G2, { { u"name"_s, u"Racks"_s }, { u"description"_s, u"d"_s } }, false,
        { { u"id"_s, G2 }, { u"name"_s, u"Servers"_s }, { u"description"_s, u"d"_s },
            { u"type"_s, u"system_group"_s } });
    expect(f.deleteDeviceGroup(G2, u"Servers"_s), Method::Delete, Version::V2, u"/systemgroups/"_s + G2, {}, false);
    expect(f.addDeviceToGroup(G2, u"Servers"_s, D1, u"build-01"_s), Method::Post, Version::V2,
        u"/systemgroups/"_s + G2 + u"/members"_s,
        { { u"op"_s, u"add"_s }, { u"type"_s, u"system"_s }, { u"id"_s, D1 } }, true);
    expect(f.removeDeviceFromGroup(G2, u"Servers"_s, D1, u"build-01"_s), Method::Post, Version::V2,
        u"/systemgroups/"_s + G2 + u"/members"_s,
        { { u"op"_s, u"remove"_s }, { u"type"_s, u"system"_s }, { u"id"_s, D1 } }, true);
}

void TestOutboxRequestMapper::deviceRename()
{
    expect(OutboxChangeFactory().renameDevice(D1, u"build-02"_s, u"build-01"_s), Method::Put, Version::V1,
        u"/systems/"_s + D1, { { u"displayName"_s, u"build-02"_s } }, false);
}

void TestOutboxRequestMapper::bindings()
{
    const OutboxChangeFactory f;
    const auto sudo = [](bool enabled, bool withoutPassword) {
        return QJsonObject { { u"sudo"_s,
            QJsonObject { { u"enabled"_s, enabled }, { u"withoutPassword"_s, withoutPassword } } } };
    };
    const QString path = u"/systems/"_s + D1 + u"/associations"_s;
    const OutboxRow admin = f.bindUserToDevice(U1, u"jdoe"_s, D1, u"mac-01"_s, true, true);
    expect(admin, Method::Post, Version::V2, path,
        { { u"op"_s, u"add"_s }, { u"type"_s, u"user"_s }, { u"id"_s, U1 }, { u"attributes"_s, sudo(true, true) } },
        true);
    expect(f.bindUserToDevice(U1, u"jdoe"_s, D1, u"mac-01"_s, false, true), Method::Post, Version::V2, path,
        { { u"op"_s, u"add"_s }, { u"type"_s, u"user"_s }, { u"id"_s, U1 }, { u"attributes"_s, sudo(false, false) } },
        true);
    expect(f.unbindUserFromDevice(U1, u"jdoe"_s, D1, u"mac-01"_s), Method::Post, Version::V2, path,
        { { u"op"_s, u"remove"_s }, { u"type"_s, u"user"_s }, { u"id"_s, U1 } }, true);
    // An edge that exists already gets its sudo set instead.
    const auto update = OutboxRequestMapper::bindingUpdate(admin);
    QVERIFY(update.ok());
    QCOMPARE(bodyOf(update.value()),
        QJsonObject({ { u"op"_s, u"update"_s }, { u"type"_s, u"user"_s }, { u"id"_s, U1 },
            { u"attributes"_s, sudo(true, true) } }));
    QCOMPARE(update.value().path, path);

    expect(f.bindGroups(G1, u"Engineering"_s, G2, u"Servers"_s), Method::Post, Version::V2,
        u"/usergroups/"_s + G1 + u"/associations"_s,
        { { u"op"_s, u"add"_s }, { u"type"_s, u"system_group"_s }, { u"id"_s, G2 } }, true);
    expect(f.unbindGroups(G1, u"Engineering"_s, G2, u"Servers"_s), Method::Post, Version::V2,
        u"/usergroups/"_s + G1 + u"/associations"_s,
        { { u"op"_s, u"remove"_s }, { u"type"_s, u"system_group"_s }, { u"id"_s, G2 } }, true);
}

void TestOutboxRequestMapper::selfService()
{
    SelfServiceProvisioning wanted;
    wanted.macEnabled = true;
    wanted.macAdmin = true;
    const OutboxRow row = OutboxChangeFactory().setSelfService(wanted, {});
    // Password sync is kept as the directory has it; Bindery does not manage it.
    const QJsonObject current { { u"settings"_s,
        QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, false },
            { u"defaultPermission"_s, u"STANDARD"_s }, { u"passwordSyncEnabled"_s, true } } } } };
    const QJsonObject expected { { u"settings"_s,
        QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, true },
                         { u"defaultPermission"_s, u"ADMIN"_s }, { u"passwordSyncEnabled"_s, true } },
            QJsonObject { { u"osFamily"_s, u"WINDOWS"_s }, { u"enabled"_s, false },
                { u"defaultPermission"_s, u"STANDARD"_s } } } } };
    expect(row, Method::Put, Version::V2, u"/devices/settings/ssao"_s, expected, false, current);
}

void TestOutboxRequestMapper::refusesWhatItCannotSend()
{
    OutboxRow unknown;
    unknown.kind = u"user.teleport"_s;
    QCOMPARE(OutboxRequestMapper::request(unknown).error().code, QString::fromLatin1(OutboxRequestMapper::UnknownKind));

    // A reference the pusher has not resolved yet is never sent as an empty id.
    OutboxRow bind = OutboxChangeFactory().bindUserToDevice({}, u"new"_s, D1, u"mac-01"_s, false, false);
    OutboxChangeFactory::referToRow(bind, "userId"_L1, 42);
    const auto request = OutboxRequestMapper::request(bind);
    QVERIFY(!request.ok());
    QCOMPARE(request.error().code, QString::fromLatin1(OutboxRequestMapper::MissingValue));
    QVERIFY(request.error().detail.contains(u"refers to another change"_s));

    OutboxRow noName = OutboxChangeFactory().createUser({ { u"email"_s, u"x@example.com"_s } });
    QCOMPARE(OutboxRequestMapper::request(noName).error().code, QString::fromLatin1(OutboxRequestMapper::MissingValue));
}

void TestOutboxRequestMapper::readsBefore()
{
    const OutboxChangeFactory f;
    const auto read = [](const OutboxRow &row) { return OutboxRequestMapper::readBefore(row); };
    QCOMPARE(read(f.updateUser(U1, u"jdoe"_s, { { u"department"_s, u"IT"_s } }, {}))->path, u"/systemusers/"_s + U1);
    QCOMPARE(read(f.updateUserGroup(G1, {}, {}))->path, u"/usergroups/"_s + G1);
    QCOMPARE(read(f.updateUserGroup(G1, {}, {}))->version, Version::V2);
    QCOMPARE(read(f.updateDeviceGroup(G2, {}, {}))->path, u"/systemgroups/"_s + G2);
    QCOMPARE(read(f.renameDevice(D1, u"a"_s, u"b"_s))->path, u"/systems/"_s + D1);
    QCOMPARE(read(f.setSelfService({}, {}))->path, u"/devices/settings/ssao"_s);
    QCOMPARE(read(f.updateUser(U1, u"jdoe"_s, {}, {}))->method, Method::Get);
    QVERIFY(!read(f.createUser({ { u"username"_s, u"x"_s } })));
    QVERIFY(!read(f.bindUserToDevice(U1, u"jdoe"_s, D1, u"m"_s, false, false)));
    QVERIFY(!read(f.deleteUser(U1, u"jdoe"_s)));
}

void TestOutboxRequestMapper::lookupOfLostCreates()
{
    const OutboxChangeFactory f;
    const ApiEndpoint endpoint = ApiEndpoint::fromString(u"http://127.0.0.1:9"_s).value();
    const auto filterOnTheWire = [&](const ApiRequest &request) {
        const QUrl url = endpoint.url(request.version, request.path, request.query);
        return QUrlQuery(url).queryItemValue(u"filter"_s, QUrl::FullyDecoded);
    };
    const auto user = OutboxRequestMapper::lookupCreated(
        f.createUser({ { u"username"_s, u"jdoe"_s }, { u"email"_s, u"jdoe@example.com"_s } }));
    QVERIFY(user);
    QCOMPARE(user->method, Method::Get);
    QCOMPARE(user->path, u"/systemusers"_s);
    QCOMPARE(filterOnTheWire(*user), u"username:$eq:jdoe"_s);

    // A group name may hold anything a query string treats specially; it must arrive as it is.
    const QString name = u"R&D + Ops #1 = 100%"_s;
    const auto group = OutboxRequestMapper::lookupCreated(f.createUserGroup({ { u"name"_s, name } }));
    QVERIFY(group);
    QCOMPARE(group->version, Version::V2);
    QCOMPARE(group->path, u"/usergroups"_s);
    QCOMPARE(filterOnTheWire(*group), u"name:eq:"_s + name);
    QCOMPARE(OutboxRequestMapper::lookupCreated(f.createDeviceGroup({ { u"name"_s, u"Labs"_s } }))->path,
        u"/systemgroups"_s);
    QVERIFY(!OutboxRequestMapper::lookupCreated(f.deleteUser(U1, u"jdoe"_s)));
}

namespace {

QJsonDocument v1Results(const QJsonArray &results)
{
    return QJsonDocument(QJsonObject { { u"totalCount"_s, results.size() }, { u"results"_s, results } });
}

} // namespace

void TestOutboxRequestMapper::createdMatchNeedsEveryFieldSent()
{
    const OutboxChangeFactory f;
    const QJsonObject fields { { u"username"_s, u"jdoe"_s }, { u"email"_s, u"jdoe@example.com"_s },
        { u"firstname"_s, u"Jane"_s }, { u"department"_s, u"IT"_s },
        { u"phoneNumbers"_s, QJsonArray { QJsonObject { { u"type"_s, u"work"_s }, { u"number"_s, u"555"_s } } } },
        { u"recoveryEmail"_s, QJsonObject { { u"address"_s, u"jane@home.example"_s } } } };
    const OutboxRow create = f.createUser(fields, u"Secret-123456"_s);
    const QDateTime noBound;
    QCOMPARE(OutboxCreatedMatch::judge(create, v1Results({}), noBound).id, QString());
    QCOMPARE(OutboxCreatedMatch::judge(create, v1Results({}), noBound).refusal, QString());

    // What the directory answers: more than we sent (ids, defaults, verified flags), e-mail in
    // another case, no password.
    QJsonObject ours = fields;
    ours.insert(u"_id"_s, U1);
    ours.insert(u"email"_s, u"JDoe@Example.com"_s);
    ours.insert(u"state"_s, u"STAGED"_s);
    ours.insert(u"phoneNumbers"_s,
        QJsonArray { QJsonObject { { u"id"_s, u"p1"_s }, { u"type"_s, u"work"_s }, { u"number"_s, u"555"_s } } });
    ours.insert(u"recoveryEmail"_s, QJsonObject { { u"address"_s, u"jane@home.example"_s }, { u"verified"_s, false } });
    QCOMPARE(OutboxCreatedMatch::judge(create, v1Results({ ours }), noBound).id, U1);

    // Same username, one field different: someone else's, and the admin is told which and what to do.
    QJsonObject theirs = ours;
    theirs.insert(u"department"_s, u"Sales"_s);
    const auto refused = OutboxCreatedMatch::judge(create, v1Results({ theirs }), noBound);
    QCOMPARE(refused.id, QString());
    QCOMPARE(refused.refusal,
        u"User jdoe already exists in the directory, but it is not the one this change creates: its department is "
        "\"Sales\", not \"IT\". Someone else may have created it meanwhile. If it is the one you meant, discard this "
        "change; otherwise discard it and make the change again under another name."_s);
    theirs = ours;
    theirs.insert(u"email"_s, u"other@example.com"_s);
    QVERIFY(OutboxCreatedMatch::judge(create, v1Results({ theirs }), noBound)
                .refusal.contains(u"its email is \"other@example.com\", not \"jdoe@example.com\""_s));
    theirs = ours;
    theirs.remove(u"firstname"_s);
    QVERIFY(OutboxCreatedMatch::judge(create, v1Results({ theirs }), noBound)
                .refusal.contains(u"its firstname is (empty), not \"Jane\""_s));
    // A name in another case blocks ours (names are unique regardless of case) but is not ours.
    theirs = ours;
    theirs.insert(u"username"_s, u"JDoe"_s);
    QVERIFY(OutboxCreatedMatch::judge(create, v1Results({ theirs }), noBound).refusal.startsWith(u"User jdoe"_s));
    // Ours among others with the same name is still found.
    QCOMPARE(OutboxCreatedMatch::judge(create, v1Results({ theirs, ours }), noBound).id, U1);
}

void TestOutboxRequestMapper::createdMatchNeedsALaterCreationTime()
{
    const OutboxChangeFactory f;
    const OutboxRow create = f.createUser({ { u"username"_s, u"jdoe"_s }, { u"email"_s, u"jdoe@example.com"_s } });
    const QDateTime firstAttempt = QDateTime::fromString(u"2026-01-02T10:00:00Z"_s, Qt::ISODate);
    const auto madeAt = [](const QString &created) {
        return v1Results({ QJsonObject { { u"_id"_s, U1 }, { u"username"_s, u"jdoe"_s },
            { u"email"_s, u"jdoe@example.com"_s }, { u"created"_s, created } } });
    };
    QCOMPARE(OutboxCreatedMatch::judge(create, madeAt(u"2026-01-02T10:00:01.000Z"_s), firstAttempt, 0).id, U1);
    const auto early = OutboxCreatedMatch::judge(create, madeAt(u"2026-01-01T10:00:00.000Z"_s), firstAttempt, 0);
    QCOMPARE(early.id, QString());
    QVERIFY2(early.refusal.contains(u"it was created on 2026-01-01 10:00:00 UTC, before Bindery first sent this "
                                    "change (2026-01-02 10:00:00 UTC)"_s),
        qPrintable(early.refusal));
    QVERIFY(early.refusal.contains(u"discard this change"_s));
    // A directory clock a few minutes behind ours is allowed for.
    QCOMPARE(OutboxCreatedMatch::judge(create, madeAt(u"2026-01-02T09:55:00.000Z"_s), firstAttempt).id, U1);
    QCOMPARE(OutboxCreatedMatch::judge(create, madeAt(u"2026-01-02T09:40:00.000Z"_s), firstAttempt).id, QString());
    // Without a first attempt, or without a creation time, only the fields count.
    QCOMPARE(OutboxCreatedMatch::judge(create, madeAt(u"2020-01-01T00:00:00.000Z"_s), {}).id, U1);
    QCOMPARE(OutboxCreatedMatch::judge(create,
                 v1Results({ QJsonObject {
                     { u"_id"_s, U1 }, { u"username"_s, u"jdoe"_s }, { u"email"_s, u"jdoe@example.com"_s } } }),
                 firstAttempt)
                 .id,
        U1);
}

void TestOutboxRequestMapper::createdMatchOfGroups()
{
    const OutboxChangeFactory f;
    const QJsonObject sudo { { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } };
    const OutboxRow group = f.createUserGroup(
        { { u"name"_s, u"Eng"_s }, { u"description"_s, u"Builders"_s }, { u"attributes"_s, sudo } });
    const QJsonObject ours { { u"id"_s, G1 }, { u"name"_s, u"Eng"_s }, { u"description"_s, u"Builders"_s },
        { u"attributes"_s, sudo }, { u"type"_s, u"user_group"_s } };
    QJsonObject theirs = ours;
    theirs.insert(u"id"_s, G2);
    theirs.insert(u"description"_s, u"Engineering, since 2019"_s);
    const QJsonObject other { { u"id"_s, u"64c000000000000000000003"_s }, { u"name"_s, u"Engineering"_s } };
    // v2 groups have no creation time: the fields alone decide, whatever the first attempt.
    const QDateTime firstAttempt = QDateTime::currentDateTimeUtc();
    QCOMPARE(OutboxCreatedMatch::judge(group, QJsonDocument(QJsonArray { other, ours }), firstAttempt).id, G1);
    const auto refused = OutboxCreatedMatch::judge(group, QJsonDocument(QJsonArray { other, theirs }), firstAttempt);
    QCOMPARE(refused.id, QString());
    QVERIFY2(refused.refusal.startsWith(u"User group Eng already exists in the directory, but it is not the one this "
                                        "change creates: its description is \"Engineering, since 2019\", not "
                                        "\"Builders\"."_s),
        qPrintable(refused.refusal));
    QCOMPARE(OutboxCreatedMatch::judge(group, QJsonDocument(QJsonArray { other }), firstAttempt).refusal, QString());
    const OutboxRow devices = f.createDeviceGroup({ { u"name"_s, u"Labs"_s } });
    QVERIFY(OutboxCreatedMatch::judge(
        devices, QJsonDocument(QJsonArray { QJsonObject { { u"id"_s, G2 }, { u"name"_s, u"labs"_s } } }), firstAttempt)
                .refusal.startsWith(u"Device group Labs already exists"_s));
    QCOMPARE(OutboxRequestMapper::createdId(QJsonDocument(QJsonObject { { u"_id"_s, U1 } })), U1);
    QCOMPARE(OutboxRequestMapper::createdId(QJsonDocument(QJsonObject { { u"id"_s, G1 } })), G1);
    // Not a create: nothing to judge.
    QCOMPARE(OutboxCreatedMatch::judge(f.deleteUser(U1, u"jdoe"_s), v1Results({}), firstAttempt).refusal, QString());
}

QTEST_GUILESS_MAIN(TestOutboxRequestMapper)
#include "test_outbox_request_mapper.moc"
