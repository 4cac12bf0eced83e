// OrgLoader against real cache files: what the panes need, synchronously and on a worker, and
// damaged or newer files as errors with CacheDatabase's codes.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "OrgGenerator.h"
#include "OrgLoader.h"
#include "SnapshotWriter.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

OrgSnapshot smallOrg()
{
    OrgSnapshot s;
    s.settings.orgId = u"org1"_s;
    s.settings.orgName = u"Acme"_s;
    s.syncedAt = QDateTime(QDate(2025, 5, 1), QTime(9, 0), QTimeZone::utc());
    s.sourceUrl = u"https://console.example.com"_s;
    for (int i = 1; i <= 3; ++i) {
        User u;
        u.id = u"u%1"_s.arg(i);
        u.username = u"user%1"_s.arg(i);
        u.email = u"user%1@example.com"_s.arg(i);
        u.created = s.syncedAt.addDays(-i);
        s.users.append(u);
    }
    for (int i = 1; i <= 2; ++i) {
        Device d;
        d.id = u"d%1"_s.arg(i);
        d.hostname = u"host%1"_s.arg(i);
        d.osFamily = i == 1 ? OsFamily::MacOS : OsFamily::Linux;
        d.lastContact = s.syncedAt;
        s.devices.append(d);
    }
    UserGroup ug;
    ug.id = u"ug1"_s;
    ug.name = u"Engineers"_s;
    ug.sudoEnabled = true;
    s.userGroups.append(ug);
    DeviceGroup dg;
    dg.id = u"dg1"_s;
    dg.name = u"Laptops"_s;
    s.deviceGroups.append(dg);
    s.userDeviceBindings
        = { { u"u1"_s, u"d1"_s, true, false }, { u"u1"_s, u"d2"_s, false, false }, { u"u2"_s, u"d1"_s, false, false } };
    s.userGroupMemberships = { { u"ug1"_s, u"u1"_s }, { u"ug1"_s, u"u3"_s } };
    s.deviceGroupMemberships = { { u"dg1"_s, u"d1"_s } };
    s.groupBindings = { { u"ug1"_s, u"dg1"_s } };
    LocalAccount account;
    account.deviceId = u"d1"_s;
    account.username = u"user1"_s;
    s.localAccounts = { account };
    return s;
}

void writeCache(const QString &path, const OrgSnapshot &snapshot)
{
    auto cache = CacheDatabase::open(path);
    QVERIFY_RESULT(cache);
    QVERIFY_RESULT(SnapshotWriter(*cache.value()).replaceSnapshot(snapshot));
}

void checkSmallOrg(const LoadedOrg &org)
{
    const OrgSnapshot expected = smallOrg();
    QCOMPARE(org.info.settings.orgName, u"Acme"_s);
    QCOMPARE(org.info.syncedAt, expected.syncedAt);
    QCOMPARE(org.info.sourceUrl, expected.sourceUrl);
    QCOMPARE(org.users.size(), 3);
    QCOMPARE(org.users.at(0).user, expected.users.at(0));
    QCOMPARE(org.users.at(0).deviceCount, 2);
    QCOMPARE(org.users.at(0).groupCount, 1);
    QCOMPARE(org.users.at(1).deviceCount, 1);
    QCOMPARE(org.users.at(2).groupCount, 1);
    QCOMPARE(org.devices.size(), 2);
    QCOMPARE(org.devices.at(0).device, expected.devices.at(0));
    QCOMPARE(org.devices.at(0).userCount, 2);
    QCOMPARE(org.devices.at(0).localAccountCount, 1);
    QCOMPARE(org.userGroups.size(), 1);
    QCOMPARE(org.userGroups.at(0).memberCount, 2);
    QCOMPARE(org.userGroups.at(0).deviceGroupCount, 1);
    QVERIFY(org.userGroups.at(0).group.sudoEnabled);
    QCOMPARE(org.deviceGroups.size(), 1);
    QCOMPARE(org.deviceGroups.at(0).memberCount, 1);
    QCOMPARE(org.deviceGroups.at(0).userGroupCount, 1);
}

} // namespace

class TestOrgLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsWhatThePanesShow();
    void loadsOnAWorker();
    void largeOrgOnTwoConnections();
    void emptyCache();
    void errors_data();
    void errors();
    void errorsOnAWorker();
};

void TestOrgLoader::loadsWhatThePanesShow()
{
    TempCache temp;
    QVERIFY(temp.isValid());
    writeCache(temp.path(), smallOrg());
    const Result<LoadedOrg> loaded = OrgLoader::load(temp.path());
    QVERIFY_RESULT(loaded);
    checkSmallOrg(loaded.value());
}

void TestOrgLoader::loadsOnAWorker()
{
    TempCache temp;
    QVERIFY(temp.isValid());
    writeCache(temp.path(), smallOrg());
    QFuture<Result<LoadedOrg>> future = OrgLoader::loadAsync(temp.path());
    future.waitForFinished();
    const Result<LoadedOrg> loaded = future.result();
    QVERIFY_RESULT(loaded);
    checkSmallOrg(loaded.value());
    // The worker's connection is gone with it; the file can be opened again here.
    QVERIFY_RESULT(OrgLoader::load(temp.path()));
}

void TestOrgLoader::largeOrgOnTwoConnections()
{
    // Large enough for OrgLoader to read part of the users, the devices and the groups on a second
    // connection: the result must be what one connection reads, in the same order.
    OrgGeneratorParams params;
    params.users = 9000;
    params.devices = 3000;
    params.bindings = 20000;
    params.localAccounts = 9000;
    TempCache temp;
    QVERIFY(temp.isValid());
    writeCache(temp.path(), OrgGenerator::generate(params));
    const Result<LoadedOrg> loaded = OrgLoader::load(temp.path());
    QVERIFY_RESULT(loaded);

    auto cache = CacheDatabase::open(temp.path());
    QVERIFY_RESULT(cache);
    const CacheReader reader(*cache.value());
    const auto users = reader.userRows();
    const auto devices = reader.deviceRows();
    QVERIFY_RESULT(users);
    QVERIFY_RESULT(devices);
    QCOMPARE(loaded.value().users.size(), 9000);
    QVERIFY(loaded.value().users == users.value());
    QVERIFY(loaded.value().devices == devices.value());
    QVERIFY(loaded.value().userGroups == reader.userGroupRows().value());
    QVERIFY(loaded.value().deviceGroups == reader.deviceGroupRows().value());
    // Bindings and memberships were generated, so the counts the panes show are not all zero.
    QVERIFY(std::any_of(
        users.value().cbegin(), users.value().cend(), [](const UserRow &row) { return row.deviceCount > 0; }));
}

void TestOrgLoader::emptyCache()
{
    TempCache temp;
    QVERIFY(temp.isValid());
    QVERIFY_RESULT(CacheDatabase::open(temp.path()));
    const Result<LoadedOrg> loaded = OrgLoader::load(temp.path());
    QVERIFY_RESULT(loaded);
    QVERIFY(loaded.value().users.isEmpty());
    QVERIFY(!loaded.value().info.syncedAt.isValid());
}

void TestOrgLoader::errors_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("missing file") << u"missing"_s << QString::fromLatin1(CacheDatabase::Unavailable);
    QTest::newRow("random bytes") << u"random"_s << QString::fromLatin1(CacheDatabase::NotADatabase);
    QTest::newRow("newer schema") << u"newer"_s << QString::fromLatin1(CacheDatabase::NewerSchema);
}

void TestOrgLoader::errors()
{
    QFETCH(QString, damage);
    QFETCH(QString, expectedCode);

    TempCache temp;
    QVERIFY(temp.isValid());
    const QString path = temp.path();
    if (damage == "random"_L1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        file.write(bytes);
    } else if (damage == "newer"_L1) {
        writeCache(path, smallOrg());
        const QString connection = u"test-newer-schema"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    const Result<LoadedOrg> loaded = OrgLoader::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, expectedCode);
    QVERIFY(!loaded.error().detail.isEmpty());
    if (damage == "missing"_L1)
        QVERIFY(!QFile::exists(path)); // a loader never creates a cache
}

void TestOrgLoader::errorsOnAWorker()
{
    TempCache temp;
    QVERIFY(temp.isValid());
    QFile file(temp.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QFuture<Result<LoadedOrg>> future = OrgLoader::loadAsync(temp.path());
    future.waitForFinished();
    QVERIFY(!future.result().ok());
    QCOMPARE(future.result().error().code, QString::fromLatin1(CacheDatabase::NotADatabase));
}

QTEST_GUILESS_MAIN(TestOrgLoader)
#include "test_org_loader.moc"
