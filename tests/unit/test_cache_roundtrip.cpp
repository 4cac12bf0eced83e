// Every domain type survives a write to and a read from a real SQLite cache file unchanged.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "SnapshotWriter.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 15, 30, 250), QTimeZone::utc());
}

// Every field set to a value other than its default, so a column that is not written or
// not read back shows up as a difference.
OrgSnapshot fullSnapshot()
{
    OrgSnapshot s;
    s.settings.orgId = u"5a0000000000000000000001"_s;
    s.settings.orgName = u"Acme Örg"_s;
    s.settings.passwordPolicy = { true, 14, true, true, true, true, 5, 90 };
    s.settings.manualEntryState = UserState::Staged;
    s.settings.csvImportState = UserState::Staged;
    s.settings.applicationImportState = UserState::Suspended;
    s.settings.selfService = { true, true, true, false };
    s.syncedAt = at(1, 9);
    s.sourceUrl = u"https://console.eu.jumpcloud.com"_s;

    User u;
    u.id = u"64a000000000000000000001"_s;
    u.username = u"jdoe"_s;
    u.email = u"jane.doe@example.com"_s;
    u.systemUsername = u"jane"_s;
    u.firstName = u"Jane"_s;
    u.middleName = u"Q"_s;
    u.lastName = u"Doe"_s;
    u.displayName = u"Jane Doe, \"Ops\""_s;
    u.state = UserState::Suspended;
    u.jobTitle = u"SRE"_s;
    u.department = u"Operations"_s;
    u.company = u"Acme"_s;
    u.costCenter = u"CC-7"_s;
    u.employeeType = u"Contractor"_s;
    u.employeeIdentifier = u"E-1001"_s;
    u.location = u"Zürich"_s;
    u.description = u"multi\nline"_s;
    u.managerId = u"64a000000000000000000002"_s;
    u.alternateEmail = u"jane@home.example"_s;
    u.phoneNumbers = { { u"mobile"_s, u"+41 79 000 00 00"_s }, { u"work"_s, u"+41 44 000 00 00"_s } };
    u.customAttributes = { { u"badge"_s, u"1234"_s } };
    u.sudo = true;
    u.passwordlessSudo = true;
    u.mfaRequired = true;
    u.mfaConfigured = true;
    u.mfaEnrollmentStatus = u"ENROLLED"_s;
    u.mfaExclusionUntil = at(8, 0);
    u.accountLocked = true;
    u.passwordExpired = true;
    u.passwordNeverExpires = true;
    u.passwordExpirationDate = at(20, 12);
    u.externallyManaged = true;
    u.unixUid = 5001;
    u.unixGid = 5002;
    u.created = at(2, 3);
    User manager;
    manager.id = u"64a000000000000000000002"_s;
    manager.username = u"boss"_s;
    manager.email = u"boss@example.com"_s;
    s.users = { u, manager };

    Device d;
    d.id = u"63b000000000000000000001"_s;
    d.displayName = u"Jane's MacBook"_s;
    d.hostname = u"janes-mbp"_s;
    d.osFamily = OsFamily::MacOS;
    d.os = u"Mac OS X"_s;
    d.osVersion = u"14.5"_s;
    d.arch = u"arm64"_s;
    d.agentVersion = u"1.180.0"_s;
    d.active = true;
    d.lastContact = at(1, 8);
    d.created = at(1, 1);
    d.serialNumber = u"C02XYZ"_s;
    d.hardwareVendor = u"Apple Inc."_s;
    d.remoteIp = u"203.0.113.7"_s;
    d.fdeActive = true;
    d.systemInsightsEnabled = true;
    d.mdmEnrolled = true;
    d.allowSshRootLogin = true;
    d.allowSshPasswordAuthentication = true;
    d.allowMultiFactorAuthentication = true;
    d.description = u"loaner"_s;
    s.devices = { d };

    s.userGroups = { { u"65c000000000000000000001"_s, u"Engineering"_s, u"All engineers"_s, u"eng@example.com"_s, true,
        true, true, u"eng"_s, u"STATIC"_s } };
    s.deviceGroups = { { u"66d000000000000000000001"_s, u"Laptops"_s, u"Company laptops"_s, u"STATIC"_s } };
    s.userDeviceBindings = { { u.id, d.id, true, true } };
    s.userGroupMemberships = { { s.userGroups[0].id, u.id } };
    s.deviceGroupMemberships = { { s.deviceGroups[0].id, d.id } };
    s.groupBindings = { { s.userGroups[0].id, s.deviceGroups[0].id } };

    LocalAccount a;
    a.deviceId = d.id;
    a.username = u"jane"_s;
    a.uid = u"501"_s;
    a.gid = u"20"_s;
    a.homeDirectory = u"/Users/jane"_s;
    a.shell = u"/bin/zsh"_s;
    a.description = u"Jane"_s;
    a.realUser = false;
    a.admin = true;
    a.suspended = true;
    a.managed = true;
    a.adManaged = true;
    a.lastLogin = at(1, 7);
    a.collectedAt = at(1, 8);
    s.localAccounts = { a };
    return s;
}

} // namespace

class TestCacheRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeRoundTrips();
    void replacingKeepsOnlyTheNewSnapshot();
    void listRowsCarryCounts();
};

void TestCacheRoundTrip::everyTypeRoundTrips()
{
    TempCache dir;
    const OrgSnapshot written = fullSnapshot();
    {
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().detail));
        QVERIFY_RESULT(SnapshotWriter(*cache.value()).replaceSnapshot(written));
    }
    // Reopen from disk: nothing may live only in the connection.
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    auto read = CacheReader(*cache.value()).snapshot();
    QVERIFY(read.ok());
    const OrgSnapshot &r = read.value();
    QCOMPARE(r.settings, written.settings);
    QCOMPARE(r.syncedAt, written.syncedAt);
    QCOMPARE(r.sourceUrl, written.sourceUrl);
    QCOMPARE(r.users, written.users);
    QCOMPARE(r.devices, written.devices);
    QCOMPARE(r.userGroups, written.userGroups);
    QCOMPARE(r.deviceGroups, written.deviceGroups);
    QCOMPARE(r.userDeviceBindings, written.userDeviceBindings);
    QCOMPARE(r.userGroupMemberships, written.userGroupMemberships);
    QCOMPARE(r.deviceGroupMemberships, written.deviceGroupMemberships);
    QCOMPARE(r.groupBindings, written.groupBindings);
    QCOMPARE(r.localAccounts, written.localAccounts);
}

void TestCacheRoundTrip::replacingKeepsOnlyTheNewSnapshot()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    SnapshotWriter writer(*cache.value());
    QVERIFY_RESULT(writer.replaceSnapshot(fullSnapshot()));
    OrgSnapshot smaller = fullSnapshot();
    smaller.users.removeLast();
    smaller.localAccounts.clear();
    QVERIFY_RESULT(writer.replaceSnapshot(smaller));
    auto read = CacheReader(*cache.value()).snapshot();
    QVERIFY(read.ok());
    QCOMPARE(read.value().users.size(), 1);
    QVERIFY(read.value().localAccounts.isEmpty());
}

void TestCacheRoundTrip::listRowsCarryCounts()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    QVERIFY_RESULT(SnapshotWriter(*cache.value()).replaceSnapshot(fullSnapshot()));
    CacheReader reader(*cache.value());
    auto users = reader.userRows();
    QVERIFY(users.ok());
    QCOMPARE(users.value().size(), 2);
    QCOMPARE(users.value().at(0).deviceCount, 1);
    QCOMPARE(users.value().at(0).groupCount, 1);
    QCOMPARE(users.value().at(1).deviceCount, 0);
    auto devices = reader.deviceRows();
    QVERIFY(devices.ok());
    QCOMPARE(devices.value().at(0).userCount, 1);
    QCOMPARE(devices.value().at(0).localAccountCount, 1);
    QCOMPARE(devices.value().at(0).groupCount, 1);
    auto userGroups = reader.userGroupRows();
    QVERIFY(userGroups.ok());
    QCOMPARE(userGroups.value().at(0).memberCount, 1);
    QCOMPARE(userGroups.value().at(0).deviceGroupCount, 1);
    auto deviceGroups = reader.deviceGroupRows();
    QVERIFY(deviceGroups.ok());
    QCOMPARE(deviceGroups.value().at(0).memberCount, 1);
    QCOMPARE(deviceGroups.value().at(0).userGroupCount, 1);
}

QTEST_GUILESS_MAIN(TestCacheRoundTrip)
#include "test_cache_roundtrip.moc"
