// SnapshotApplier: the first apply writes everything, a second apply of the same snapshot writes
// nothing, and each kind of change (insert, update, delete, per table) writes only itself and
// shows up in the ChangeSet. The outbox is never touched.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "OutboxStore.h"
#include "SampleOrg.h"
#include "SnapshotApplier.h"
#include "TempCache.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 totalChanges(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    if (!query.exec(u"SELECT total_changes()"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Sorted copies, so snapshots compare regardless of the order rows come back in.
template<typename T, typename Key>
QList<T> sortedBy(QList<T> list, Key key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

void compareSnapshots(const OrgSnapshot &actual, const OrgSnapshot &expected)
{
    const auto byId = [](const auto &x) { return x.id; };
    QCOMPARE(sortedBy(actual.users, byId), sortedBy(expected.users, byId));
    QCOMPARE(sortedBy(actual.devices, byId), sortedBy(expected.devices, byId));
    QCOMPARE(sortedBy(actual.userGroups, byId), sortedBy(expected.userGroups, byId));
    QCOMPARE(sortedBy(actual.deviceGroups, byId), sortedBy(expected.deviceGroups, byId));
    const auto binding = [](const UserDeviceBinding &b) -> QString { return b.userId + u'/' + b.deviceId; };
    QCOMPARE(sortedBy(actual.userDeviceBindings, binding), sortedBy(expected.userDeviceBindings, binding));
    const auto userMember = [](const UserGroupMembership &m) -> QString { return m.groupId + u'/' + m.userId; };
    QCOMPARE(sortedBy(actual.userGroupMemberships, userMember), sortedBy(expected.userGroupMemberships, userMember));
    const auto deviceMember = [](const DeviceGroupMembership &m) -> QString { return m.groupId + u'/' + m.deviceId; };
    QCOMPARE(
        sortedBy(actual.deviceGroupMemberships, deviceMember), sortedBy(expected.deviceGroupMemberships, deviceMember));
    const auto groupBinding = [](const GroupBinding &b) -> QString { return b.userGroupId + u'/' + b.deviceGroupId; };
    QCOMPARE(sortedBy(actual.groupBindings, groupBinding), sortedBy(expected.groupBindings, groupBinding));
    const auto account = [](const LocalAccount &a) -> QString { return a.deviceId + u'/' + a.username; };
    QCOMPARE(sortedBy(actual.localAccounts, account), sortedBy(expected.localAccounts, account));
    QCOMPARE(actual.settings.orgId, expected.settings.orgId);
    QCOMPARE(actual.settings.passwordPolicy, expected.settings.passwordPolicy);
    QCOMPARE(actual.settings.selfService, expected.settings.selfService);
}

struct Fixture
{
    TempCache dir;
    std::unique_ptr<CacheDatabase> cache;
    OrgSnapshot org = SampleOrg::make();

    bool open()
    {
        auto opened = CacheDatabase::open(dir.path());
        if (!opened)
            return false;
        cache = std::move(opened.value());
        org.syncedAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        return SnapshotApplier(*cache).apply(org).ok();
    }
};

} // namespace

class TestSnapshotApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstApplyWritesEverything();
    void unchangedSnapshotWritesNothing();
    void updateWritesOnlyTheChangedRow();
    void insertAndDeleteObjects();
    void relationTablesChangeAlone();
    void localAccountsChangePerDevice();
    void settingsChange();
    void newSyncTimeIsNotAChange();
    void outboxIsNeverTouched();
    void failedApplyKeepsTheOldSnapshot();
};

void TestSnapshotApplier::firstApplyWritesEverything()
{
    TempCache dir;
    auto cache = std::move(CacheDatabase::open(dir.path()).value());
    const OrgSnapshot org = SampleOrg::make();
    QVERIFY(!org.users.isEmpty() && !org.localAccounts.isEmpty() && !org.userDeviceBindings.isEmpty());
    const auto applied = SnapshotApplier(*cache).apply(org);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().detail));
    const ChangeSet &changes = applied.value();
    QCOMPARE(changes.users.upserted.size(), org.users.size());
    QCOMPARE(changes.devices.upserted.size(), org.devices.size());
    QCOMPARE(changes.userGroups.upserted.size(), org.userGroups.size());
    QCOMPARE(changes.deviceGroups.upserted.size(), org.deviceGroups.size());
    QCOMPARE(changes.userDeviceBindings.added, org.userDeviceBindings.size());
    QCOMPARE(changes.localAccounts.added, org.localAccounts.size());
    QVERIFY(changes.settingsChanged);
    const qsizetype rows = org.users.size() + org.devices.size() + org.userGroups.size() + org.deviceGroups.size()
        + org.userDeviceBindings.size() + org.userGroupMemberships.size() + org.deviceGroupMemberships.size()
        + org.groupBindings.size() + org.localAccounts.size();
    QCOMPARE(changes.rowsWritten, rows);
    // Every field round-trips: what a reader returns equals what was applied.
    const auto read = CacheReader(*cache).snapshot();
    QVERIFY(read.ok());
    compareSnapshots(read.value(), org);
}

void TestSnapshotApplier::unchangedSnapshotWritesNothing()
{
    Fixture f;
    QVERIFY(f.open());
    const qint64 before = totalChanges(*f.cache);
    const auto applied = SnapshotApplier(*f.cache).apply(f.org);
    QVERIFY(applied.ok());
    QCOMPARE(totalChanges(*f.cache) - before, 0);
    QVERIFY(applied.value().isEmpty());
    QCOMPARE(applied.value().rowsWritten, 0);
    QCOMPARE(applied.value(), ChangeSet {});
}

void TestSnapshotApplier::updateWritesOnlyTheChangedRow()
{
    Fixture f;
    QVERIFY(f.open());
    OrgSnapshot next = f.org;
    next.users[1].department = u"Platform"_s;
    next.users[1].phoneNumbers.append({ u"mobile"_s, u"+1 555 0100"_s });
    next.devices[0].active = !next.devices[0].active;
    next.userGroups[0].description = u"new description"_s;
    const qint64 before = totalChanges(*f.cache);
    const auto applied = SnapshotApplier(*f.cache).apply(next);
    QVERIFY(applied.ok());
    QCOMPARE(totalChanges(*f.cache) - before, 3);
    const ChangeSet &c = applied.value();
    QCOMPARE(c.users.upserted, QStringList { next.users[1].id });
    QCOMPARE(c.devices.upserted, QStringList { next.devices[0].id });
    QCOMPARE(c.userGroups.upserted, QStringList { next.userGroups[0].id });
    QVERIFY(c.users.removed.isEmpty() && c.deviceGroups.isEmpty() && c.userDeviceBindings.isEmpty());
    QCOMPARE(c.rowsWritten, 3);
    compareSnapshots(CacheReader(*f.cache).snapshot().value(), next);
}

void TestSnapshotApplier::insertAndDeleteObjects()
{
    Fixture f;
    QVERIFY(f.open());
    OrgSnapshot next = f.org;
    // A device leaves with its edges; a user arrives.
    const QString goneDevice = next.devices.takeLast().id;
    const auto touches = [&](const auto &edge) { return edge.deviceId == goneDevice; };
    QStringList usersOfGoneDevice;
    for (const UserDeviceBinding &b : std::as_const(next.userDeviceBindings)) {
        if (b.deviceId == goneDevice)
            usersOfGoneDevice.append(b.userId);
    }
    const qsizetype bindingsGone = next.userDeviceBindings.removeIf(touches);
    const qsizetype membershipsGone = next.deviceGroupMemberships.removeIf(touches);
    const qsizetype accountsGone = next.localAccounts.removeIf(touches);
    User newcomer = next.users.first();
    newcomer.id = u"65a0000000000000000000ff"_s;
    newcomer.username = u"newcomer"_s;
    newcomer.email = u"newcomer@example.com"_s;
    newcomer.systemUsername.clear();
    next.users.append(newcomer);

    const qint64 before = totalChanges(*f.cache);
    const auto applied = SnapshotApplier(*f.cache).apply(next);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().detail));
    const ChangeSet &c = applied.value();
    QCOMPARE(c.devices.removed, QStringList { goneDevice });
    QCOMPARE(c.users.upserted, QStringList { newcomer.id });
    QCOMPARE(c.userDeviceBindings.removed, bindingsGone);
    QCOMPARE(c.deviceGroupMembers.removed, membershipsGone);
    QCOMPARE(c.localAccounts.removed, accountsGone);
    const qint64 expectedRows = 2 + bindingsGone + membershipsGone + accountsGone;
    QCOMPARE(c.rowsWritten, expectedRows);
    QCOMPARE(totalChanges(*f.cache) - before, expectedRows); // no hidden cascades
    // The users who lost the device must repaint (their device count changed).
    std::sort(usersOfGoneDevice.begin(), usersOfGoneDevice.end());
    usersOfGoneDevice.removeDuplicates();
    QCOMPARE(c.users.relationsChanged, usersOfGoneDevice);
    compareSnapshots(CacheReader(*f.cache).snapshot().value(), next);
}

void TestSnapshotApplier::relationTablesChangeAlone()
{
    Fixture f;
    QVERIFY(f.open());
    OrgSnapshot next = f.org;
    next.userDeviceBindings[0].sudoEnabled = !next.userDeviceBindings[0].sudoEnabled; // attribute update
    const UserGroupMembership leaving = next.userGroupMemberships.takeFirst();
    const GroupBinding unbound = next.groupBindings.takeFirst();
    const DeviceGroupMembership joining { next.deviceGroups.first().id, next.devices.last().id };
    if (!next.deviceGroupMemberships.contains(joining))
        next.deviceGroupMemberships.append(joining);
    const qsizetype addedDeviceMembers = next.deviceGroupMemberships.size() - f.org.deviceGroupMemberships.size();

    const auto applied = SnapshotApplier(*f.cache).apply(next);
    QVERIFY(applied.ok());
    const ChangeSet &c = applied.value();
    QCOMPARE(c.userDeviceBindings, (ChangeSet::Relation { 0, 0, 1 }));
    QCOMPARE(c.userGroupMembers, (ChangeSet::Relation { 0, 1, 0 }));
    QCOMPARE(c.groupBindings, (ChangeSet::Relation { 0, 1, 0 }));
    QCOMPARE(c.deviceGroupMembers.added, addedDeviceMembers);
    QVERIFY(c.users.upserted.isEmpty() && c.devices.upserted.isEmpty());
    QVERIFY(c.users.relationsChanged.contains(next.userDeviceBindings[0].userId));
    QVERIFY(c.users.relationsChanged.contains(leaving.userId));
    QVERIFY(c.userGroups.relationsChanged.contains(unbound.userGroupId));
    QVERIFY(c.deviceGroups.relationsChanged.contains(unbound.deviceGroupId));
    compareSnapshots(CacheReader(*f.cache).snapshot().value(), next);
}

void TestSnapshotApplier::localAccountsChangePerDevice()
{
    Fixture f;
    QVERIFY(f.open());
    OrgSnapshot next = f.org;
    next.localAccounts[0].admin = !next.localAccounts[0].admin;
    next.localAccounts[0].lastLogin = QDateTime(QDate(2026, 6, 1), QTime(8, 30), Qt::UTC);
    LocalAccount extra = next.localAccounts[0];
    extra.username = u"svc_backup"_s;
    extra.realUser = false;
    next.localAccounts.append(extra);
    const auto applied = SnapshotApplier(*f.cache).apply(next);
    QVERIFY(applied.ok());
    QCOMPARE(applied.value().localAccounts, (ChangeSet::Relation { 1, 0, 1 }));
    QCOMPARE(applied.value().devices.relationsChanged, QStringList { extra.deviceId });
    QCOMPARE(applied.value().rowsWritten, 2);
    compareSnapshots(CacheReader(*f.cache).snapshot().value(), next);
}

void TestSnapshotApplier::settingsChange()
{
    Fixture f;
    QVERIFY(f.open());
    OrgSnapshot next = f.org;
    next.settings.passwordPolicy.minLength = 16;
    next.settings.selfService.macEnabled = !next.settings.selfService.macEnabled;
    const auto applied = SnapshotApplier(*f.cache).apply(next);
    QVERIFY(applied.ok());
    QVERIFY(applied.value().settingsChanged);
    QCOMPARE(applied.value().rowsWritten, 0);
    QCOMPARE(CacheReader(*f.cache).snapshot().value().settings.passwordPolicy.minLength, 16);
}

void TestSnapshotApplier::newSyncTimeIsNotAChange()
{
    Fixture f;
    QVERIFY(f.open());
    OrgSnapshot next = f.org;
    next.syncedAt = next.syncedAt.addSecs(600);
    const qint64 before = totalChanges(*f.cache);
    const auto applied = SnapshotApplier(*f.cache).apply(next);
    QVERIFY(applied.ok());
    QVERIFY(applied.value().isEmpty());
    QCOMPARE(totalChanges(*f.cache) - before, 1); // the snapshot row's synced_at, and nothing else
    QCOMPARE(CacheReader(*f.cache).snapshotInfo().value().syncedAt, next.syncedAt);
}

void TestSnapshotApplier::outboxIsNeverTouched()
{
    Fixture f;
    QVERIFY(f.open());
    OutboxStore outbox(*f.cache);
    OutboxRow row;
    row.createdAt = QDateTime::currentDateTimeUtc();
    row.kind = u"binding.add"_s;
    row.objectType = u"user"_s;
    row.objectId = f.org.users.first().id;
    row.summary = u"Bind someone"_s;
    QVERIFY(outbox.append(row).ok());
    const auto before = outbox.rows().value();

    OrgSnapshot empty;
    empty.settings = f.org.settings;
    QVERIFY(SnapshotApplier(*f.cache).apply(empty).ok()); // the whole org gone
    QVERIFY(SnapshotApplier(*f.cache).apply(f.org).ok()); // and back
    const auto after = outbox.rows().value();
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.first().id, before.first().id);
    QCOMPARE(after.first().summary, before.first().summary);
    QCOMPARE(after.first().objectId, before.first().objectId);
}

void TestSnapshotApplier::failedApplyKeepsTheOldSnapshot()
{
    Fixture f;
    QVERIFY(f.open());
    OrgSnapshot broken = f.org;
    broken.users.first().department = u"changed"_s;
    // An edge to a device that is not there: the foreign key fails the transaction.
    broken.userDeviceBindings.append({ broken.users.first().id, u"ffffffffffffffffffffffff"_s, false, false });
    const auto applied = SnapshotApplier(*f.cache).apply(broken);
    QVERIFY(!applied.ok());
    compareSnapshots(CacheReader(*f.cache).snapshot().value(), f.org);
}

QTEST_GUILESS_MAIN(TestSnapshotApplier)
#include "test_snapshot_applier.moc"
