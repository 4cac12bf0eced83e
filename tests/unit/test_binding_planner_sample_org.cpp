// BindingPlanner on the shared SampleOrg (tests/support/SampleOrg.h), through BindingPlanInputBuilder: each case the
// fixture documents gets the action and warnings the sandbox's agents and the bind dialog must agree on.
#include "BindingPlanInputBuilder.h"
#include "BindingPlanner.h"
#include "SampleOrg.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBindingPlannerSampleOrg : public QObject
{
    Q_OBJECT

private slots:
    void bind_data();
    void bind();
    void unbind_data();
    void unbind();
};

void TestBindingPlannerSampleOrg::bind_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("account"); // BindingPlan::accountName
    QTest::addColumn<QString>("related"); // BindingPlan::account(), the account a warning or block names
    QTest::addColumn<QString>("block");
    QTest::addColumn<QStringList>("warnings");

    using namespace SampleOrg;
    const auto id = [](const char *raw) { return QString::fromLatin1(raw); };
    QTest::newRow("Erin, case-only on a Mac")
        << id(Id::Erin) << id(Id::EngMac02) << u"create"_s << u"Erin"_s << u"erin"_s << QString()
        << QStringList { u"case-differs"_s, u"device-inactive"_s };
    QTest::newRow("john.doe, similar jdoe") << id(Id::JohnDoe) << id(Id::WinFin01) << u"create"_s << u"john.doe"_s
                                            << u"jdoe"_s << QString() << QStringList { u"similar-account"_s };
    // The fixture lists eng-mac-02's "grace" as an exact unmanaged match, but grace is in Engineering, bound to
    // Engineering Macs: she already reaches the device through groups (the inactive agent has not applied it yet).
    QTest::newRow("grace, through Engineering groups")
        << id(Id::Grace) << id(Id::EngMac02) << u"already-bound"_s << u"grace"_s << QString() << QString()
        << QStringList { u"bound-through-group"_s };
    QTest::newRow("alice, case-only on Linux")
        << id(Id::Alice) << id(Id::OpsLinux02) << u"create"_s << u"alice"_s << u"Alice"_s << QString()
        << QStringList { u"case-differs"_s, u"device-inactive"_s };
    QTest::newRow("dave, too long for Windows")
        << id(Id::Dave) << id(Id::WinFin01) << u"blocked"_s << u"dave.longusername.example"_s << QString()
        << u"windows-name-too-long"_s << QStringList();
    QTest::newRow("bob, staged and bound")
        << id(Id::Bob) << id(Id::WinFin01) << u"already-bound"_s << u"bob"_s << QString() << QString() << QStringList();
    QTest::newRow("alice, through Engineering groups")
        << id(Id::Alice) << id(Id::EngMac02) << u"already-bound"_s << u"alice"_s << QString() << QString()
        << QStringList { u"bound-through-group"_s };
    QTest::newRow("carol, suspended, systemUsername")
        << id(Id::Carol) << id(Id::WinLobby) << u"create"_s << u"carol.local"_s << QString() << QString()
        << QStringList { u"suspended-user"_s, u"device-inactive"_s };
    QTest::newRow("bob, staged, new account") << id(Id::Bob) << id(Id::AliceMbp) << u"create"_s << u"bob"_s << QString()
                                              << QString() << QStringList { u"staged-user"_s };
    QTest::newRow("heidi, no match on Linux") << id(Id::Heidi) << id(Id::BuildLinux01) << u"create"_s << u"heidi"_s
                                              << QString() << QString() << QStringList();
}

void TestBindingPlannerSampleOrg::bind()
{
    QFETCH(QString, userId);
    QFETCH(QString, deviceId);
    QFETCH(QString, action);
    QFETCH(QString, account);
    QFETCH(QString, related);
    QFETCH(QString, block);
    QFETCH(QStringList, warnings);

    const OrgSnapshot org = SampleOrg::make();
    const BindingPlanInputBuilder builder(org);
    BindingSelection selection;
    selection.userIds = { userId };
    selection.deviceIds = { deviceId };
    const Result<BindingPlanInput> input = builder.build(selection);
    QVERIFY(input.ok());
    const BindingPlan plan = BindingPlanner(input.value()).plan();
    QCOMPARE(plan.size(), 1);
    const BindingPlanPair &pair = plan.at(0);
    QCOMPARE(bindingActionCode(pair.action), action);
    QCOMPARE(plan.accountName(pair), account);
    const LocalAccount *other = plan.account(pair);
    QCOMPARE(other ? other->username : QString(), related);
    QCOMPARE(bindingBlockReasonCode(pair.blockReason), block);
    QCOMPARE(pair.warnings.codes(), warnings);
}

void TestBindingPlannerSampleOrg::unbind_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<int>("remaining");

    using namespace SampleOrg;
    const auto id = [](const char *raw) { return QString::fromLatin1(raw); };
    QTest::newRow("ivan, the only user of ops-linux-02")
        << id(Id::Ivan) << id(Id::OpsLinux02) << u"unbind"_s << QStringList { u"last-user"_s } << 0;
    QTest::newRow("heidi, bob stays on WIN-FIN-01")
        << id(Id::Heidi) << id(Id::WinFin01) << u"unbind"_s << QStringList() << 1;
    QTest::newRow("alice, not bound to eng-mac-02 directly")
        << id(Id::Alice) << id(Id::EngMac02) << u"not-bound"_s << QStringList { u"group-access-remains"_s } << 5;
}

void TestBindingPlannerSampleOrg::unbind()
{
    QFETCH(QString, userId);
    QFETCH(QString, deviceId);
    QFETCH(QString, action);
    QFETCH(QStringList, warnings);
    QFETCH(int, remaining);

    const OrgSnapshot org = SampleOrg::make();
    BindingSelection selection;
    selection.userIds = { userId };
    selection.deviceIds = { deviceId };
    const Result<BindingPlanInput> input = BindingPlanInputBuilder(org).build(selection);
    QVERIFY(input.ok());
    const BindingPlan plan = BindingPlanner(input.value()).planUnbind();
    QCOMPARE(bindingActionCode(plan.at(0).action), action);
    QCOMPARE(plan.at(0).warnings.codes(), warnings);
    QCOMPARE(plan.remainingUsers(0), remaining);
}

QTEST_GUILESS_MAIN(TestBindingPlannerSampleOrg)
#include "test_binding_planner_sample_org.moc"
