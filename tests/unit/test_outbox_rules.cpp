// The pure rules around a push: which rows may run together (OutboxOrdering), what each row is
// about (OutboxKindInfo), and when a change no longer fits the directory (OutboxConflictCheck).
#include "OutboxChangeFactory.h"
#include "OutboxConflictCheck.h"
#include "OutboxKindInfo.h"
#include "OutboxOrdering.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString U1 = u"5f0000000000000000000001"_s;
const QString U2 = u"5f0000000000000000000002"_s;
const QString D1 = u"63b000000000000000000001"_s;
const QString G1 = u"64c000000000000000000001"_s;

OutboxRow withId(OutboxRow row, qint64 id)
{
    row.id = id;
    return row;
}

// Whether `later` must wait for `earlier` (both unfinished, earlier first in the queue).
bool waits(const OutboxRow &earlier, const OutboxRow &later)
{
    OutboxOrdering::Held held;
    held.add(OutboxOrdering::claims(earlier));
    return held.conflicts(OutboxOrdering::claims(later));
}

} // namespace

class TestOutboxRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameObjectInOrder();
    void edgesShareTheirEnds();
    void referencesWaitForTheirCreate();
    void objectsAndNames();
    void renamedOrDeletedMeanwhile();
    void editedMeanwhile();
    void alreadyAppliedIsNoConflict();
    void selfServiceChangedMeanwhile();
};

void TestOutboxRules::sameObjectInOrder()
{
    const OutboxChangeFactory f;
    const OutboxRow suspend = withId(f.suspendUser(U1, u"jdoe"_s), 1);
    QVERIFY(waits(suspend, withId(f.activateUser(U1, u"jdoe"_s), 2)));
    QVERIFY(waits(suspend, withId(f.updateUser(U1, u"jdoe"_s, { { u"department"_s, u"IT"_s } }, {}), 2)));
    QVERIFY(!waits(suspend, withId(f.activateUser(U2, u"asmith"_s), 2)));
    // A binding of that user waits for the change to the user; a user's change waits for the binding.
    QVERIFY(waits(suspend, withId(f.bindUserToDevice(U1, u"jdoe"_s, D1, u"mac"_s, false, false), 2)));
    QVERIFY(waits(withId(f.bindUserToDevice(U1, u"jdoe"_s, D1, u"mac"_s, false, false), 1),
        withId(f.deleteUser(U1, u"jdoe"_s), 2)));
    // Two creates of one username never race (whatever the case).
    QVERIFY(waits(withId(f.createUser({ { u"username"_s, u"jdoe"_s } }), 1),
        withId(f.createUser({ { u"username"_s, u"JDoe"_s } }), 2)));
    QVERIFY(!waits(withId(f.createUser({ { u"username"_s, u"jdoe"_s } }), 1),
        withId(f.createUser({ { u"username"_s, u"asmith"_s } }), 2)));
    QVERIFY(waits(withId(f.setSelfService({}, {}), 1), withId(f.setSelfService({}, {}), 2)));
}

void TestOutboxRules::edgesShareTheirEnds()
{
    const OutboxChangeFactory f;
    // Many users bound to one device go out together; the same edge twice does not.
    QVERIFY(!waits(withId(f.bindUserToDevice(U1, u"a"_s, D1, u"mac"_s, false, false), 1),
        withId(f.bindUserToDevice(U2, u"b"_s, D1, u"mac"_s, false, false), 2)));
    QVERIFY(waits(withId(f.bindUserToDevice(U1, u"a"_s, D1, u"mac"_s, false, false), 1),
        withId(f.unbindUserFromDevice(U1, u"a"_s, D1, u"mac"_s), 2)));
    QVERIFY(!waits(
        withId(f.addUserToGroup(G1, u"g"_s, U1, u"a"_s), 1), withId(f.addUserToGroup(G1, u"g"_s, U2, u"b"_s), 2)));
    // Renaming the device or editing the group orders against its edges.
    QVERIFY(waits(withId(f.bindUserToDevice(U1, u"a"_s, D1, u"mac"_s, false, false), 1),
        withId(f.renameDevice(D1, u"new"_s, u"mac"_s), 2)));
    QVERIFY(waits(withId(f.updateUserGroup(G1, {}, {}), 1), withId(f.addUserToGroup(G1, u"g"_s, U1, u"a"_s), 2)));
    // A later row that would not conflict with a running one still waits behind a waiting row it conflicts with.
    OutboxOrdering::Held held;
    held.add(OutboxOrdering::claims(withId(f.bindUserToDevice(U1, u"a"_s, D1, u"mac"_s, false, false), 1)));
    held.add(OutboxOrdering::claims(withId(f.renameDevice(D1, u"new"_s, u"mac"_s), 2)));
    QVERIFY(
        held.conflicts(OutboxOrdering::claims(withId(f.bindUserToDevice(U2, u"b"_s, D1, u"mac"_s, false, false), 3))));
}

void TestOutboxRules::referencesWaitForTheirCreate()
{
    const OutboxChangeFactory f;
    const OutboxRow create = withId(f.createUser({ { u"username"_s, u"new"_s } }), 7);
    OutboxRow bind = withId(f.bindUserToDevice({}, u"new"_s, D1, u"mac"_s, false, false), 8);
    OutboxChangeFactory::referToRow(bind, "userId"_L1, 7);
    OutboxRow join = withId(f.addUserToGroup(G1, u"g"_s, {}, u"new"_s), 9);
    OutboxChangeFactory::referToRow(join, "userId"_L1, 7);
    QVERIFY(waits(create, bind));
    QVERIFY(waits(create, join));
    QVERIFY(!waits(bind, join)); // both only read the new user's id
    QVERIFY(!waits(withId(f.createUser({ { u"username"_s, u"other"_s } }), 6), bind));
}

void TestOutboxRules::objectsAndNames()
{
    const OutboxChangeFactory f;
    OutboxRow bind = withId(f.bindUserToDevice({}, {}, D1, u"mac-01"_s, false, false), 8);
    OutboxChangeFactory::referToRow(bind, "userId"_L1, 7);
    const OutboxRow create = withId(f.createUser({ { u"username"_s, u"new.user"_s } }), 7);
    const auto objects = OutboxKindInfo::objects(bind, [&](qint64 id) { return id == 7 ? &create : nullptr; });
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).type, u"user"_s);
    QCOMPARE(objects.at(0).fromRow, 7);
    QCOMPARE(objects.at(0).name, u"new.user"_s); // from the row that creates it
    QCOMPARE(objects.at(1), (OutboxObjectRef { u"device"_s, D1, 0, u"mac-01"_s }));
    QCOMPARE(OutboxKindInfo::describe(objects.at(1)), u"Device mac-01"_s);
    QCOMPARE(OutboxKindInfo::shape(u"binding.add"_s), OutboxKindInfo::Shape::EdgeAdd);
    QCOMPARE(OutboxKindInfo::shape(u"no.such"_s), OutboxKindInfo::Shape::Unknown);
    QCOMPARE(OutboxConflictCheck::gone(OutboxKindInfo::objects(f.deleteUserGroup(G1, u"Eng"_s)).first()),
        u"User group Eng no longer exists in the directory."_s);
}

void TestOutboxRules::renamedOrDeletedMeanwhile()
{
    const OutboxChangeFactory f;
    const OutboxRow update
        = f.updateUser(U1, u"jdoe"_s, { { u"department"_s, u"IT"_s } }, { { u"department"_s, u"Sales"_s } });
    QCOMPARE(OutboxConflictCheck::check(update, { { u"username"_s, u"jdoe"_s }, { u"department"_s, u"Sales"_s } }),
        QString());
    const QString renamed
        = OutboxConflictCheck::check(update, { { u"username"_s, u"john.doe"_s }, { u"department"_s, u"Sales"_s } });
    QVERIFY2(
        renamed.startsWith(u"User jdoe was renamed to \"john.doe\" in the directory meanwhile"_s), qPrintable(renamed));
    const OutboxRow rename = f.renameDevice(D1, u"build-02"_s, u"build-01"_s);
    QVERIFY(OutboxConflictCheck::check(rename, { { u"displayName"_s, u"lab-7"_s } })
                .startsWith(u"Device build-01 was renamed to \"lab-7\""_s));
    const OutboxRow group = f.updateUserGroup(G1, { { u"description"_s, u"x"_s } }, { { u"name"_s, u"Eng"_s } });
    QVERIFY(OutboxConflictCheck::check(group, { { u"name"_s, u"Engineering"_s } })
                .startsWith(u"User group Eng was renamed to \"Engineering\""_s));
}

void TestOutboxRules::editedMeanwhile()
{
    const OutboxRow update = OutboxChangeFactory().updateUser(
        U1, u"jdoe"_s, { { u"department"_s, u"IT"_s } }, { { u"department"_s, u"Sales"_s } });
    const QString edited
        = OutboxConflictCheck::check(update, { { u"username"_s, u"jdoe"_s }, { u"department"_s, u"Marketing"_s } });
    QCOMPARE(edited,
        u"User jdoe was changed in the directory meanwhile: department is now \"Marketing\" (it was \"Sales\" when "
        "the change was made)."_s);
    // Empty, null and absent are the same "nothing".
    const OutboxRow fill = OutboxChangeFactory().updateUser(
        U1, u"jdoe"_s, { { u"location"_s, u"Berlin"_s } }, { { u"location"_s, QString() } });
    QCOMPARE(OutboxConflictCheck::check(fill, { { u"username"_s, u"jdoe"_s }, { u"location"_s, QJsonValue::Null } }),
        QString());
}

void TestOutboxRules::alreadyAppliedIsNoConflict()
{
    // The answer to an earlier attempt was lost, the directory holds the new values already.
    const OutboxChangeFactory f;
    const OutboxRow rename
        = f.updateUser(U1, u"jdoe"_s, { { u"username"_s, u"john.doe"_s }, { u"department"_s, u"IT"_s } },
            { { u"username"_s, u"jdoe"_s }, { u"department"_s, u"Sales"_s } });
    QCOMPARE(OutboxConflictCheck::check(rename, { { u"username"_s, u"john.doe"_s }, { u"department"_s, u"IT"_s } }),
        QString());
    QCOMPARE(OutboxConflictCheck::check(
                 f.renameDevice(D1, u"build-02"_s, u"build-01"_s), { { u"displayName"_s, u"build-02"_s } }),
        QString());
}

void TestOutboxRules::selfServiceChangedMeanwhile()
{
    SelfServiceProvisioning before;
    SelfServiceProvisioning wanted;
    wanted.macEnabled = true;
    const OutboxRow row = OutboxChangeFactory().setSelfService(wanted, before);
    const auto ssao = [](bool mac, bool windows) {
        return QJsonObject { { u"settings"_s,
            QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, mac } },
                QJsonObject { { u"osFamily"_s, u"WINDOWS"_s }, { u"enabled"_s, windows } } } } };
    };
    QCOMPARE(OutboxConflictCheck::check(row, ssao(false, false)), QString());
    QCOMPARE(OutboxConflictCheck::check(row, ssao(true, false)), QString());
    QVERIFY(OutboxConflictCheck::check(row, ssao(false, true)).contains(u"changed in the directory meanwhile"_s));
}

QTEST_GUILESS_MAIN(TestOutboxRules)
#include "test_outbox_rules.moc"
