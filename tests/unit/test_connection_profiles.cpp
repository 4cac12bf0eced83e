// Connection profiles: endpoint per region, the QSettings round trip, and that no key is ever
// written to the settings file.
#include "ConnectionProfile.h"
#include "ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void endpointPerRegion_data();
    void endpointPerRegion();
    void customEndpointChecks();
    void regionKeysRoundTrip();
    void roundTrip();
    void keyNeverInSettings();
    void refusesDuplicateNamesAndBadProfiles();
    void removeForgetsProfileAndLastUsed();
    void cachePathPerProfileSurvivesRename();
    void unknownRegionReadsAsCustom();
};

void TestConnectionProfiles::endpointPerRegion_data()
{
    QTest::addColumn<ConnectionProfile::Region>("region");
    QTest::addColumn<QString>("v1");
    QTest::addColumn<QString>("v2");
    QTest::newRow("US") << ConnectionProfile::Region::US << u"https://console.jumpcloud.com/api/organizations"_s
                        << u"https://console.jumpcloud.com/api/v2/usergroups"_s;
    QTest::newRow("EU") << ConnectionProfile::Region::EU << u"https://console.eu.jumpcloud.com/api/organizations"_s
                        << u"https://console.eu.jumpcloud.com/api/v2/usergroups"_s;
    QTest::newRow("India") << ConnectionProfile::Region::India
                           << u"https://console.in.jumpcloud.com/api/organizations"_s
                           << u"https://console.in.jumpcloud.com/api/v2/usergroups"_s;
}

void TestConnectionProfiles::endpointPerRegion()
{
    QFETCH(ConnectionProfile::Region, region);
    QFETCH(QString, v1);
    QFETCH(QString, v2);
    ConnectionProfile profile = ConnectionProfile::createNew();
    profile.region = region;
    profile.customUrl = u"http://127.0.0.1:1"_s; // ignored for a standard region
    const auto endpoint = profile.endpoint();
    QVERIFY(endpoint.ok());
    QCOMPARE(endpoint.value().url(ApiEndpoint::Version::V1, u"/organizations"_s).toString(), v1);
    QCOMPARE(endpoint.value().url(ApiEndpoint::Version::V2, u"/usergroups"_s).toString(), v2);
}

void TestConnectionProfiles::customEndpointChecks()
{
    ConnectionProfile profile = ConnectionProfile::createNew();
    profile.region = ConnectionProfile::Region::Custom;
    QVERIFY(!profile.endpoint().ok()); // no URL yet
    profile.customUrl = u"  http://127.0.0.1:8080/api  "_s;
    QVERIFY(profile.endpoint().ok());
    QCOMPARE(profile.endpoint().value().baseUrl().toString(), u"http://127.0.0.1:8080"_s);
    profile.customUrl = u"http://directory.example.com"_s; // plain http off loopback
    QVERIFY(!profile.endpoint().ok());
    QCOMPARE(profile.endpoint().error().code, QString::fromLatin1(ApiEndpoint::RefusedCode));
    profile.customUrl = u"https://directory.example.com"_s;
    QVERIFY(profile.endpoint().ok());
}

void TestConnectionProfiles::regionKeysRoundTrip()
{
    for (const auto region : { ConnectionProfile::Region::US, ConnectionProfile::Region::EU,
             ConnectionProfile::Region::India, ConnectionProfile::Region::Custom })
        QCOMPARE(ConnectionProfile::regionFromKey(ConnectionProfile::regionKey(region)), region);
    QVERIFY(!ConnectionProfile::regionFromKey(u"mars"_s));
    QCOMPARE(ConnectionProfile::standardRegions().size(), 3);
}

void TestConnectionProfiles::roundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    ConnectionProfile eu = ConnectionProfile::createNew();
    eu.name = u"Acme EU"_s;
    eu.region = ConnectionProfile::Region::EU;
    eu.orgId = u"5a0000000000000000000001"_s;
    eu.orgName = u"Acme GmbH"_s;
    ConnectionProfile sandbox = ConnectionProfile::createNew();
    sandbox.name = u"a sandbox"_s;
    sandbox.region = ConnectionProfile::Region::Custom;
    sandbox.customUrl = u"http://127.0.0.1:8080"_s;
    {
        ProfileStore store(file);
        QVERIFY(store.isEmpty());
        QVERIFY(store.save(eu).ok());
        QVERIFY(store.save(sandbox).ok());
        store.setLastUsedId(eu.idString());
    }
    ProfileStore reopened(file);
    const QList<ConnectionProfile> profiles = reopened.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0), sandbox); // sorted by name, case-insensitively
    QCOMPARE(profiles.at(1), eu);
    QCOMPARE(reopened.profile(eu.idString()), eu);
    QCOMPARE(reopened.lastUsedId(), eu.idString());

    eu.name = u"Acme Europe"_s; // edit in place
    QVERIFY(reopened.save(eu).ok());
    QCOMPARE(reopened.profiles().size(), 2);
    QCOMPARE(reopened.profile(eu.idString())->name, u"Acme Europe"_s);
}

void TestConnectionProfiles::keyNeverInSettings()
{
    // A profile carries no key, so nothing the store writes can hold one; the test proves it on
    // the file itself after a realistic session of saves and edits.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    const QByteArray key = "k3y-that-must-never-be-written-0123456789abcdef";
    ProfileStore store(file);
    for (int i = 0; i < 3; ++i) {
        ConnectionProfile profile = ConnectionProfile::createNew();
        profile.name = u"org %1"_s.arg(i);
        QVERIFY(store.save(profile).ok());
    }
    QFile settings(file);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll();
    QVERIFY(content.contains("[connections]"));
    QVERIFY(!content.contains(key));
    QVERIFY(!content.contains("key"));
}

void TestConnectionProfiles::refusesDuplicateNamesAndBadProfiles()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"settings.ini"_s));
    ConnectionProfile first = ConnectionProfile::createNew();
    first.name = u"Acme"_s;
    QVERIFY(store.save(first).ok());
    ConnectionProfile second = ConnectionProfile::createNew();
    second.name = u" acme "_s;
    const auto duplicate = store.save(second);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QString::fromLatin1(ProfileStore::DuplicateNameCode));

    ConnectionProfile unnamed = ConnectionProfile::createNew();
    QCOMPARE(store.save(unnamed).error().code, QString::fromLatin1(ProfileStore::InvalidCode));
    ConnectionProfile insecure = ConnectionProfile::createNew();
    insecure.name = u"insecure"_s;
    insecure.region = ConnectionProfile::Region::Custom;
    insecure.customUrl = u"http://directory.example.com"_s;
    QCOMPARE(store.save(insecure).error().code, QString::fromLatin1(ProfileStore::InvalidCode));
    QCOMPARE(store.profiles().size(), 1);
}

void TestConnectionProfiles::removeForgetsProfileAndLastUsed()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"settings.ini"_s));
    ConnectionProfile profile = ConnectionProfile::createNew();
    profile.name = u"Acme"_s;
    QVERIFY(store.save(profile).ok());
    store.setLastUsedId(profile.idString());
    QVERIFY(store.remove(profile.idString()));
    QVERIFY(store.isEmpty());
    QVERIFY(store.lastUsedId().isEmpty());
    QVERIFY(!store.remove(profile.idString()));
}

void TestConnectionProfiles::cachePathPerProfileSurvivesRename()
{
    ConnectionProfile a = ConnectionProfile::createNew();
    a.name = u"Acme"_s;
    ConnectionProfile b = ConnectionProfile::createNew();
    b.name = u"Acme"_s;
    QVERIFY(ProfileStore::cachePath(a) != ProfileStore::cachePath(b));
    const QString before = ProfileStore::cachePath(a);
    a.name = u"Acme renamed"_s;
    QCOMPARE(ProfileStore::cachePath(a), before);
    QVERIFY(before.endsWith(a.idString() + u".sqlite"_s));
}

void TestConnectionProfiles::unknownRegionReadsAsCustom()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"connections/%1/name"_s.arg(id), u"future"_s);
        settings.setValue(u"connections/%1/region"_s.arg(id), u"mars"_s);
        settings.setValue(u"connections/not-a-uuid/name"_s, u"ignored"_s);
    }
    ProfileStore store(file);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst().region, ConnectionProfile::Region::Custom);
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "test_connection_profiles.moc"
