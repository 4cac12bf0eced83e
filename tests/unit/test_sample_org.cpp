// The shared SampleOrg fixture: deterministic, internally consistent, and it survives the cache
// unchanged, so tests that read it back see exactly what SampleOrg.h documents.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "SampleOrg.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSampleOrg : public QObject
{
    Q_OBJECT

private slots:
    void isDeterministic();
    void referencesResolve();
    void hasTheDocumentedCases_data();
    void hasTheDocumentedCases();
    void roundTripsThroughTheCache();
};

void TestSampleOrg::isDeterministic()
{
    const OrgSnapshot a = SampleOrg::make();
    const OrgSnapshot b = SampleOrg::make();
    QCOMPARE(a.users, b.users);
    QCOMPARE(a.devices, b.devices);
    QCOMPARE(a.localAccounts, b.localAccounts);
    QCOMPARE(a.settings, b.settings);
    QCOMPARE(a.syncedAt, b.syncedAt);
}

void TestSampleOrg::referencesResolve()
{
    const OrgSnapshot org = SampleOrg::make();
    QSet<QString> users, devices, userGroups, deviceGroups;
    for (const User &user : org.users) {
        QCOMPARE(user.id.size(), 24);
        users.insert(user.id);
    }
    for (const Device &device : org.devices) {
        QCOMPARE(device.id.size(), 24);
        devices.insert(device.id);
    }
    for (const UserGroup &group : org.userGroups)
        userGroups.insert(group.id);
    for (const DeviceGroup &group : org.deviceGroups)
        deviceGroups.insert(group.id);
    QCOMPARE(users.size(), org.users.size());
    QCOMPARE(devices.size(), org.devices.size());
    for (const UserDeviceBinding &binding : org.userDeviceBindings)
        QVERIFY(users.contains(binding.userId) && devices.contains(binding.deviceId));
    for (const UserGroupMembership &member : org.userGroupMemberships)
        QVERIFY(userGroups.contains(member.groupId) && users.contains(member.userId));
    for (const DeviceGroupMembership &member : org.deviceGroupMemberships)
        QVERIFY(deviceGroups.contains(member.groupId) && devices.contains(member.deviceId));
    for (const GroupBinding &binding : org.groupBindings)
        QVERIFY(userGroups.contains(binding.userGroupId) && deviceGroups.contains(binding.deviceGroupId));
    for (const LocalAccount &account : org.localAccounts)
        QVERIFY(devices.contains(account.deviceId));
}

void TestSampleOrg::hasTheDocumentedCases_data()
{
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("accountName");
    QTest::addColumn<QString>("userName"); // the user whose effective local name it relates to
    QTest::addColumn<QString>("relation"); // exact, case-only, none

    QTest::newRow("alice exact") << QString::fromLatin1(SampleOrg::Id::AliceMbp) << u"alice"_s << u"alice"_s
                                 << u"exact"_s;
    QTest::newRow("Erin case-only") << QString::fromLatin1(SampleOrg::Id::EngMac02) << u"erin"_s << u"Erin"_s
                                    << u"case-only"_s;
    QTest::newRow("carol local name") << QString::fromLatin1(SampleOrg::Id::WinSup07) << u"carol.local"_s << u"carol"_s
                                      << u"exact"_s;
    QTest::newRow("jdoe vs john.doe") << QString::fromLatin1(SampleOrg::Id::WinFin01) << u"jdoe"_s << u"john.doe"_s
                                      << u"none"_s;
    QTest::newRow("Alice on Linux") << QString::fromLatin1(SampleOrg::Id::OpsLinux02) << u"Alice"_s << u"alice"_s
                                    << u"case-only"_s;
}

void TestSampleOrg::hasTheDocumentedCases()
{
    QFETCH(QString, deviceId);
    QFETCH(QString, accountName);
    QFETCH(QString, userName);
    QFETCH(QString, relation);
    const OrgSnapshot org = SampleOrg::make();
    const auto account = std::find_if(org.localAccounts.cbegin(), org.localAccounts.cend(),
        [&](const LocalAccount &a) { return a.deviceId == deviceId && a.username == accountName; });
    QVERIFY(account != org.localAccounts.cend());
    const auto user
        = std::find_if(org.users.cbegin(), org.users.cend(), [&](const User &u) { return u.username == userName; });
    QVERIFY(user != org.users.cend());
    const QString local = user->effectiveLocalAccountName();
    const QString actual = local == accountName                ? u"exact"_s
        : local.compare(accountName, Qt::CaseInsensitive) == 0 ? u"case-only"_s
                                                               : u"none"_s;
    QCOMPARE(actual, relation);
}

void TestSampleOrg::roundTripsThroughTheCache()
{
    TempCache dir;
    QVERIFY(dir.isValid());
    const QString error = SampleOrg::writeCache(dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY_RESULT(cache);
    const auto read = CacheReader(*cache.value()).snapshot();
    QVERIFY_RESULT(read);
    const OrgSnapshot expected = SampleOrg::make();
    QCOMPARE(read.value().settings, expected.settings);
    QCOMPARE(read.value().syncedAt, expected.syncedAt);
    QCOMPARE(read.value().sourceUrl, expected.sourceUrl);
    QCOMPARE(read.value().users.size(), expected.users.size());
    for (const User &user : expected.users)
        QVERIFY2(read.value().users.contains(user), qPrintable(user.username));
    for (const Device &device : expected.devices)
        QVERIFY2(read.value().devices.contains(device), qPrintable(device.hostname));
    QCOMPARE(read.value().localAccounts.size(), expected.localAccounts.size());
    for (const LocalAccount &account : expected.localAccounts)
        QVERIFY2(read.value().localAccounts.contains(account), qPrintable(account.username));
    QCOMPARE(read.value().userDeviceBindings.size(), expected.userDeviceBindings.size());
    QCOMPARE(read.value().userGroupMemberships.size(), expected.userGroupMemberships.size());
    QCOMPARE(read.value().deviceGroupMemberships.size(), expected.deviceGroupMemberships.size());
    QCOMPARE(read.value().groupBindings, expected.groupBindings);
}

QTEST_GUILESS_MAIN(TestSampleOrg)
#include "test_sample_org.moc"
