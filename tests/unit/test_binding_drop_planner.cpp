// What a drop plans against the cache and what confirming it appends to the outbox (BindingDropPlanner), with the
// outbox's waiting changes counted (PendingBindingOverlay), and what each local account of a device would become
// (LocalAccountOutlook, and its reader over a cache). On SampleOrg plus a few takeover accounts (BindingTestOrg).
#include "BindingDropPlanner.h"
#include "BindingTestOrg.h"
#include "ChangeKind.h"
#include "DetailsReader.h"
#include "LocalAccountOutlookReader.h"
#include "OutboxChangeFactory.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
namespace Id = SampleOrg::Id;

namespace {

QString id(const char *value)
{
    return QString::fromLatin1(value);
}

ObjectDropRequest request(ObjectKind sourceKind, const QList<const char *> &ids, const QStringList &names,
    ObjectKind targetKind, const char *targetId, const QString &targetName)
{
    DraggedObjects source { sourceKind, {}, names };
    for (const char *i : ids)
        source.ids.append(id(i));
    const auto made = ObjectDropRequest::make(source, targetKind, id(targetId), targetName);
    return made ? *made : ObjectDropRequest {};
}

// "username → device: action" per pair, to compare whole plans at a glance.
QStringList describe(const BindingPlan &plan)
{
    QStringList lines;
    for (const BindingPlanPair &pair : plan.pairs()) {
        lines.append(
            u"%1 → %2: %3"_s.arg(plan.user(pair).username, plan.device(pair).hostname, bindingActionCode(pair.action)));
    }
    return lines;
}

OutboxRow pending(OutboxRow row, OutboxRow::State state = OutboxRow::State::Pending)
{
    row.state = state;
    return row;
}

DeviceLocalAccount entry(const Device &device, const QString &name, const QString &managedBy = {})
{
    DeviceLocalAccount e;
    e.account.deviceId = device.id;
    e.account.username = name;
    e.managedByUserId = managedBy;
    e.managedByUsername = managedBy.isEmpty() ? QString() : name;
    return e;
}

} // namespace

class TestBindingDropPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usersOntoADeviceSendOnlyWhatCreatesOrTakesOver();
    void usersOntoADeviceGroupPlanEveryMember();
    void aUserGroupOntoADeviceBindsItsMembers();
    void aUserGroupOntoADeviceGroupIsOneGroupBinding();
    void anExistingGroupBindingSendsNothing();
    void usersIntoAUserGroupAddOnlyNewMembers();
    void aUserGroupIntoAUserGroupAddsItsMembers();
    void devicesIntoADeviceGroupPlanTheGroupsUsers();
    void waitingBindingsCountAsDone();
    void waitingMembershipsCountAsDone();
    void unbindPlansLastUserAndRemovesDirectEdgesOnly();
    void unknownObjectsAndImpossibleDropsAreErrors();
    void outlookFollowsThePlannersRulesPerOs();
    void outlookReaderReadsCandidatesFromTheCache();

private:
    std::unique_ptr<BindingDropPlanner> m_planner;
    TempCache m_temp;
};

void TestBindingDropPlanner::initTestCase()
{
    m_planner = std::make_unique<BindingDropPlanner>(BindingTestOrg::make());
}

void TestBindingDropPlanner::usersOntoADeviceSendOnlyWhatCreatesOrTakesOver()
{
    const auto drop = request(ObjectKind::User, { Id::JohnDoe, Id::Erin, Id::Dave, Id::Heidi },
        { u"john.doe"_s, u"Erin"_s, u"dave.longusername.example"_s, u"heidi"_s }, ObjectKind::Device, Id::WinFin01,
        u"Finance Desktop"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(plan.value().operation, BindingDropPlan::Operation::BindToDevices);
    QCOMPARE(describe(plan.value().plan),
        (QStringList { u"john.doe → WIN-FIN-01: create"_s, u"Erin → WIN-FIN-01: create"_s,
            u"dave.longusername.example → WIN-FIN-01: blocked"_s, u"heidi → WIN-FIN-01: already-bound"_s }));
    QCOMPARE(plan.value().sendCount(), 2);

    const QList<OutboxRow> rows = BindingDropPlanner::changes(plan.value(), { true, true }, u"batch-1"_s);
    QCOMPARE(rows.size(), 2);
    for (const OutboxRow &row : rows) {
        QCOMPARE(row.kind, ChangeKind::BindingAdd);
        QCOMPARE(row.batchId, u"batch-1"_s);
        QCOMPARE(row.state, OutboxRow::State::Pending);
        QCOMPARE(row.payload.value("deviceId"_L1).toString(), id(Id::WinFin01));
        QCOMPARE(row.payload.value("sudo"_L1).toBool(), true);
        QCOMPARE(row.payload.value("sudoWithoutPassword"_L1).toBool(), true);
    }
    QCOMPARE(rows.at(0).payload.value("userId"_L1).toString(), id(Id::JohnDoe));
    QCOMPARE(rows.at(1).payload.value("userId"_L1).toString(), id(Id::Erin));
    QCOMPARE(rows.at(1).summary, u"Bind Erin to Finance Desktop as administrator"_s);

    // Passwordless sudo only ever comes with sudo.
    const QList<OutboxRow> plain = BindingDropPlanner::changes(plan.value(), { false, true }, u"batch-2"_s);
    QCOMPARE(plain.at(0).payload.value("sudo"_L1).toBool(), false);
    QCOMPARE(plain.at(0).payload.value("sudoWithoutPassword"_L1).toBool(), false);
}

void TestBindingDropPlanner::usersOntoADeviceGroupPlanEveryMember()
{
    const auto drop = request(
        ObjectKind::User, { Id::Judy }, { u"judy"_s }, ObjectKind::DeviceGroup, Id::WindowsFleet, u"Windows Fleet"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(describe(plan.value().plan),
        (QStringList {
            u"judy → WIN-FIN-01: create"_s, u"judy → WIN-SUP-07: create"_s, u"judy → WIN-LOBBY: takeover"_s }));
    const QList<OutboxRow> rows = BindingDropPlanner::changes(plan.value(), {}, u"b"_s);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).payload.value("deviceId"_L1).toString(), id(Id::WinLobby));
}

void TestBindingDropPlanner::aUserGroupOntoADeviceBindsItsMembers()
{
    const auto drop = request(ObjectKind::UserGroup, { Id::FinanceGroup }, { u"Finance"_s }, ObjectKind::Device,
        Id::WinFin01, u"Finance Desktop"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(describe(plan.value().plan),
        (QStringList { u"john.doe → WIN-FIN-01: create"_s, u"heidi → WIN-FIN-01: already-bound"_s,
            u"mallory → WIN-FIN-01: create"_s }));
    const QList<OutboxRow> rows = BindingDropPlanner::changes(plan.value(), {}, u"b"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).kind, ChangeKind::BindingAdd);
    QCOMPARE(rows.at(1).payload.value("userId"_L1).toString(), id(Id::Mallory));
}

void TestBindingDropPlanner::aUserGroupOntoADeviceGroupIsOneGroupBinding()
{
    const auto drop = request(ObjectKind::UserGroup, { Id::FinanceGroup }, { u"Finance"_s }, ObjectKind::DeviceGroup,
        Id::WindowsFleet, u"Windows Fleet"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(plan.value().operation, BindingDropPlan::Operation::BindGroups);
    QCOMPARE(plan.value().plan.size(), 9); // 3 members × 3 devices
    QCOMPARE(plan.value().newNames, QStringList { u"Finance"_s });
    QCOMPARE(plan.value().sendCount(), 1);
    const QList<OutboxRow> rows = BindingDropPlanner::changes(plan.value(), { true, false }, u"b"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, ChangeKind::GroupBindingAdd);
    QCOMPARE(rows.at(0).payload.value("userGroupId"_L1).toString(), id(Id::FinanceGroup));
    QCOMPARE(rows.at(0).payload.value("deviceGroupId"_L1).toString(), id(Id::WindowsFleet));
    QVERIFY(!rows.at(0).payload.contains("sudo"_L1)); // a group binding's admin rights are the group's setting
}

void TestBindingDropPlanner::anExistingGroupBindingSendsNothing()
{
    const auto drop = request(ObjectKind::UserGroup, { Id::EngineeringGroup }, { u"Engineering"_s },
        ObjectKind::DeviceGroup, Id::EngineeringMacs, u"Engineering Macs"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(plan.value().existingNames, QStringList { u"Engineering"_s });
    QCOMPARE(plan.value().sendCount(), 0);
    QVERIFY(BindingDropPlanner::changes(plan.value(), {}, u"b"_s).isEmpty());
    QCOMPARE(plan.value().plan.summary().count(BindingAction::AlreadyBound), plan.value().plan.size());
}

void TestBindingDropPlanner::usersIntoAUserGroupAddOnlyNewMembers()
{
    const auto drop = request(ObjectKind::User, { Id::Judy, Id::Alice }, { u"judy"_s, u"alice"_s },
        ObjectKind::UserGroup, Id::EngineeringGroup, u"Engineering"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(plan.value().operation, BindingDropPlan::Operation::AddUsersToGroup);
    QCOMPARE(plan.value().newNames, QStringList { u"judy"_s });
    QCOMPARE(plan.value().existingNames, QStringList { u"alice"_s });
    QCOMPARE(plan.value().viaGroupNames, QStringList { u"Engineering Macs"_s });
    // What the membership gives: judy on every Engineering Mac.
    QCOMPARE(describe(plan.value().plan),
        (QStringList { u"judy → alice-mbp: create"_s, u"judy → eng-mac-02: create"_s, u"judy → zoe-mba: create"_s }));
    const QList<OutboxRow> rows = BindingDropPlanner::changes(plan.value(), { true, true }, u"b"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, ChangeKind::UserGroupAddMember);
    QCOMPARE(rows.at(0).payload.value("groupId"_L1).toString(), id(Id::EngineeringGroup));
    QCOMPARE(rows.at(0).payload.value("userId"_L1).toString(), id(Id::Judy));
}

void TestBindingDropPlanner::aUserGroupIntoAUserGroupAddsItsMembers()
{
    const auto drop = request(ObjectKind::UserGroup, { Id::FinanceGroup }, { u"Finance"_s }, ObjectKind::UserGroup,
        Id::AllStaffGroup, u"All Staff"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(plan.value().newNames, QStringList { u"mallory"_s });
    QCOMPARE(plan.value().existingNames, (QStringList { u"john.doe"_s, u"heidi"_s }));
    QVERIFY(plan.value().viaGroupNames.isEmpty()); // All Staff is bound to no device group
    QCOMPARE(plan.value().plan.size(), 0);
    QCOMPARE(BindingDropPlanner::changes(plan.value(), {}, u"b"_s).size(), 1);
}

void TestBindingDropPlanner::devicesIntoADeviceGroupPlanTheGroupsUsers()
{
    const auto drop
        = request(ObjectKind::Device, { Id::OpsLinux02, Id::AliceMbp }, { u"Ops Box"_s, u"Alice's MacBook Pro"_s },
            ObjectKind::DeviceGroup, Id::EngineeringMacs, u"Engineering Macs"_s);
    const auto plan = m_planner->plan(drop, {});
    QVERIFY_RESULT(plan);
    QCOMPARE(plan.value().newNames, QStringList { u"Ops Box"_s });
    QCOMPARE(plan.value().existingNames, QStringList { u"Alice's MacBook Pro"_s });
    QCOMPARE(plan.value().viaGroupNames, QStringList { u"Engineering"_s });
    // Engineering's members on ops-linux-02: ivan is bound there already, alice's "Alice" differs in case.
    const QStringList lines = describe(plan.value().plan);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.contains(u"ivan → ops-linux-02: already-bound"_s));
    QVERIFY(lines.contains(u"alice → ops-linux-02: create"_s));
    const QList<OutboxRow> rows = BindingDropPlanner::changes(plan.value(), {}, u"b"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, ChangeKind::DeviceGroupAddMember);
    QCOMPARE(rows.at(0).payload.value("deviceId"_L1).toString(), id(Id::OpsLinux02));
}

void TestBindingDropPlanner::waitingBindingsCountAsDone()
{
    const auto drop = request(
        ObjectKind::User, { Id::Judy }, { u"judy"_s }, ObjectKind::Device, Id::WinFin01, u"Finance Desktop"_s);
    const OutboxChangeFactory factory(u"earlier"_s);
    const OutboxRow waiting
        = factory.bindUserToDevice(id(Id::Judy), u"judy"_s, id(Id::WinFin01), u"Finance Desktop"_s, false, false);
    for (const auto state : { OutboxRow::State::Pending, OutboxRow::State::Pushing, OutboxRow::State::Done }) {
        const auto plan = m_planner->plan(drop, { pending(waiting, state) });
        QVERIFY_RESULT(plan);
        QCOMPARE(describe(plan.value().plan), QStringList { u"judy → WIN-FIN-01: already-bound"_s });
    }
    const auto failed = m_planner->plan(drop, { pending(waiting, OutboxRow::State::Failed) });
    QCOMPARE(describe(failed.value().plan), QStringList { u"judy → WIN-FIN-01: create"_s });

    // A waiting unbind of heidi from WIN-FIN-01 makes a new bind of heidi a create again.
    const auto heidi = request(
        ObjectKind::User, { Id::Heidi }, { u"heidi"_s }, ObjectKind::Device, Id::WinFin01, u"Finance Desktop"_s);
    const auto unbound = m_planner->plan(
        heidi, { factory.unbindUserFromDevice(id(Id::Heidi), u"heidi"_s, id(Id::WinFin01), u"Finance Desktop"_s) });
    QCOMPARE(bindingActionCode(unbound.value().plan.at(0).action), u"takeover"_s); // heidi's own account
}

void TestBindingDropPlanner::waitingMembershipsCountAsDone()
{
    const OutboxChangeFactory factory(u"earlier"_s);
    const auto drop = request(ObjectKind::UserGroup, { Id::FinanceGroup }, { u"Finance"_s }, ObjectKind::UserGroup,
        Id::AllStaffGroup, u"All Staff"_s);
    const auto plan = m_planner->plan(
        drop, { factory.addUserToGroup(id(Id::AllStaffGroup), u"All Staff"_s, id(Id::Mallory), u"mallory"_s) });
    QVERIFY(plan.value().newIds.isEmpty());

    const auto groups = request(ObjectKind::UserGroup, { Id::FinanceGroup }, { u"Finance"_s }, ObjectKind::DeviceGroup,
        Id::WindowsFleet, u"Windows Fleet"_s);
    const auto bound = m_planner->plan(
        groups, { factory.bindGroups(id(Id::FinanceGroup), u"Finance"_s, id(Id::WindowsFleet), u"Windows Fleet"_s) });
    QCOMPARE(bound.value().sendCount(), 0);
}

void TestBindingDropPlanner::unbindPlansLastUserAndRemovesDirectEdgesOnly()
{
    const auto last = m_planner->planUnbind({ id(Id::Ivan) }, { id(Id::OpsLinux02) }, {});
    QVERIFY_RESULT(last);
    QCOMPARE(last.value().operation, BindingDropPlan::Operation::Unbind);
    QVERIFY(last.value().plan.at(0).warnings.has(BindingWarning::LastUser));
    QCOMPARE(last.value().request.targetName, u"Ops Box"_s);
    const QList<OutboxRow> rows = BindingDropPlanner::changes(last.value(), {}, u"b"_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, ChangeKind::BindingRemove);
    QCOMPARE(rows.at(0).payload.value("userId"_L1).toString(), id(Id::Ivan));

    // alice reaches eng-mac-02 only through Engineering → Engineering Macs: nothing to remove.
    const auto group = m_planner->planUnbind({ id(Id::Alice) }, { id(Id::EngMac02), id(Id::AliceMbp) }, {});
    QCOMPARE(describe(group.value().plan),
        (QStringList { u"alice → eng-mac-02: not-bound"_s, u"alice → alice-mbp: unbind"_s }));
    QCOMPARE(group.value().sendCount(), 1);
}

void TestBindingDropPlanner::unknownObjectsAndImpossibleDropsAreErrors()
{
    auto drop = request(
        ObjectKind::User, { Id::Judy }, { u"judy"_s }, ObjectKind::Device, Id::WinFin01, u"Finance Desktop"_s);
    drop.source.ids = QStringList { u"nobody"_s };
    QCOMPARE(m_planner->plan(drop, {}).error().code, u"unknown-user"_s);
    drop.operation = ObjectDropOperation::None;
    drop.targetKind = ObjectKind::User;
    QCOMPARE(m_planner->plan(drop, {}).error().code, u"not-droppable"_s);
    const auto gone = request(
        ObjectKind::User, { Id::Judy }, { u"judy"_s }, ObjectKind::UserGroup, "65b000000000000000000099", u"Gone"_s);
    QCOMPARE(m_planner->plan(gone, {}).error().code, u"unknown-user-group"_s);
    QCOMPARE(m_planner->planUnbind({ id(Id::Judy) }, { u"nowhere"_s }, {}).error().code, u"unknown-device"_s);
}

void TestBindingDropPlanner::outlookFollowsThePlannersRulesPerOs()
{
    const OrgSnapshot org = BindingTestOrg::make();
    const auto userById = [&org](const char *userId) {
        return *std::find_if(
            org.users.cbegin(), org.users.cend(), [userId](const User &u) { return u.id == id(userId); });
    };
    const auto deviceById = [&org](const char *deviceId) {
        return *std::find_if(
            org.devices.cbegin(), org.devices.cend(), [deviceId](const Device &d) { return d.id == id(deviceId); });
    };
    using Kind = LocalAccountOutlook::Kind;

    // Linux needs the exact case; a managed account stays its user's.
    const Device linux = deviceById(Id::OpsLinux02);
    const QList<LocalAccountOutlook> onLinux = LocalAccountOutlook::evaluate(linux,
        { entry(linux, u"ivan"_s, id(Id::Ivan)), entry(linux, u"mallory"_s), entry(linux, u"Judy"_s),
            entry(linux, u"ubuntu"_s) },
        { userById(Id::Mallory), userById(Id::Judy), userById(Id::Alice) });
    QCOMPARE(onLinux.at(0).kind, Kind::Managed);
    QCOMPARE(onLinux.at(0).userId, id(Id::Ivan));
    QCOMPARE(onLinux.at(1).kind, Kind::WouldBeTakenOver);
    QCOMPARE(onLinux.at(1).username, u"mallory"_s);
    QCOMPARE(onLinux.at(2).kind, Kind::CaseOnlyMatch);
    QCOMPARE(onLinux.at(2).username, u"judy"_s);
    QCOMPARE(onLinux.at(3).kind, Kind::NoMatch);

    // Windows takes over in any case, and refuses names over 20 characters.
    const Device windows = deviceById(Id::WinLobby);
    const QList<LocalAccountOutlook> onWindows = LocalAccountOutlook::evaluate(windows,
        { entry(windows, u"JUDY"_s), entry(windows, u"Dave.LongUsername.Example"_s), entry(windows, u"kiosk"_s) },
        { userById(Id::Judy), userById(Id::Dave) });
    QCOMPARE(onWindows.at(0).kind, Kind::WouldBeTakenOver);
    QCOMPARE(onWindows.at(0).userId, id(Id::Judy));
    QCOMPARE(onWindows.at(1).kind, Kind::BlockedMatch);
    QCOMPARE(onWindows.at(1).blockReason, BindingBlockReason::WindowsNameTooLong);
    QCOMPARE(onWindows.at(2).kind, Kind::NoMatch);

    // Reported managed by the agent, but no user with access carries the name.
    DeviceLocalAccount orphan = entry(windows, u"old.admin"_s);
    orphan.account.managed = true;
    QCOMPARE(LocalAccountOutlook::evaluate(windows, { orphan }, {}).at(0).kind, Kind::ManagedByUnknownUser);

    // A user whose local account name is set is matched by it, not by the username.
    User carol = userById(Id::Carol); // systemUsername carol.local
    QCOMPARE(
        LocalAccountOutlook::evaluate(windows, { entry(windows, u"carol"_s) }, { carol }).at(0).kind, Kind::NoMatch);
    QCOMPARE(LocalAccountOutlook::evaluate(windows, { entry(windows, u"carol.local"_s) }, { carol }).at(0).kind,
        Kind::WouldBeTakenOver);
}

void TestBindingDropPlanner::outlookReaderReadsCandidatesFromTheCache()
{
    const QString path = m_temp.path(u"outlook.sqlite"_s);
    const QString written = BindingTestOrg::writeCache(path);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    auto opened = CacheDatabase::open(path);
    QVERIFY_RESULT(opened);
    CacheDatabase &cache = *opened.value();
    const OrgSnapshot org = BindingTestOrg::make();
    const Device linux = *std::find_if(
        org.devices.cbegin(), org.devices.cend(), [](const Device &d) { return d.id == id(Id::OpsLinux02); });
    const auto accounts = DetailsReader(cache).localAccountsOfDevice(linux.id);
    QVERIFY_RESULT(accounts);
    const auto outlooks = LocalAccountOutlookReader(cache).read(linux, accounts.value());
    QVERIFY_RESULT(outlooks);
    QHash<QString, LocalAccountOutlook> byName;
    for (qsizetype i = 0; i < accounts.value().size(); ++i)
        byName.insert(accounts.value().at(i).account.username, outlooks.value().at(i));
    using Kind = LocalAccountOutlook::Kind;
    QCOMPARE(byName.value(u"ivan"_s).kind, Kind::Managed);
    QCOMPARE(byName.value(u"mallory"_s).kind, Kind::WouldBeTakenOver);
    QCOMPARE(byName.value(u"Judy"_s).kind, Kind::CaseOnlyMatch);
    QCOMPARE(byName.value(u"Alice"_s).kind, Kind::CaseOnlyMatch);
    QCOMPARE(byName.value(u"Alice"_s).username, u"alice"_s);
    QCOMPARE(byName.value(u"root"_s).kind, Kind::NoMatch);
}

QTEST_GUILESS_MAIN(TestBindingDropPlanner)
#include "test_binding_drop_planner.moc"
