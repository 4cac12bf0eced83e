// BindingPlanner at the plan level: unbind with last-user, large fan-out threshold edges, summary counts, the text
// layer, and BindingPlanInputBuilder expanding groups from an OrgSnapshot.
#include "BindingPlanInputBuilder.h"
#include "BindingPlanText.h"
#include "BindingPlanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

User makeUser(const QString &id, const QString &username = {})
{
    User user;
    user.id = id;
    user.username = username.isEmpty() ? id : username;
    return user;
}

Device makeDevice(const QString &id, OsFamily os = OsFamily::Linux)
{
    Device device;
    device.id = id;
    device.hostname = id;
    device.osFamily = os;
    device.active = true;
    return device;
}

LocalAccount makeAccount(const QString &deviceId, const QString &name)
{
    LocalAccount account;
    account.deviceId = deviceId;
    account.username = name;
    return account;
}

UserDeviceBinding edge(const QString &userId, const QString &deviceId)
{
    return UserDeviceBinding { userId, deviceId, false, false };
}

} // namespace

class TestBindingPlannerPlan : public QObject
{
    Q_OBJECT

private slots:
    void unbindLastUser_data();
    void unbindLastUser();
    void largeFanout_data();
    void largeFanout();
    void summaryCounts();
    void planPairsKeepsOrder();
    void textUsesCodesData();
    void builderExpandsGroups();
    void builderResolvesOwnersAndErrors();
};

void TestBindingPlannerPlan::unbindLastUser_data()
{
    QTest::addColumn<QStringList>("unbindUsers"); // users of the plan, unbound from d1
    QTest::addColumn<QStringList>("directUsers"); // all direct bindings of d1
    QTest::addColumn<QStringList>("groupUsers"); // users reaching d1 through groups
    QTest::addColumn<QStringList>("actions"); // per unbound user
    QTest::addColumn<QStringList>("warnings"); // per unbound user, codes joined by '+'
    QTest::addColumn<int>("remaining");

    QTest::newRow("only user") << QStringList { u"u1"_s } << QStringList { u"u1"_s } << QStringList()
                               << QStringList { u"unbind"_s } << QStringList { u"last-user"_s } << 0;
    QTest::newRow("another user stays") << QStringList { u"u1"_s } << QStringList { u"u1"_s, u"u2"_s } << QStringList()
                                        << QStringList { u"unbind"_s } << QStringList { QString() } << 1;
    QTest::newRow("both unbound together")
        << QStringList { u"u1"_s, u"u2"_s } << QStringList { u"u1"_s, u"u2"_s } << QStringList()
        << QStringList { u"unbind"_s, u"unbind"_s } << QStringList { u"last-user"_s, u"last-user"_s } << 0;
    QTest::newRow("two of three") << QStringList { u"u1"_s, u"u2"_s } << QStringList { u"u1"_s, u"u2"_s, u"u3"_s }
                                  << QStringList() << QStringList { u"unbind"_s, u"unbind"_s }
                                  << QStringList { QString(), QString() } << 1;
    QTest::newRow("group user stays") << QStringList { u"u1"_s } << QStringList { u"u1"_s } << QStringList { u"u9"_s }
                                      << QStringList { u"unbind"_s } << QStringList { QString() } << 1;
    QTest::newRow("own group access stays")
        << QStringList { u"u1"_s } << QStringList { u"u1"_s } << QStringList { u"u1"_s } << QStringList { u"unbind"_s }
        << QStringList { u"group-access-remains"_s } << 1;
    QTest::newRow("not bound") << QStringList { u"u1"_s } << QStringList { u"u2"_s } << QStringList()
                               << QStringList { u"not-bound"_s } << QStringList { QString() } << 1;
    QTest::newRow("not bound, group only")
        << QStringList { u"u1"_s } << QStringList() << QStringList { u"u1"_s } << QStringList { u"not-bound"_s }
        << QStringList { u"group-access-remains"_s } << 1;
    QTest::newRow("nobody bound") << QStringList { u"u1"_s } << QStringList() << QStringList()
                                  << QStringList { u"not-bound"_s } << QStringList { QString() } << 0;
}

void TestBindingPlannerPlan::unbindLastUser()
{
    QFETCH(QStringList, unbindUsers);
    QFETCH(QStringList, directUsers);
    QFETCH(QStringList, groupUsers);
    QFETCH(QStringList, actions);
    QFETCH(QStringList, warnings);
    QFETCH(int, remaining);

    for (const OsFamily os : { OsFamily::MacOS, OsFamily::Windows, OsFamily::Linux }) {
        BindingPlanInput input;
        for (const QString &id : unbindUsers)
            input.users.append(makeUser(id));
        input.devices = { makeDevice(u"d1"_s, os) };
        for (const QString &id : directUsers)
            input.bindings.append(edge(id, u"d1"_s));
        for (const QString &id : groupUsers)
            input.groupAccess.append(edge(id, u"d1"_s));
        const BindingPlan plan = BindingPlanner(input).planUnbind();
        QCOMPARE(plan.size(), unbindUsers.size());
        for (qsizetype i = 0; i < plan.size(); ++i) {
            QCOMPARE(bindingActionCode(plan.at(i).action), actions.at(i));
            QCOMPARE(plan.at(i).warnings.codes().join(u'+'), warnings.at(i));
        }
        QCOMPARE(plan.remainingUsers(0), remaining);
        QCOMPARE(plan.summary().count(BindingWarning::LastUser), warnings.count(u"last-user"_s));
    }
}

void TestBindingPlannerPlan::largeFanout_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("warned");

    QTest::newRow("500 pairs, default threshold") << 25 << 20 << BindingPlanner::DefaultLargeFanoutThreshold << false;
    QTest::newRow("501 pairs, default threshold") << 501 << 1 << BindingPlanner::DefaultLargeFanoutThreshold << true;
    QTest::newRow("504 pairs, default threshold") << 24 << 21 << BindingPlanner::DefaultLargeFanoutThreshold << true;
    QTest::newRow("10 pairs, threshold 10") << 5 << 2 << 10 << false;
    QTest::newRow("11 pairs, threshold 10") << 11 << 1 << 10 << true;
    QTest::newRow("1 pair, threshold 0") << 1 << 1 << 0 << true;
    QTest::newRow("no pairs, threshold 0") << 0 << 3 << 0 << false;
}

void TestBindingPlannerPlan::largeFanout()
{
    QFETCH(int, users);
    QFETCH(int, devices);
    QFETCH(int, threshold);
    QFETCH(bool, warned);

    BindingPlanInput input;
    for (int u = 0; u < users; ++u)
        input.users.append(makeUser(u"user%1"_s.arg(u)));
    for (int d = 0; d < devices; ++d)
        input.devices.append(makeDevice(u"d%1"_s.arg(d)));
    const BindingPlan plan = BindingPlanner(input, threshold).plan();
    QCOMPARE(plan.size(), qsizetype(users) * devices);
    QCOMPARE(plan.planWarnings().has(BindingWarning::LargeFanout), warned);
    QCOMPARE(plan.summary().count(BindingWarning::LargeFanout), warned ? 1 : 0);
    for (const BindingPlanPair &pair : plan.pairs())
        QVERIFY(!pair.warnings.has(BindingWarning::LargeFanout)); // on the plan, never per pair
}

void TestBindingPlannerPlan::summaryCounts()
{
    // 3 new accounts, 2 takeovers (one on macOS), 1 blocked, 4 already bound; one similar, one case-differs.
    BindingPlanInput input;
    input.users = { makeUser(u"u1"_s, u"alice"_s), makeUser(u"u2"_s, u"bob"_s) };
    input.users[1].state = UserState::Staged;
    input.devices = { makeDevice(u"mac"_s, OsFamily::MacOS), makeDevice(u"win"_s, OsFamily::Windows),
        makeDevice(u"lin"_s, OsFamily::Linux), makeDevice(u"lin2"_s, OsFamily::Linux),
        makeDevice(u"lin3"_s, OsFamily::Linux) };
    input.localAccounts = { makeAccount(u"mac"_s, u"alice"_s), makeAccount(u"win"_s, u"ALICE"_s),
        makeAccount(u"lin"_s, u"Alice"_s), makeAccount(u"lin"_s, u"bobb"_s), makeAccount(u"lin2"_s, u"bob"_s) };
    input.localAccounts[4].managed = true;
    input.localAccountOwnerIds = { {}, {}, {}, {}, u"u9"_s };
    input.bindings
        = { edge(u"u1"_s, u"lin2"_s), edge(u"u1"_s, u"lin3"_s), edge(u"u2"_s, u"mac"_s), edge(u"u2"_s, u"win"_s) };
    const BindingPlan plan = BindingPlanner(input).plan();
    const BindingPlanSummary &summary = plan.summary();
    QCOMPARE(summary.pairs, 10);
    QCOMPARE(summary.count(BindingAction::Create), 1 + 2); // alice@lin (case-differs), bob@lin (similar), bob@lin3
    QCOMPARE(summary.count(BindingAction::Takeover), 2);
    QCOMPARE(summary.count(BindingAction::Blocked), 1);
    QCOMPARE(summary.count(BindingAction::AlreadyBound), 4);
    QCOMPARE(summary.count(BindingWarning::TakeoverSignsOut), 2);
    QCOMPARE(summary.count(BindingWarning::MacosRelogin), 1);
    QCOMPARE(summary.count(BindingWarning::CaseDiffers), 1);
    QCOMPARE(summary.count(BindingWarning::SimilarAccount), 1);
    QCOMPARE(summary.count(BindingWarning::StagedUser), 2); // bob's two creates; not the blocked or bound pairs
    QCOMPARE(BindingPlanText::summaryLine(summary), u"3 new accounts, 2 takeovers, 1 blocked, 4 already bound"_s);
    QCOMPARE(BindingPlanText::summaryLine(BindingPlanSummary {}), u"Nothing to do"_s);
    QVERIFY(BindingPlanText::warningSummaryLine(summary).contains(u"2 sign-outs from apps"_s));
}

void TestBindingPlannerPlan::planPairsKeepsOrder()
{
    BindingPlanInput input;
    input.users = { makeUser(u"u1"_s), makeUser(u"u2"_s) };
    input.devices = { makeDevice(u"d1"_s), makeDevice(u"d2"_s) };
    const BindingPlanner planner(input);
    const BindingPlan plan = planner.planPairs({ { 1, 0 }, { 0, 1 } });
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).userIndex, 1);
    QCOMPARE(plan.at(0).deviceIndex, 0);
    QCOMPARE(plan.at(1), planner.planPair(0, 1));
    const BindingPlan all = planner.plan();
    QCOMPARE(all.at(1).userIndex, 0); // users outer, devices inner
    QCOMPARE(all.at(1).deviceIndex, 1);
}

void TestBindingPlannerPlan::textUsesCodesData()
{
    BindingPlanInput input;
    input.users = { makeUser(u"u1"_s, u"jdoe"_s) };
    input.devices = { makeDevice(u"mac-1"_s, OsFamily::MacOS) };
    input.localAccounts = { makeAccount(u"mac-1"_s, u"JDoe"_s) };
    const BindingPlan plan = BindingPlanner(input).plan();
    const BindingPlanPair &pair = plan.at(0);
    QCOMPARE(pair.action, BindingAction::Create);
    const QString message = BindingPlanText::warningMessage(plan, pair, BindingWarning::CaseDiffers);
    QVERIFY2(message.contains(u"“JDoe”"_s) && message.contains(u"“jdoe”"_s) && message.contains(u"mac-1"_s),
        qPrintable(message));
    QCOMPARE(BindingPlanText::warningMessages(plan, pair).size(), 1);
    QVERIFY(BindingPlanText::pairDescription(plan, pair).contains(u"“jdoe”"_s));
    QCOMPARE(BindingPlanText::actionLabel(BindingAction::Takeover), u"Take over"_s);
}

void TestBindingPlannerPlan::builderExpandsGroups()
{
    OrgSnapshot org;
    org.users = { makeUser(u"u1"_s, u"alice"_s), makeUser(u"u2"_s, u"bob"_s), makeUser(u"u3"_s, u"carol"_s) };
    org.devices = { makeDevice(u"d1"_s), makeDevice(u"d2"_s), makeDevice(u"d3"_s) };
    org.userGroups = { UserGroup { u"ug"_s, u"Engineers"_s, {}, {}, false, false, false, {}, {} },
        UserGroup { u"ug2"_s, u"Old"_s, {}, {}, false, false, false, {}, {} } };
    org.deviceGroups = { DeviceGroup { u"dg"_s, u"Lab"_s, {}, {} } };
    org.userGroupMemberships = { { u"ug"_s, u"u2"_s }, { u"ug"_s, u"u1"_s }, { u"ug2"_s, u"u3"_s } };
    org.deviceGroupMemberships = { { u"dg"_s, u"d2"_s }, { u"dg"_s, u"d3"_s } };
    org.groupBindings = { { u"ug2"_s, u"dg"_s } }; // carol reaches d2 and d3 through groups
    org.userDeviceBindings = { edge(u"u3"_s, u"d1"_s) };
    org.localAccounts = { makeAccount(u"d2"_s, u"alice"_s), makeAccount(u"d9"_s, u"alice"_s) };

    const BindingPlanInputBuilder builder(org);
    BindingSelection selection;
    selection.userIds = { u"u1"_s };
    selection.userGroupIds = { u"ug"_s };
    selection.deviceIds = { u"d1"_s };
    selection.deviceGroupIds = { u"dg"_s };
    const Result<BindingPlanInput> input = builder.build(selection);
    QVERIFY(input.ok());
    QStringList users, devices;
    for (const User &user : input.value().users)
        users.append(user.id);
    for (const Device &device : input.value().devices)
        devices.append(device.id);
    QCOMPARE(users, (QStringList { u"u1"_s, u"u2"_s })); // direct first, then members; no duplicates
    QCOMPARE(devices, (QStringList { u"d1"_s, u"d2"_s, u"d3"_s }));
    QCOMPARE(input.value().localAccounts.size(), 1); // only the chosen devices' accounts
    QCOMPARE(input.value().bindings.size(), 1); // carol's d1 binding, although carol is not in the plan
    QCOMPARE(input.value().groupAccess.size(), 2);
    QCOMPARE(builder.groupDerivedUserIds(u"d3"_s), QStringList { u"u3"_s });

    const BindingPlan plan = BindingPlanner(input.value()).plan();
    QCOMPARE(plan.size(), 6);
    QCOMPARE(plan.at(1).action, BindingAction::Takeover); // alice on d2
    QCOMPARE(BindingPlanText::summaryLine(plan.summary()), u"5 new accounts, 1 takeover"_s);

    QCOMPARE(builder.findUserId(u"BOB"_s), u"u2"_s);
    QCOMPARE(builder.findUserId(u"u3"_s), u"u3"_s);
    QCOMPARE(builder.findUserId(u"nobody"_s), QString());
    QCOMPARE(builder.findDeviceIds(u"D2"_s), QStringList { u"d2"_s });
}

void TestBindingPlannerPlan::builderResolvesOwnersAndErrors()
{
    OrgSnapshot org;
    org.users = { makeUser(u"u1"_s, u"jdoe"_s), makeUser(u"u2"_s, u"bob"_s) };
    org.users[1].systemUsername = u"jdoe"_s; // breaks uniqueness on purpose: the bound user owns the account
    org.devices = { makeDevice(u"d1"_s) };
    org.localAccounts = { makeAccount(u"d1"_s, u"jdoe"_s) };
    org.localAccounts[0].managed = true;
    org.userDeviceBindings = { edge(u"u2"_s, u"d1"_s) };
    const BindingPlanInputBuilder builder(org);

    BindingSelection selection;
    selection.userIds = { u"u1"_s };
    selection.deviceIds = { u"d1"_s };
    const Result<BindingPlanInput> input = builder.build(selection);
    QVERIFY(input.ok());
    QCOMPARE(input.value().localAccountOwnerIds, QStringList { u"u2"_s });
    const BindingPlan plan = BindingPlanner(input.value()).plan();
    QCOMPARE(plan.at(0).blockReason, BindingBlockReason::AccountOwnedByOtherUser);
    QVERIFY(BindingPlanText::blockMessage(plan, plan.at(0)).contains(u"“jdoe”"_s));

    BindingSelection extra = selection;
    extra.userIds.clear();
    extra.extraUsers = { makeUser(QString(), u"newbie"_s) }; // a CSV row not in the directory yet
    QCOMPARE(BindingPlanner(builder.build(extra).value()).plan().at(0).action, BindingAction::Create);

    for (const auto &[field, code] : { std::pair { 0, u"unknown-user"_s }, std::pair { 1, u"unknown-device"_s },
             std::pair { 2, u"unknown-user-group"_s }, std::pair { 3, u"unknown-device-group"_s } }) {
        BindingSelection bad;
        (field == 0          ? bad.userIds
                : field == 1 ? bad.deviceIds
                : field == 2 ? bad.userGroupIds
                             : bad.deviceGroupIds)
            .append(u"zz"_s);
        const Result<BindingPlanInput> result = builder.build(bad);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().detail, u"zz"_s);
    }
}

QTEST_GUILESS_MAIN(TestBindingPlannerPlan)
#include "test_binding_planner_plan.moc"
