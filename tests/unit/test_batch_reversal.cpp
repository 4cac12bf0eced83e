// BatchReversal: what taking back a (partly) sent batch queues — created users and groups deleted again (with the
// 48-hour billing window), bindings and memberships removed unless a deletion takes them anyway, edits and renames
// restored to the values before, suspensions lifted — and what it leaves: pending rows to undo, rows in flight, failed
// rows, changes that cannot be reversed.
#include "BatchReversal.h"
#include "ChangeKind.h"
#include "OutboxChangeFactory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using State = OutboxRow::State;

namespace {

const QString Batch = u"batch-1"_s;
const QDateTime Created = QDateTime::fromString(u"2026-12-01T09:00:00Z"_s, Qt::ISODate);

// A row as the pusher leaves it: an id, a state, and for creates the id the directory gave.
OutboxRow sent(OutboxRow row, qint64 id, State state = State::Done, const QString &createdId = {})
{
    row.id = id;
    row.state = state;
    row.updatedAt = Created;
    if (!createdId.isEmpty()) {
        row.payload.insert(u"createdId"_s, createdId);
        row.objectId = createdId;
    }
    return row;
}

QStringList kinds(const QList<OutboxRow> &rows)
{
    QStringList list;
    for (const OutboxRow &row : rows)
        list << row.kind + u' ' + row.summary;
    return list;
}

} // namespace

class TestBatchReversal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importOfNewAndExistingUsers();
    void dropOfBindingsAndGroupChanges();
    void editsRestoreTheValuesBefore();
    void pendingInFlightAndFailedRows();
    void notReversibleChangesAreNamed();
    void billingWindow();
    void otherBatchesAreLeftAlone();
};

void TestBatchReversal::importOfNewAndExistingUsers()
{
    const OutboxChangeFactory f(Batch);
    OutboxRow create
        = sent(f.createUser({ { u"username"_s, u"nina"_s } }, u"Secret12345!"_s), 1, State::Done, u"u-new"_s);
    OutboxRow bindNew = f.bindUserToDevice({}, u"nina"_s, u"d1"_s, u"build-01"_s, false, false);
    OutboxChangeFactory::referToRow(bindNew, "userId"_L1, 1);
    bindNew = sent(bindNew, 2);
    OutboxRow joinNew = f.addUserToGroup(u"g1"_s, u"Sales"_s, {}, u"nina"_s);
    OutboxChangeFactory::referToRow(joinNew, "userId"_L1, 1);
    joinNew = sent(joinNew, 3);
    const OutboxRow update = sent(
        f.updateUser(u"u-old"_s, u"jdoe"_s, { { u"department"_s, u"Sales"_s } }, { { u"department"_s, u"IT"_s } }), 4);
    const OutboxRow joinOld = sent(f.addUserToGroup(u"g1"_s, u"Sales"_s, u"u-old"_s, u"jdoe"_s), 5);
    const OutboxRow bindOld = sent(f.bindUserToDevice(u"u-old"_s, u"jdoe"_s, u"d2"_s, u"mac-01"_s, true, false), 6);

    const auto plan = BatchReversal::plan({ create, bindNew, joinNew, update, joinOld, bindOld }, Batch);
    // Newest first; nina's binding and membership go with her deletion.
    QCOMPARE(kinds(plan.reversals),
        (QStringList { u"binding.remove Unbind jdoe from mac-01"_s,
            u"userGroup.removeMember Remove jdoe from user group Sales"_s, u"user.update Edit user jdoe (department)"_s,
            u"user.delete Delete user nina"_s }));
    QCOMPARE(plan.reversals.at(3).payload.value("userId"_L1).toString(), u"u-new"_s);
    QCOMPARE(plan.reversals.at(2).payload.value("fields"_L1).toObject().value("department"_L1).toString(), u"IT"_s);
    QCOMPARE(plan.deletedUsers, 1);
    QCOMPARE(plan.firstUserCreatedAt, Created);
    for (const OutboxRow &row : plan.reversals) {
        QCOMPARE(row.batchId, Batch + u"-revert"_s); // one new batch: it can itself be undone or reverted
        QCOMPARE(row.state, State::Pending);
    }
    QVERIFY(plan.pendingRows.isEmpty());
    QVERIFY(plan.notReversible.isEmpty());
    QVERIFY(BatchReversal::hasReversibleChange({ create }, Batch));

    // Once the reversal is queued, the batch is not reverted twice; a reversal that failed entirely may be redone.
    QList<OutboxRow> after { create, bindNew, joinNew, update, joinOld, bindOld };
    for (qsizetype i = 0; i < plan.reversals.size(); ++i)
        after.append(sent(plan.reversals.at(i), 100 + i, State::Pending));
    QVERIFY(BatchReversal::plan(after, Batch).alreadyReverted);
    QVERIFY(BatchReversal::plan(after, Batch).isEmpty());
    QVERIFY(!BatchReversal::hasReversibleChange(after, Batch));
    for (qsizetype i = 6; i < after.size(); ++i)
        after[i].state = State::Failed;
    QVERIFY(!BatchReversal::plan(after, Batch).alreadyReverted);
    QCOMPARE(BatchReversal::plan(after, Batch).reversals.size(), 4);
}

void TestBatchReversal::dropOfBindingsAndGroupChanges()
{
    const OutboxChangeFactory f(Batch);
    const OutboxRow groupBind = sent(f.bindGroups(u"ug"_s, u"Engineering"_s, u"dg"_s, u"Macs"_s), 1);
    const OutboxRow groupUnbind = sent(f.unbindGroups(u"ug2"_s, u"Sales"_s, u"dg"_s, u"Macs"_s), 2);
    const OutboxRow addDevice = sent(f.addDeviceToGroup(u"dg"_s, u"Macs"_s, u"d1"_s, u"mac-01"_s), 3);
    const OutboxRow removeMember = sent(f.removeUserFromGroup(u"ug"_s, u"Engineering"_s, u"u1"_s, u"alice"_s), 4);
    const auto plan = BatchReversal::plan({ groupBind, groupUnbind, addDevice, removeMember }, Batch);
    QCOMPARE(kinds(plan.reversals),
        (QStringList { u"userGroup.addMember Add alice to user group Engineering"_s,
            u"deviceGroup.removeMember Remove mac-01 from device group Macs"_s,
            u"groupBinding.add Bind user group Sales to device group Macs"_s,
            u"groupBinding.remove Unbind user group Engineering from device group Macs"_s }));
    QCOMPARE(plan.deletedUsers, 0);
    QVERIFY(plan.firstUserCreatedAt.isNull());
}

void TestBatchReversal::editsRestoreTheValuesBefore()
{
    const OutboxChangeFactory f(Batch);
    const OutboxRow rename = sent(f.renameDevice(u"d1"_s, u"Build box"_s, u"build-01"_s), 1);
    // A field that had no value before is emptied again.
    const OutboxRow group
        = sent(f.updateUserGroup(u"g1"_s, { { u"name"_s, u"Sales EU"_s }, { u"description"_s, u"EU"_s } },
                   { { u"name"_s, u"Sales"_s } }),
            2);
    const OutboxRow suspend = sent(f.suspendUser(u"u1"_s, u"alice"_s), 3);
    SelfServiceProvisioning before;
    before.macEnabled = true;
    SelfServiceProvisioning after = before;
    after.windowsEnabled = true;
    const OutboxRow ssao = sent(f.setSelfService(after, before), 4);
    const auto plan = BatchReversal::plan({ rename, group, suspend, ssao }, Batch);
    QCOMPARE(plan.reversals.size(), 4);
    QCOMPARE(plan.reversals.at(0).kind, ChangeKind::OrgSelfService);
    QCOMPARE(plan.reversals.at(0).payload.value("windowsEnabled"_L1).toBool(), false);
    QCOMPARE(plan.reversals.at(0).payload.value("macEnabled"_L1).toBool(), true);
    QCOMPARE(plan.reversals.at(1).kind, ChangeKind::UserActivate);
    const QJsonObject restored = plan.reversals.at(2).payload.value("fields"_L1).toObject();
    QCOMPARE(restored.value("name"_L1).toString(), u"Sales"_s);
    QCOMPARE(restored.value("description"_L1).toString(), QString());
    QCOMPARE(plan.reversals.at(3).payload.value("displayName"_L1).toString(), u"build-01"_s);
}

void TestBatchReversal::pendingInFlightAndFailedRows()
{
    const OutboxChangeFactory f(Batch);
    const OutboxRow done = sent(f.bindUserToDevice(u"u1"_s, u"alice"_s, u"d1"_s, u"build-01"_s, false, false), 1);
    const OutboxRow pending
        = sent(f.bindUserToDevice(u"u2"_s, u"bob"_s, u"d1"_s, u"build-01"_s, false, false), 2, State::Pending);
    const OutboxRow pushing
        = sent(f.bindUserToDevice(u"u3"_s, u"carl"_s, u"d1"_s, u"build-01"_s, false, false), 3, State::Pushing);
    const OutboxRow failed
        = sent(f.bindUserToDevice(u"u4"_s, u"dora"_s, u"d1"_s, u"build-01"_s, false, false), 4, State::Failed);
    const auto plan = BatchReversal::plan({ done, pending, pushing, failed }, Batch);
    QCOMPARE(plan.reversals.size(), 1); // the failed binding never happened
    QCOMPARE(plan.pendingRows, (QList<qint64> { 2 }));
    QCOMPARE(plan.inFlight, 1);
    QVERIFY(!BatchReversal::hasReversibleChange({ pending, failed }, Batch));
}

void TestBatchReversal::notReversibleChangesAreNamed()
{
    const OutboxChangeFactory f(Batch);
    const OutboxRow del = sent(f.deleteUser(u"u1"_s, u"alice"_s), 1);
    const OutboxRow activate = sent(f.activateUser(u"u2"_s, u"bob"_s), 2);
    const OutboxRow unbind = sent(f.unbindUserFromDevice(u"u3"_s, u"carl"_s, u"d1"_s, u"build-01"_s), 3);
    const OutboxRow mfa = sent(f.resetMfa(u"u4"_s, u"dora"_s, 7), 4);
    const auto plan = BatchReversal::plan({ del, activate, unbind, mfa }, Batch);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.notReversible, (QStringList { del.summary, activate.summary, unbind.summary, mfa.summary }));
    QVERIFY(!BatchReversal::hasReversibleChange({ del, activate, unbind, mfa }, Batch));
}

void TestBatchReversal::billingWindow()
{
    const OutboxChangeFactory f(Batch);
    const OutboxRow create = sent(f.createUser({ { u"username"_s, u"nina"_s } }), 1, State::Done, u"u-new"_s);
    const auto plan = BatchReversal::plan({ create }, Batch);
    QVERIFY(plan.withinBillingGrace(Created.addSecs(47 * 3600)));
    QVERIFY(!plan.withinBillingGrace(Created.addSecs(48 * 3600)));
    // A create that made nothing (no id) deletes nothing.
    const OutboxRow empty = sent(f.createUser({ { u"username"_s, u"ghost"_s } }), 2);
    QCOMPARE(BatchReversal::plan({ empty }, Batch).deletedUsers, 0);
}

void TestBatchReversal::otherBatchesAreLeftAlone()
{
    const OutboxRow mine = sent(OutboxChangeFactory(Batch).addUserToGroup(u"g"_s, u"G"_s, u"u1"_s, u"a"_s), 1);
    const OutboxRow theirs = sent(OutboxChangeFactory(u"other"_s).addUserToGroup(u"g"_s, u"G"_s, u"u2"_s, u"b"_s), 2);
    QCOMPARE(BatchReversal::plan({ mine, theirs }, Batch).reversals.size(), 1);
    QVERIFY(BatchReversal::plan({ mine, theirs }, QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestBatchReversal)
#include "test_batch_reversal.moc"
