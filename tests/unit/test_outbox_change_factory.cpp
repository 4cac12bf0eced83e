// OutboxChangeFactory builds every kind of change with the payload its header documents;
// OutboxReferences resolves "<key>FromRow"; OutboxPushStore writes what a push learns.
#include "CacheDatabase.h"
#include "ChangeKind.h"
#include "OutboxChangeFactory.h"
#include "OutboxPushStore.h"
#include "OutboxReferences.h"
#include "OutboxStore.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString U1 = u"5f0000000000000000000001"_s;
const QString D1 = u"63b000000000000000000001"_s;
const QString G1 = u"64c000000000000000000001"_s;
const QString G2 = u"64c000000000000000000002"_s;

void check(const OutboxRow &row, QLatin1StringView kind, const QString &objectType, const QString &objectId,
    const QString &summary, const QJsonObject &payload)
{
    QCOMPARE(row.kind, QString(kind));
    QCOMPARE(row.objectType, objectType);
    QCOMPARE(row.objectId, objectId);
    QCOMPARE(row.summary, summary);
    QCOMPARE(row.payload, payload);
    QCOMPARE(row.state, OutboxRow::State::Pending);
    QCOMPARE(row.batchId, u"batch-1"_s);
    QVERIFY(row.createdAt.isValid());
    QCOMPARE(row.attempts, 0);
}

} // namespace

class TestOutboxChangeFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userPayloads();
    void groupPayloads();
    void devicePayloadsAndBindings();
    void selfService();
    void referToRow();
    void resolveReferences();
    void pushStoreRecordsOutcome();
    void pushStoreLeavesNoPasswordInTheFile();
};

void TestOutboxChangeFactory::userPayloads()
{
    const OutboxChangeFactory f(u"batch-1"_s);
    const QJsonObject fields { { u"username"_s, u"jdoe"_s }, { u"email"_s, u"jdoe@example.com"_s } };
    check(f.createUser(fields, u"pw-123456789"_s), ChangeKind::UserCreate, u"user"_s, {}, u"Create user jdoe"_s,
        { { u"fields"_s, fields }, { u"password"_s, u"pw-123456789"_s } });
    check(f.createUser({ { u"email"_s, u"x@example.com"_s } }), ChangeKind::UserCreate, u"user"_s, {},
        u"Create user x@example.com"_s, { { u"fields"_s, QJsonObject { { u"email"_s, u"x@example.com"_s } } } });
    const QJsonObject change { { u"department"_s, u"IT"_s } };
    const QJsonObject before { { u"department"_s, u"Sales"_s } };
    check(f.updateUser(U1, u"jdoe"_s, change, before), ChangeKind::UserUpdate, u"user"_s, U1,
        u"Edit user jdoe (department)"_s,
        { { u"userId"_s, U1 }, { u"username"_s, u"jdoe"_s }, { u"fields"_s, change }, { u"before"_s, before } });
    check(f.deleteUser(U1, u"jdoe"_s), ChangeKind::UserDelete, u"user"_s, U1, u"Delete user jdoe"_s,
        { { u"userId"_s, U1 }, { u"username"_s, u"jdoe"_s } });
    check(f.activateUser(U1, u"jdoe"_s), ChangeKind::UserActivate, u"user"_s, U1, u"Activate user jdoe"_s,
        { { u"userId"_s, U1 }, { u"username"_s, u"jdoe"_s } });
    check(f.suspendUser(U1, u"jdoe"_s), ChangeKind::UserSuspend, u"user"_s, U1, u"Suspend user jdoe"_s,
        { { u"userId"_s, U1 }, { u"username"_s, u"jdoe"_s } });
    check(f.resetMfa(U1, u"jdoe"_s, 0), ChangeKind::UserResetMfa, u"user"_s, U1,
        u"Reset MFA of jdoe (enrol within 1 days)"_s,
        { { u"userId"_s, U1 }, { u"username"_s, u"jdoe"_s }, { u"enrollmentDays"_s, 1 } });
    QCOMPARE(f.resetMfa(U1, u"jdoe"_s, 400).payload.value("enrollmentDays"_L1).toInt(), 365);
}

void TestOutboxChangeFactory::groupPayloads()
{
    const OutboxChangeFactory f(u"batch-1"_s);
    const QJsonObject fields { { u"name"_s, u"Eng"_s } };
    check(f.createUserGroup(fields), ChangeKind::UserGroupCreate, u"userGroup"_s, {}, u"Create user group Eng"_s,
        { { u"fields"_s, fields } });
    check(f.updateUserGroup(G1, { { u"description"_s, u"d"_s } }, fields), ChangeKind::UserGroupUpdate, u"userGroup"_s,
        G1, u"Edit user group Eng"_s,
        { { u"groupId"_s, G1 }, { u"fields"_s, QJsonObject { { u"description"_s, u"d"_s } } },
            { u"before"_s, fields } });
    check(f.deleteUserGroup(G1, u"Eng"_s), ChangeKind::UserGroupDelete, u"userGroup"_s, G1, u"Delete user group Eng"_s,
        { { u"groupId"_s, G1 }, { u"name"_s, u"Eng"_s } });
    const QJsonObject member { { u"groupId"_s, G1 }, { u"groupName"_s, u"Eng"_s }, { u"userId"_s, U1 },
        { u"username"_s, u"jdoe"_s } };
    check(f.addUserToGroup(G1, u"Eng"_s, U1, u"jdoe"_s), ChangeKind::UserGroupAddMember, u"userGroup"_s, G1,
        u"Add jdoe to user group Eng"_s, member);
    check(f.removeUserFromGroup(G1, u"Eng"_s, U1, u"jdoe"_s), ChangeKind::UserGroupRemoveMember, u"userGroup"_s, G1,
        u"Remove jdoe from user group Eng"_s, member);

    check(f.createDeviceGroup({ { u"name"_s, u"Labs"_s } }), ChangeKind::DeviceGroupCreate, u"deviceGroup"_s, {},
        u"Create device group Labs"_s, { { u"fields"_s, QJsonObject { { u"name"_s, u"Labs"_s } } } });
    check(f.updateDeviceGroup(G2, { { u"name"_s, u"Racks"_s } }, {}), ChangeKind::DeviceGroupUpdate, u"deviceGroup"_s,
        G2, u"Edit device group %1"_s.arg(G2),
        { { u"groupId"_s, G2 }, { u"fields"_s, QJsonObject { { u"name"_s, u"Racks"_s } } },
            { u"before"_s, QJsonObject() } });
    check(f.deleteDeviceGroup(G2, u"Labs"_s), ChangeKind::DeviceGroupDelete, u"deviceGroup"_s, G2,
        u"Delete device group Labs"_s, { { u"groupId"_s, G2 }, { u"name"_s, u"Labs"_s } });
    const QJsonObject device { { u"groupId"_s, G2 }, { u"groupName"_s, u"Labs"_s }, { u"deviceId"_s, D1 },
        { u"deviceName"_s, u"mac-01"_s } };
    check(f.addDeviceToGroup(G2, u"Labs"_s, D1, u"mac-01"_s), ChangeKind::DeviceGroupAddMember, u"deviceGroup"_s, G2,
        u"Add mac-01 to device group Labs"_s, device);
    check(f.removeDeviceFromGroup(G2, u"Labs"_s, D1, u"mac-01"_s), ChangeKind::DeviceGroupRemoveMember,
        u"deviceGroup"_s, G2, u"Remove mac-01 from device group Labs"_s, device);
}

void TestOutboxChangeFactory::devicePayloadsAndBindings()
{
    const OutboxChangeFactory f(u"batch-1"_s);
    check(f.renameDevice(D1, u"build-02"_s, u"build-01"_s), ChangeKind::DeviceRename, u"device"_s, D1,
        u"Rename device build-01 to build-02"_s,
        { { u"deviceId"_s, D1 }, { u"deviceName"_s, u"build-01"_s }, { u"displayName"_s, u"build-02"_s },
            { u"before"_s, QJsonObject { { u"displayName"_s, u"build-01"_s } } } });
    const QJsonObject ends { { u"userId"_s, U1 }, { u"username"_s, u"jdoe"_s }, { u"deviceId"_s, D1 },
        { u"deviceName"_s, u"mac-01"_s } };
    QJsonObject admin = ends;
    admin.insert(u"sudo"_s, true);
    admin.insert(u"sudoWithoutPassword"_s, true);
    check(f.bindUserToDevice(U1, u"jdoe"_s, D1, u"mac-01"_s, true, true), ChangeKind::BindingAdd, u"device"_s, D1,
        u"Bind jdoe to mac-01 as administrator"_s, admin);
    // Passwordless sudo only comes with sudo.
    QJsonObject plain = ends;
    plain.insert(u"sudo"_s, false);
    plain.insert(u"sudoWithoutPassword"_s, false);
    check(f.bindUserToDevice(U1, u"jdoe"_s, D1, u"mac-01"_s, false, true), ChangeKind::BindingAdd, u"device"_s, D1,
        u"Bind jdoe to mac-01"_s, plain);
    check(f.unbindUserFromDevice(U1, u"jdoe"_s, D1, u"mac-01"_s), ChangeKind::BindingRemove, u"device"_s, D1,
        u"Unbind jdoe from mac-01"_s, ends);
    const QJsonObject groups { { u"userGroupId"_s, G1 }, { u"userGroupName"_s, u"Eng"_s }, { u"deviceGroupId"_s, G2 },
        { u"deviceGroupName"_s, u"Labs"_s } };
    check(f.bindGroups(G1, u"Eng"_s, G2, u"Labs"_s), ChangeKind::GroupBindingAdd, u"deviceGroup"_s, G2,
        u"Bind user group Eng to device group Labs"_s, groups);
    check(f.unbindGroups(G1, u"Eng"_s, G2, u"Labs"_s), ChangeKind::GroupBindingRemove, u"deviceGroup"_s, G2,
        u"Unbind user group Eng from device group Labs"_s, groups);
}

void TestOutboxChangeFactory::selfService()
{
    SelfServiceProvisioning wanted;
    wanted.windowsEnabled = true;
    wanted.windowsAdmin = true;
    SelfServiceProvisioning before;
    before.macEnabled = true;
    check(OutboxChangeFactory(u"batch-1"_s).setSelfService(wanted, before), ChangeKind::OrgSelfService, u"org"_s, {},
        u"Change self-service account provisioning"_s,
        { { u"macEnabled"_s, false }, { u"macAdmin"_s, false }, { u"windowsEnabled"_s, true },
            { u"windowsAdmin"_s, true },
            { u"before"_s,
                QJsonObject { { u"macEnabled"_s, true }, { u"macAdmin"_s, false }, { u"windowsEnabled"_s, false },
                    { u"windowsAdmin"_s, false } } } });
    QVERIFY(!OutboxChangeFactory::newBatchId().isEmpty());
    QVERIFY(OutboxChangeFactory::newBatchId() != OutboxChangeFactory::newBatchId());
}

void TestOutboxChangeFactory::referToRow()
{
    OutboxRow bind = OutboxChangeFactory().bindUserToDevice({}, u"new"_s, D1, u"mac-01"_s, false, false);
    OutboxChangeFactory::referToRow(bind, "userId"_L1, 42);
    QVERIFY(!bind.payload.contains("userId"_L1));
    QCOMPARE(bind.payload.value("userIdFromRow"_L1).toInteger(), 42);
    QCOMPARE(OutboxReferences::referencedRows(bind.payload), QList<qint64> { 42 });
    QVERIFY(!OutboxReferences::hasReferences(OutboxChangeFactory().deleteUser(U1, u"x"_s).payload));
}

void TestOutboxChangeFactory::resolveReferences()
{
    OutboxRow bind = OutboxChangeFactory().bindUserToDevice({}, u"new"_s, {}, u"mac-01"_s, false, false);
    OutboxChangeFactory::referToRow(bind, "userId"_L1, 1);
    OutboxChangeFactory::referToRow(bind, "deviceId"_L1, 2);
    OutboxRow user = OutboxChangeFactory().createUser({ { u"username"_s, u"new"_s } });
    user.id = 1;
    user.summary = u"Create user new"_s;
    OutboxRow other;
    other.id = 2;
    other.state = OutboxRow::State::Done;
    other.payload = { { u"createdId"_s, D1 } };
    const auto lookup = [&](qint64 id) -> const OutboxRow * { return id == 1 ? &user : id == 2 ? &other : nullptr; };

    auto resolved = OutboxReferences::resolve(bind.payload, lookup);
    QCOMPARE(resolved.error().code, QString::fromLatin1(OutboxReferences::UnfinishedDependency));
    QVERIFY(resolved.error().detail.contains(u"change #1 (Create user new), which is not pushed yet"_s));

    user.state = OutboxRow::State::Failed;
    user.error = u"username \"new\" already exists"_s;
    resolved = OutboxReferences::resolve(bind.payload, lookup);
    QCOMPARE(resolved.error().code, QString::fromLatin1(OutboxReferences::FailedDependency));
    QCOMPARE(resolved.error().detail,
        u"This change depends on change #1 (Create user new), which failed: username \"new\" already exists"_s);

    user.state = OutboxRow::State::Done;
    resolved = OutboxReferences::resolve(bind.payload, lookup);
    QCOMPARE(resolved.error().code, QString::fromLatin1(OutboxReferences::MissingDependency));

    user.payload.insert(u"createdId"_s, U1);
    resolved = OutboxReferences::resolve(bind.payload, lookup);
    QVERIFY_RESULT(resolved);
    QCOMPARE(resolved.value().value("userId"_L1).toString(), U1);
    QCOMPARE(resolved.value().value("deviceId"_L1).toString(), D1);
    QCOMPARE(resolved.value().value("userIdFromRow"_L1).toInteger(), 1); // kept: where the id came from

    OutboxChangeFactory::referToRow(bind, "userId"_L1, 99);
    QCOMPARE(OutboxReferences::resolve(bind.payload, lookup).error().code,
        QString::fromLatin1(OutboxReferences::MissingDependency));
}

void TestOutboxChangeFactory::pushStoreRecordsOutcome()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY_RESULT(cache);
    OutboxStore outbox(*cache.value());
    const OutboxRow create = OutboxChangeFactory().createUser(
        { { u"username"_s, u"jdoe"_s }, { u"password"_s, u"in-fields-too"_s } }, u"Secret-123456"_s);
    const qint64 id = outbox.append(create).value();
    OutboxPushStore store(*cache.value());
    QVERIFY_RESULT(store.markPushing(id));
    QCOMPARE(outbox.rows().value().first().state, OutboxRow::State::Pushing);
    QCOMPARE(outbox.rows().value().first().attempts, 1);
    QVERIFY_RESULT(store.markPending(id));
    QCOMPARE(outbox.rows().value().first().state, OutboxRow::State::Pending);
    QCOMPARE(outbox.rows().value().first().attempts, 1);

    QJsonObject payload = OutboxPushStore::scrubbed(create.payload);
    QVERIFY(!payload.contains("password"_L1));
    QVERIFY(!payload.value("fields"_L1).toObject().contains("password"_L1));
    QCOMPARE(payload.value("fields"_L1).toObject().value("username"_L1).toString(), u"jdoe"_s);
    payload.insert(u"createdId"_s, U1);
    QVERIFY_RESULT(store.finish(id, OutboxRow::State::Done, {}, payload, U1));
    const OutboxRow stored = outbox.rows().value().first();
    QCOMPARE(stored.state, OutboxRow::State::Done);
    QCOMPARE(stored.objectId, U1);
    QCOMPARE(stored.payload, payload);
    QVERIFY(stored.error.isEmpty());
    QVERIFY_RESULT(store.finish(id, OutboxRow::State::Failed, u"why"_s, payload, U1));
    QCOMPARE(outbox.rows().value().first().error, u"why"_s);

    // The store itself drops the password of a Done row, in the statement that marks it done; a
    // Failed row keeps it for Retry. markPushing may store the payload with the mark.
    QJsonObject stamped = create.payload;
    stamped.insert(QLatin1StringView(OutboxPushStore::FirstAttemptKey), u"2026-01-02T10:00:00.000Z"_s);
    QVERIFY_RESULT(store.markPushing(id, stamped));
    QCOMPARE(outbox.rows().value().first().payload, stamped);
    QCOMPARE(outbox.rows().value().first().attempts, 2);
    QCOMPARE(OutboxPushStore::firstAttempt(stamped), QDateTime::fromString(u"2026-01-02T10:00:00Z"_s, Qt::ISODate));
    QVERIFY(OutboxPushStore::carriesPassword(create.payload));
    QVERIFY(!OutboxPushStore::carriesPassword(payload));
    QVERIFY_RESULT(store.finish(id, OutboxRow::State::Failed, u"why"_s, create.payload, {}));
    QCOMPARE(outbox.rows().value().first().payload, create.payload);
    QVERIFY_RESULT(store.finish(id, OutboxRow::State::Done, {}, create.payload, U1));
    QCOMPARE(outbox.rows().value().first().payload, OutboxPushStore::scrubbed(create.payload));
}

void TestOutboxChangeFactory::pushStoreLeavesNoPasswordInTheFile()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY_RESULT(cache);
    OutboxStore outbox(*cache.value());
    const OutboxChangeFactory f;
    const OutboxRow create = f.createUser({ { u"username"_s, u"jdoe"_s } }, u"Secret-123456"_s);
    const qint64 id = outbox.append(create).value();
    // Rows stored after it: its old record becomes a free block inside the page, which SQLite
    // leaves as it was unless told to overwrite it (secure_delete).
    for (int i = 0; i < 3; ++i)
        QVERIFY_RESULT(outbox.append(f.deleteUser(U1, u"user%1"_s.arg(i))));
    OutboxPushStore store(*cache.value());
    QJsonObject payload = create.payload;
    payload.insert(u"createdId"_s, U1);
    payload.insert(QLatin1StringView(OutboxPushStore::FirstAttemptKey), u"2026-01-02T10:00:00.000Z"_s);
    QVERIFY_RESULT(store.finish(id, OutboxRow::State::Done, {}, payload, U1));
    QVERIFY(store.dropOldPageImages());
    QByteArray onDisk;
    for (const QString &name : { dir.path(), QString(dir.path() + u"-wal"_s) }) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            onDisk += file.readAll();
    }
    QVERIFY(onDisk.contains("2026-01-02T10:00:00.000Z"));
    QVERIFY(!onDisk.contains("Secret-123456"));
}

QTEST_GUILESS_MAIN(TestOutboxChangeFactory)
#include "test_outbox_change_factory.moc"
