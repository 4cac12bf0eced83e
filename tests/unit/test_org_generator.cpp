// OrgGenerator: same seed, same org; counts honoured exactly; names unique the way the directory
// requires; the OS mix and the local-account cases the binding rules depend on are all there.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "OrgGenerator.h"
#include "SnapshotWriter.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool sameOrg(const OrgSnapshot &a, const OrgSnapshot &b)
{
    return a.settings == b.settings && a.syncedAt == b.syncedAt && a.users == b.users && a.devices == b.devices
        && a.userGroups == b.userGroups && a.deviceGroups == b.deviceGroups
        && a.userDeviceBindings == b.userDeviceBindings && a.userGroupMemberships == b.userGroupMemberships
        && a.deviceGroupMemberships == b.deviceGroupMemberships && a.groupBindings == b.groupBindings
        && a.localAccounts == b.localAccounts;
}

} // namespace

class TestOrgGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameOrg();
    void differentSeedDifferentOrg();
    void countsAreExact_data();
    void countsAreExact();
    void namesAreUniqueCaseInsensitively();
    void usernamesFollowTheNamingRules();
    void displayNamesIncludeNonAscii();
    void stateAndOsMixInRange();
    void referencesResolveAndEdgesAreUnique();
    void localAccountsCoverEveryMatchKind();
    void writesToACache();
};

void TestOrgGenerator::sameSeedSameOrg()
{
    OrgGeneratorParams params;
    params.seed = 42;
    QVERIFY(sameOrg(OrgGenerator::generate(params), OrgGenerator::generate(params)));
}

void TestOrgGenerator::differentSeedDifferentOrg()
{
    OrgGeneratorParams params;
    const OrgSnapshot one = OrgGenerator::generate(params);
    params.seed = 2;
    const OrgSnapshot two = OrgGenerator::generate(params);
    QVERIFY(!sameOrg(one, two));
    QVERIFY(one.users.first().username != two.users.first().username || one.users.first().id != two.users.first().id);
}

void TestOrgGenerator::countsAreExact_data()
{
    QTest::addColumn<OrgGeneratorParams>("params");
    QTest::addColumn<int>("expectedBindings");
    QTest::newRow("defaults") << OrgGeneratorParams {} << 3000;
    QTest::newRow("small") << OrgGeneratorParams { 37, 11, 3, 2, 50, 60, 7 } << 50;
    QTest::newRow("bindings capped at users x devices") << OrgGeneratorParams { 5, 4, 2, 2, 100, 10, 3 } << 20;
    QTest::newRow("dense bindings") << OrgGeneratorParams { 30, 20, 6, 6, 500, 100, 9 } << 500;
    QTest::newRow("no devices") << OrgGeneratorParams { 10, 0, 2, 0, 10, 10, 1 } << 0;
    QTest::newRow("empty") << OrgGeneratorParams { 0, 0, 0, 0, 0, 0, 1 } << 0;
    QTest::newRow("many groups") << OrgGeneratorParams { 2000, 500, 120, 80, 5000, 3000, 5 } << 5000;
}

void TestOrgGenerator::countsAreExact()
{
    QFETCH(OrgGeneratorParams, params);
    QFETCH(int, expectedBindings);
    const OrgSnapshot org = OrgGenerator::generate(params);
    QCOMPARE(org.users.size(), params.users);
    QCOMPARE(org.devices.size(), params.devices);
    QCOMPARE(org.userGroups.size(), params.userGroups);
    QCOMPARE(org.deviceGroups.size(), params.deviceGroups);
    QCOMPARE(org.userDeviceBindings.size(), expectedBindings);
    QCOMPARE(org.localAccounts.size(), params.devices > 0 ? params.localAccounts : 0);
}

void TestOrgGenerator::namesAreUniqueCaseInsensitively()
{
    const OrgSnapshot org = OrgGenerator::generate({ 5000, 100, 10, 5, 200, 200, 11 });
    QSet<QString> accountNames; // usernames and local user account values share one namespace
    QSet<QString> emails;
    QSet<QString> ids;
    for (const User &user : org.users) {
        QVERIFY2(!accountNames.contains(user.username.toLower()), qPrintable(user.username));
        accountNames.insert(user.username.toLower());
        if (!user.systemUsername.isEmpty()) {
            QVERIFY2(!accountNames.contains(user.systemUsername.toLower()), qPrintable(user.systemUsername));
            accountNames.insert(user.systemUsername.toLower());
        }
        QVERIFY2(!emails.contains(user.email.toLower()), qPrintable(user.email));
        emails.insert(user.email.toLower());
        QVERIFY(!ids.contains(user.id));
        ids.insert(user.id);
    }
    QSet<QString> groupNames;
    for (const UserGroup &group : org.userGroups) {
        QVERIFY2(!groupNames.contains(group.name.toLower()), qPrintable(group.name));
        groupNames.insert(group.name.toLower());
    }
}

void TestOrgGenerator::usernamesFollowTheNamingRules()
{
    const OrgSnapshot org = OrgGenerator::generate({ 3000, 10, 2, 2, 10, 10, 5 });
    static const QRegularExpression rule(u"^[A-Za-z][A-Za-z0-9._-]*$"_s);
    static const QRegularExpression objectId(u"^[0-9a-f]{24}$"_s);
    int flast = 0;
    int dotted = 0;
    int underscored = 0;
    for (const User &user : org.users) {
        QVERIFY2(rule.match(user.username).hasMatch(), qPrintable(user.username));
        QVERIFY2(objectId.match(user.id).hasMatch(), qPrintable(user.id));
        if (user.username.contains(u'.'))
            ++dotted;
        else if (user.username.contains(u'_'))
            ++underscored;
        else
            ++flast;
    }
    QVERIFY(dotted > 1000);
    QVERIFY(underscored > 100);
    QVERIFY(flast > 500);
}

void TestOrgGenerator::displayNamesIncludeNonAscii()
{
    const OrgSnapshot org = OrgGenerator::generate({ 2000, 10, 2, 2, 10, 10, 1 });
    int nonAscii = 0;
    for (const User &user : org.users) {
        const QString shown = user.shownName();
        nonAscii += std::any_of(shown.cbegin(), shown.cend(), [](QChar c) { return c.unicode() > 0x7f; }) ? 1 : 0;
    }
    QVERIFY2(nonAscii > 100, qPrintable(QString::number(nonAscii)));
}

void TestOrgGenerator::stateAndOsMixInRange()
{
    const OrgSnapshot org = OrgGenerator::generate({ 10000, 4000, 10, 10, 8000, 8000, 3 });
    QHash<UserState, int> states;
    for (const User &user : org.users)
        ++states[user.state];
    QVERIFY(states[UserState::Activated] > 8000 && states[UserState::Activated] < 9000);
    QVERIFY(states[UserState::Staged] > 800 && states[UserState::Staged] < 1200);
    QVERIFY(states[UserState::Suspended] > 300 && states[UserState::Suspended] < 700);

    QHash<OsFamily, int> families;
    int active = 0;
    const QDateTime now = OrgGenerator::referenceTime();
    for (const Device &device : org.devices) {
        ++families[device.osFamily];
        active += device.active ? 1 : 0;
        QVERIFY(device.lastContact <= now && device.lastContact >= now.addDays(-90));
        QVERIFY(!device.hostname.isEmpty() && !device.serialNumber.isEmpty() && !device.osVersion.isEmpty());
    }
    QVERIFY(families[OsFamily::MacOS] > 1800 && families[OsFamily::MacOS] < 2200);
    QVERIFY(families[OsFamily::Windows] > 1200 && families[OsFamily::Windows] < 1600);
    QVERIFY(families[OsFamily::Linux] > 450 && families[OsFamily::Linux] < 750);
    QVERIFY(active > 2800 && active < 3600);
}

void TestOrgGenerator::referencesResolveAndEdgesAreUnique()
{
    const OrgSnapshot org = OrgGenerator::generate({ 2000, 600, 40, 20, 4000, 3000, 8 });
    QSet<QString> users, devices, userGroups, deviceGroups;
    for (const User &u : org.users)
        users.insert(u.id);
    for (const Device &d : org.devices)
        devices.insert(d.id);
    for (const UserGroup &g : org.userGroups)
        userGroups.insert(g.id);
    for (const DeviceGroup &g : org.deviceGroups)
        deviceGroups.insert(g.id);
    QSet<QString> edges;
    for (const UserDeviceBinding &b : org.userDeviceBindings) {
        QVERIFY(users.contains(b.userId) && devices.contains(b.deviceId));
        QVERIFY(!b.sudoWithoutPassword || b.sudoEnabled);
        edges.insert(b.userId + b.deviceId);
    }
    QCOMPARE(edges.size(), org.userDeviceBindings.size());
    edges.clear();
    for (const UserGroupMembership &m : org.userGroupMemberships) {
        QVERIFY(userGroups.contains(m.groupId) && users.contains(m.userId));
        edges.insert(m.groupId + m.userId);
    }
    QCOMPARE(edges.size(), org.userGroupMemberships.size());
    edges.clear();
    for (const DeviceGroupMembership &m : org.deviceGroupMemberships) {
        QVERIFY(deviceGroups.contains(m.groupId) && devices.contains(m.deviceId));
        edges.insert(m.groupId + m.deviceId);
    }
    QCOMPARE(edges.size(), org.deviceGroupMemberships.size());
    QVERIFY(!org.groupBindings.isEmpty());
    for (const GroupBinding &b : org.groupBindings)
        QVERIFY(userGroups.contains(b.userGroupId) && deviceGroups.contains(b.deviceGroupId));
    for (const User &u : org.users)
        QVERIFY(u.managerId.isEmpty() || users.contains(u.managerId));
}

void TestOrgGenerator::localAccountsCoverEveryMatchKind()
{
    const OrgSnapshot org = OrgGenerator::generate({});
    QHash<QString, QString> localNames; // exact effective local name → user id
    QHash<QString, QString> lowerNames;
    for (const User &user : org.users) {
        localNames.insert(user.effectiveLocalAccountName(), user.id);
        lowerNames.insert(user.effectiveLocalAccountName().toLower(), user.id);
    }
    QSet<QString> bound;
    for (const UserDeviceBinding &b : org.userDeviceBindings)
        bound.insert(b.userId + u'/' + b.deviceId);

    int managedExact = 0, unboundExact = 0, caseOnly = 0, noMatch = 0, service = 0, similar = 0;
    QSet<QString> perDevice;
    for (const LocalAccount &account : org.localAccounts) {
        const QString key = account.deviceId + u'/' + account.username.toLower();
        QVERIFY2(!perDevice.contains(key), qPrintable(key)); // one account per name and device
        perDevice.insert(key);
        if (!account.realUser) {
            ++service;
        } else if (localNames.contains(account.username)) {
            const bool isBound = bound.contains(localNames.value(account.username) + u'/' + account.deviceId);
            QCOMPARE(account.managed, isBound);
            ++(isBound ? managedExact : unboundExact);
        } else if (lowerNames.contains(account.username.toLower())) {
            ++caseOnly;
        } else {
            ++noMatch;
            // Near misses: the account is an initial + surname, or a prefix of someone's username.
            similar += account.username.size() > 3 && !account.username.startsWith(u"localadmin") ? 1 : 0;
        }
    }
    QVERIFY2(managedExact > 100, qPrintable(QString::number(managedExact)));
    QVERIFY2(unboundExact > 100, qPrintable(QString::number(unboundExact)));
    QVERIFY2(caseOnly > 50, qPrintable(QString::number(caseOnly)));
    QVERIFY2(noMatch > 100, qPrintable(QString::number(noMatch)));
    QVERIFY2(service > 100, qPrintable(QString::number(service)));
    QVERIFY(similar > 50);
}

void TestOrgGenerator::writesToACache()
{
    TempCache dir;
    const OrgSnapshot org = OrgGenerator::generate({ 300, 100, 10, 6, 600, 400, 4 });
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY_RESULT(cache);
    QVERIFY_RESULT(SnapshotWriter(*cache.value()).replaceSnapshot(org));
    const auto read = CacheReader(*cache.value()).snapshot();
    QVERIFY_RESULT(read);
    QCOMPARE(read.value().users.size(), org.users.size());
    QCOMPARE(read.value().localAccounts.size(), org.localAccounts.size());
    QCOMPARE(read.value().userDeviceBindings.size(), org.userDeviceBindings.size());
    QCOMPARE(read.value().groupBindings.size(), org.groupBindings.size());
}

QTEST_GUILESS_MAIN(TestOrgGenerator)
#include "test_org_generator.moc"
