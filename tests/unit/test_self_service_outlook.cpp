// SelfServiceOutlook: DOMAIN.md's conditions for self-service account provisioning on one device — on for the OS,
// no user bound yet, and no takeover (an unmanaged interactive account of the person's name makes it fail).
#include "SelfServiceOutlook.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = SelfServiceOutlook::Kind;

namespace {

Device device(OsFamily os)
{
    Device d;
    d.id = u"d1"_s;
    d.osFamily = os;
    return d;
}

DeviceLocalAccount account(const QString &name, bool realUser = true, const QString &managedBy = {})
{
    DeviceLocalAccount entry;
    entry.account.deviceId = u"d1"_s;
    entry.account.username = name;
    entry.account.realUser = realUser;
    entry.account.managed = !managedBy.isEmpty();
    entry.managedByUserId = managedBy;
    return entry;
}

} // namespace

class TestSelfServiceOutlook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void unmanagedPeopleAccountsBlockTheirNames();
};

void TestSelfServiceOutlook::rules_data()
{
    QTest::addColumn<int>("os");
    QTest::addColumn<bool>("macOn");
    QTest::addColumn<bool>("windowsOn");
    QTest::addColumn<int>("boundUsers");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("admin");

    QTest::newRow("macOS on, nobody bound")
        << int(OsFamily::MacOS) << true << false << 0 << int(Kind::Available) << true;
    QTest::newRow("macOS on, a user bound")
        << int(OsFamily::MacOS) << true << false << 1 << int(Kind::BlockedByBoundUsers) << true;
    QTest::newRow("macOS off") << int(OsFamily::MacOS) << false << true << 0 << int(Kind::Off) << true;
    QTest::newRow("Windows on, nobody bound")
        << int(OsFamily::Windows) << false << true << 0 << int(Kind::Available) << false;
    QTest::newRow("Windows on, users bound")
        << int(OsFamily::Windows) << false << true << 3 << int(Kind::BlockedByBoundUsers) << false;
    QTest::newRow("Windows off") << int(OsFamily::Windows) << true << false << 0 << int(Kind::Off) << false;
    QTest::newRow("Linux never") << int(OsFamily::Linux) << true << true << 0 << int(Kind::NotSupported) << false;
    QTest::newRow("unknown OS") << int(OsFamily::Unknown) << true << true << 0 << int(Kind::NotSupported) << false;
}

void TestSelfServiceOutlook::rules()
{
    QFETCH(int, os);
    QFETCH(bool, macOn);
    QFETCH(bool, windowsOn);
    QFETCH(int, boundUsers);
    QFETCH(int, kind);
    QFETCH(bool, admin);
    SelfServiceProvisioning settings;
    settings.macEnabled = macOn;
    settings.macAdmin = true;
    settings.windowsEnabled = windowsOn;
    settings.windowsAdmin = false;
    const auto outlook = SelfServiceOutlook::evaluate(device(OsFamily(os)), settings, boundUsers, {});
    QCOMPARE(int(outlook.kind), kind);
    QCOMPARE(outlook.admin, admin);
    QCOMPARE(outlook.boundUsers, boundUsers);
}

void TestSelfServiceOutlook::unmanagedPeopleAccountsBlockTheirNames()
{
    SelfServiceProvisioning settings;
    settings.macEnabled = true;
    const auto outlook = SelfServiceOutlook::evaluate(device(OsFamily::MacOS), settings, 0,
        { account(u"zoe"_s), account(u"_spotlight"_s, false), account(u"alice"_s, true, u"u1"_s), account(u"Bob"_s) });
    QCOMPARE(outlook.kind, Kind::Available);
    // Service accounts and managed ones are no one's name to sign in with.
    QCOMPARE(outlook.blockedNames, (QStringList { u"Bob"_s, u"zoe"_s }));
}

QTEST_GUILESS_MAIN(TestSelfServiceOutlook)
#include "test_self_service_outlook.moc"
