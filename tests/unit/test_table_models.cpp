// The four object tables: columns and roles, and change sets applied without resets, each model
// under QAbstractItemModelTester.
#include "DeviceGroupTableModel.h"
#include "DeviceTableModel.h"
#include "OutboxChangeFactory.h"
#include "OutboxTouchedObjects.h"
#include "UserGroupTableModel.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime day(int d)
{
    return QDateTime(QDate(2025, 1, d), QTime(8, 30), QTimeZone::utc());
}

// One row per id; `version` changes a shown field so an upsert with another version is a change.
template<typename Row>
Row makeRow(const QString &id, int version = 0);

template<>
UserRow makeRow<UserRow>(const QString &id, int version)
{
    UserRow row;
    row.user.id = id;
    row.user.username = u"user-"_s + id;
    row.user.email = id + u"@example.com"_s;
    row.user.department = u"Dept %1"_s.arg(version);
    row.deviceCount = version;
    return row;
}

template<>
DeviceRow makeRow<DeviceRow>(const QString &id, int version)
{
    DeviceRow row;
    row.device.id = id;
    row.device.hostname = u"host-"_s + id;
    row.device.osVersion = u"%1.0"_s.arg(version);
    row.userCount = version;
    return row;
}

template<>
UserGroupRow makeRow<UserGroupRow>(const QString &id, int version)
{
    UserGroupRow row;
    row.group.id = id;
    row.group.name = u"group-"_s + id;
    row.group.description = u"v%1"_s.arg(version);
    row.memberCount = version;
    return row;
}

template<>
DeviceGroupRow makeRow<DeviceGroupRow>(const QString &id, int version)
{
    DeviceGroupRow row;
    row.group.id = id;
    row.group.name = u"devices-"_s + id;
    row.group.description = u"v%1"_s.arg(version);
    row.memberCount = version;
    return row;
}

template<typename Row>
QList<Row> makeRows(const QStringList &ids, int version = 0)
{
    QList<Row> rows;
    for (const QString &id : ids)
        rows.append(makeRow<Row>(id, version));
    return rows;
}

template<typename Model>
QStringList idsIn(const Model &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ItemRoles::ObjectIdRole).toString();
    return ids;
}

// Runs the current row of changes_data() against `Model`.
template<typename Model, typename Row>
void checkChanges()
{
    QFETCH(QStringList, updated);
    QFETCH(QStringList, unchanged);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, expectedIds);
    QFETCH(int, changedRuns);
    QFETCH(int, insertions);
    QFETCH(int, removedRuns);

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(makeRows<Row>({ u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s }));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    const QList<Row> upserts = makeRows<Row>(updated, 1) + makeRows<Row>(unchanged, 0) + makeRows<Row>(added, 2);
    model.applyChanges(upserts, removed);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(changes.size(), changedRuns);
    QCOMPARE(inserts.size(), insertions);
    QCOMPARE(removals.size(), removedRuns);
    for (const QList<QVariant> &signal : std::as_const(changes)) {
        QCOMPARE(signal.at(0).toModelIndex().column(), 0);
        QCOMPARE(signal.at(1).toModelIndex().column(), model.columnCount() - 1);
    }

    QCOMPARE(idsIn(model), expectedIds);
    QCOMPARE(model.count(), expectedIds.size());
    for (int row = 0; row < expectedIds.size(); ++row) {
        QCOMPARE(model.rowOf(expectedIds.at(row)), row);
        QVERIFY(model.rowById(expectedIds.at(row)) == &model.rowAt(row));
        const int version = updated.contains(expectedIds.at(row)) ? 1 : added.contains(expectedIds.at(row)) ? 2 : 0;
        QVERIFY(model.rowAt(row) == makeRow<Row>(expectedIds.at(row), version));
    }
    for (const QString &id : removed) {
        QCOMPARE(model.rowOf(id), -1);
        QVERIFY(!model.rowById(id));
    }
}

template<typename Model, typename Row>
void checkReset()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRows(makeRows<Row>({ u"x"_s, u"y"_s }));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"y"_s), 1);
    QCOMPARE(model.rowOf(u"nope"_s), -1);
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(1, column).data(ItemRoles::ObjectIdRole).toString(), u"y"_s);
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QVERIFY(model.index(1, 0).data(ItemRoles::SearchTextRole).toString().contains(u"-y"_s));
    QCOMPARE(model.index(1, 0).data(ItemRoles::SearchTextRole).toString(), model.searchText(1).toString());
    QVERIFY(!model.index(1, 1).data(ItemRoles::SearchTextRole).isValid());
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

} // namespace

class TestTableModels : public QObject
{
    Q_OBJECT

private slots:
    void reset()
    {
        checkAll(&checkReset<UserTableModel, UserRow>, &checkReset<DeviceTableModel, DeviceRow>,
            &checkReset<UserGroupTableModel, UserGroupRow>, &checkReset<DeviceGroupTableModel, DeviceGroupRow>);
    }

    void userChanges_data() { changes_data(); }
    void userChanges() { checkChanges<UserTableModel, UserRow>(); }
    void deviceChanges_data() { changes_data(); }
    void deviceChanges() { checkChanges<DeviceTableModel, DeviceRow>(); }
    void userGroupChanges_data() { changes_data(); }
    void userGroupChanges() { checkChanges<UserGroupTableModel, UserGroupRow>(); }
    void deviceGroupChanges_data() { changes_data(); }
    void deviceGroupChanges() { checkChanges<DeviceGroupTableModel, DeviceGroupRow>(); }

    void userColumns_data();
    void userColumns();
    void userToolTips();
    void deviceColumns_data();
    void deviceColumns();
    void userGroupColumns();
    void deviceGroupColumns();
    void headersAreTitles();
    void changeMarksSignalOnlyTheirRows();
    void touchedObjectsFromTheOutbox();

private:
    static void changes_data();
    template<typename... Check>
    static void checkAll(Check... checks)
    {
        (checks(), ...);
    }
};

void TestTableModels::changes_data()
{
    QTest::addColumn<QStringList>("updated");
    QTest::addColumn<QStringList>("unchanged"); // upserts equal to the current rows
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<int>("changedRuns");
    QTest::addColumn<int>("insertions");
    QTest::addColumn<int>("removedRuns");

    const QStringList all { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s };
    QTest::newRow("nothing") << QStringList() << QStringList() << QStringList() << QStringList() << all << 0 << 0 << 0;
    QTest::newRow("no-op upsert emits nothing")
        << QStringList() << QStringList { u"b"_s, u"e"_s } << QStringList() << QStringList() << all << 0 << 0 << 0;
    QTest::newRow("remove unknown id emits nothing")
        << QStringList() << QStringList() << QStringList() << QStringList { u"zz"_s } << all << 0 << 0 << 0;
    QTest::newRow("update one") << QStringList { u"c"_s } << QStringList() << QStringList() << QStringList() << all << 1
                                << 0 << 0;
    QTest::newRow("update a run is one signal") << QStringList { u"d"_s, u"b"_s, u"c"_s } << QStringList()
                                                << QStringList() << QStringList() << all << 1 << 0 << 0;
    QTest::newRow("update two runs") << QStringList { u"a"_s, u"b"_s, u"e"_s } << QStringList { u"c"_s }
                                     << QStringList() << QStringList() << all << 2 << 0 << 0;
    QTest::newRow("insert is one signal") << QStringList() << QStringList() << QStringList { u"h"_s, u"g"_s }
                                          << QStringList() << (all + QStringList { u"h"_s, u"g"_s }) << 0 << 1 << 0;
    QTest::newRow("remove one") << QStringList() << QStringList() << QStringList() << QStringList { u"c"_s }
                                << QStringList { u"a"_s, u"b"_s, u"d"_s, u"e"_s, u"f"_s } << 0 << 0 << 1;
    QTest::newRow("remove a run is one signal")
        << QStringList() << QStringList() << QStringList() << QStringList { u"d"_s, u"b"_s, u"c"_s, u"c"_s }
        << QStringList { u"a"_s, u"e"_s, u"f"_s } << 0 << 0 << 1;
    QTest::newRow("remove two runs") << QStringList() << QStringList() << QStringList()
                                     << QStringList { u"a"_s, u"f"_s, u"b"_s } << QStringList { u"c"_s, u"d"_s, u"e"_s }
                                     << 0 << 0 << 2;
    QTest::newRow("remove all") << QStringList() << QStringList() << QStringList() << all << QStringList() << 0 << 0
                                << 1;
    QTest::newRow("mixed") << QStringList { u"e"_s, u"a"_s } << QStringList { u"f"_s } << QStringList { u"g"_s }
                           << QStringList { u"b"_s, u"d"_s } << QStringList { u"a"_s, u"c"_s, u"e"_s, u"f"_s, u"g"_s }
                           << 2 << 1 << 2;
    QTest::newRow("removal wins over an upsert of the same id")
        << QStringList { u"b"_s } << QStringList() << QStringList { u"x"_s } << QStringList { u"b"_s, u"x"_s }
        << QStringList { u"a"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s } << 0 << 0 << 1;
}

void TestTableModels::userColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");
    QTest::addColumn<QVariant>("raw");

    const QDateTime created = day(3);
    const QVariant shownDate = QLocale::system().toString(created.toLocalTime(), QLocale::ShortFormat);
    QTest::newRow("username") << int(UserTableModel::Username) << QVariant(u"JDoe"_s) << QVariant(u"jdoe"_s);
    QTest::newRow("name") << int(UserTableModel::Name) << QVariant(u"Jane Doe"_s) << QVariant(u"jane doe"_s);
    QTest::newRow("email") << int(UserTableModel::Email) << QVariant(u"Jane@Example.com"_s)
                           << QVariant(u"jane@example.com"_s);
    QTest::newRow("state") << int(UserTableModel::State) << QVariant(u"Staged"_s) << QVariant(int(UserState::Staged));
    QTest::newRow("local account") << int(UserTableModel::LocalAccount) << QVariant(u"jane"_s) << QVariant(u"jane"_s);
    QTest::newRow("department") << int(UserTableModel::Department) << QVariant(u"Ops"_s) << QVariant(u"ops"_s);
    QTest::newRow("job title") << int(UserTableModel::JobTitle) << QVariant(u"SRE"_s) << QVariant(u"sre"_s);
    QTest::newRow("devices") << int(UserTableModel::Devices) << QVariant(3) << QVariant(3);
    QTest::newRow("groups") << int(UserTableModel::Groups) << QVariant(12) << QVariant(12);
    QTest::newRow("created") << int(UserTableModel::Created) << shownDate << QVariant(created);
}

void TestTableModels::userColumns()
{
    QFETCH(int, column);
    QFETCH(QVariant, display);
    QFETCH(QVariant, raw);

    UserRow row;
    row.user.id = u"u1"_s;
    row.user.username = u"JDoe"_s;
    row.user.firstName = u"Jane"_s;
    row.user.lastName = u"Doe"_s;
    row.user.email = u"Jane@Example.com"_s;
    row.user.state = UserState::Staged;
    row.user.systemUsername = u"jane"_s;
    row.user.department = u"Ops"_s;
    row.user.jobTitle = u"SRE"_s;
    row.user.created = day(3);
    row.deviceCount = 3;
    row.groupCount = 12;
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ row });

    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data(Qt::DisplayRole), display);
    QCOMPARE(index.data(ItemRoles::RawValueRole), raw);
    QCOMPARE(index.data(ItemRoles::ObjectIdRole).toString(), u"u1"_s);
    const bool count = column == UserTableModel::Devices || column == UserTableModel::Groups;
    QCOMPARE(index.data(Qt::TextAlignmentRole).isValid(), count);
    if (count)
        QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));

    const QString haystack = model.index(0, 0).data(ItemRoles::SearchTextRole).toString();
    QCOMPARE(haystack, haystack.toLower());
    for (const char *part : { "jdoe", "jane doe", "jane@example.com", "ops", "sre", "staged" })
        QVERIFY2(haystack.contains(QLatin1StringView(part)), part);
}

void TestTableModels::userToolTips()
{
    UserRow staged = makeRow<UserRow>(u"s"_s);
    staged.user.state = UserState::Staged;
    UserRow active = makeRow<UserRow>(u"a"_s);
    UserTableModel model;
    model.setRows({ staged, active });
    QCOMPARE(
        model.index(0, UserTableModel::State).data(Qt::ToolTipRole).toString(), u"Gets no access until activated"_s);
    QVERIFY(!model.index(1, UserTableModel::State).data(Qt::ToolTipRole).isValid());
    // An empty local account column still says which name devices use.
    QVERIFY(model.index(0, UserTableModel::LocalAccount).data(Qt::ToolTipRole).toString().contains(u"user-s"_s));
    QVERIFY(!model.index(0, UserTableModel::Created).data().isValid()); // never-set date shows nothing
}

void TestTableModels::deviceColumns_data()
{
    QTest::addColumn<QString>("osFamily");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("shownOs");

    QTest::newRow("mac") << u"darwin"_s << u"Mac OS X"_s << u"macOS"_s;
    QTest::newRow("windows") << u"windows"_s << u"Windows"_s << u"Windows"_s;
    QTest::newRow("linux") << u"linux"_s << u"Ubuntu"_s << u"Linux"_s;
    QTest::newRow("unknown keeps the agent's name") << QString() << u"Plan 9"_s << u"Plan 9"_s;
}

void TestTableModels::deviceColumns()
{
    QFETCH(QString, osFamily);
    QFETCH(QString, os);
    QFETCH(QString, shownOs);

    DeviceRow row;
    row.device.id = u"d1"_s;
    row.device.hostname = u"MBP-07"_s;
    row.device.osFamily = osFamilyFromApi(osFamily, os);
    row.device.os = os;
    row.device.osVersion = u"14.2"_s;
    row.device.agentVersion = u"1.150.0"_s;
    row.device.active = true;
    row.device.lastContact = day(9);
    row.device.serialNumber = u"C02XYZ"_s;
    row.userCount = 2;
    row.localAccountCount = 5;
    DeviceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ row });

    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(DeviceTableModel::Name).toString(), u"MBP-07"_s); // no display name: the hostname
    QCOMPARE(cell(DeviceTableModel::Os).toString(), shownOs);
    QCOMPARE(cell(DeviceTableModel::Status).toString(), u"Active"_s);
    QCOMPARE(cell(DeviceTableModel::Status, ItemRoles::RawValueRole), QVariant(true));
    QCOMPARE(cell(DeviceTableModel::LastContact, ItemRoles::RawValueRole), QVariant(day(9)));
    QCOMPARE(cell(DeviceTableModel::LastContact).toString(),
        QLocale::system().toString(day(9).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(DeviceTableModel::Users, ItemRoles::RawValueRole), QVariant(2));
    QCOMPARE(cell(DeviceTableModel::LocalAccounts).toInt(), 5);
    QCOMPARE(cell(DeviceTableModel::SerialNumber, ItemRoles::RawValueRole).toString(), u"c02xyz"_s);
    const QString haystack = cell(0, ItemRoles::SearchTextRole).toString();
    QVERIFY(haystack.contains(u"mbp-07"_s));
    QVERIFY(haystack.contains(shownOs.toLower()));
    QVERIFY(haystack.contains(u"c02xyz"_s));
}

void TestTableModels::userGroupColumns()
{
    UserGroupRow admins = makeRow<UserGroupRow>(u"g1"_s, 4);
    admins.group.sudoEnabled = true;
    admins.deviceGroupCount = 2;
    const UserGroupRow plain = makeRow<UserGroupRow>(u"g2"_s, 1);
    UserGroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ admins, plain });

    QCOMPARE(model.index(0, UserGroupTableModel::Admin).data().toString(), u"Admin on bound devices"_s);
    QCOMPARE(model.index(0, UserGroupTableModel::Admin).data(ItemRoles::RawValueRole), QVariant(true));
    QVERIFY(!model.index(0, UserGroupTableModel::Admin).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(1, UserGroupTableModel::Admin).data().toString(), QString());
    QCOMPARE(model.index(1, UserGroupTableModel::Admin).data(ItemRoles::RawValueRole), QVariant(false));
    QCOMPARE(model.index(0, UserGroupTableModel::Members).data(ItemRoles::RawValueRole), QVariant(4));
    QCOMPARE(model.index(0, UserGroupTableModel::DeviceGroups).data().toInt(), 2);
    QCOMPARE(model.index(0, UserGroupTableModel::Name).data(ItemRoles::RawValueRole).toString(), u"group-g1"_s);
}

void TestTableModels::deviceGroupColumns()
{
    DeviceGroupRow row = makeRow<DeviceGroupRow>(u"G"_s, 7);
    row.group.description = u"All Laptops"_s;
    row.userGroupCount = 3;
    DeviceGroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ row });

    QCOMPARE(model.index(0, DeviceGroupTableModel::Name).data().toString(), u"devices-G"_s);
    QCOMPARE(
        model.index(0, DeviceGroupTableModel::Description).data(ItemRoles::RawValueRole).toString(), u"all laptops"_s);
    QCOMPARE(model.index(0, DeviceGroupTableModel::Members).data(ItemRoles::RawValueRole), QVariant(7));
    QCOMPARE(model.index(0, DeviceGroupTableModel::UserGroups).data().toInt(), 3);
    QCOMPARE(model.index(0, 0).data(ItemRoles::SearchTextRole).toString(), u"devices-g\nall laptops"_s);
}

void TestTableModels::headersAreTitles()
{
    UserTableModel users;
    QCOMPARE(users.headerData(UserTableModel::LocalAccount, Qt::Horizontal).toString(), u"Local account"_s);
    DeviceTableModel devices;
    QCOMPARE(devices.headerData(DeviceTableModel::LastContact, Qt::Horizontal).toString(), u"Last contact"_s);
    UserGroupTableModel userGroups;
    QCOMPARE(userGroups.headerData(UserGroupTableModel::DeviceGroups, Qt::Horizontal).toString(), u"Device groups"_s);
    DeviceGroupTableModel deviceGroups;
    QCOMPARE(deviceGroups.headerData(DeviceGroupTableModel::UserGroups, Qt::Horizontal).toString(), u"User groups"_s);
}

void TestTableModels::changeMarksSignalOnlyTheirRows()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ makeRow<UserRow>(u"a"_s, 1), makeRow<UserRow>(u"b"_s, 1), makeRow<UserRow>(u"c"_s, 1) });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    using Mark = OutboxTouchedObjects::Mark;
    model.setChangeMarks({ { u"b"_s, int(Mark::Pending) }, { u"gone"_s, int(Mark::Failed) } });
    QCOMPARE(changed.count(), 1); // b only: an id not in the table changes nothing
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, 0).data(ItemRoles::ChangeMarkRole).toInt(), int(Mark::Pending));
    QCOMPARE(model.index(1, 1).data(ItemRoles::ChangeMarkRole), QVariant()); // first column only
    QCOMPARE(model.index(0, 0).data(ItemRoles::ChangeMarkRole).toInt(), 0);
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().startsWith(u"Changes to this object wait"_s));

    changed.clear();
    model.setChangeMarks({ { u"b"_s, int(Mark::Pending) } }); // the same for the rows in the table
    QCOMPARE(changed.count(), 0);
    model.setChangeMarks({ { u"b"_s, int(Mark::Failed) }, { u"c"_s, int(Mark::Pending) } });
    QCOMPARE(changed.count(), 2);
    changed.clear();
    model.setChangeMarks({});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(1, 0).data(ItemRoles::ChangeMarkRole).toInt(), 0);
}

void TestTableModels::touchedObjectsFromTheOutbox()
{
    using Mark = OutboxTouchedObjects::Mark;
    const OutboxChangeFactory factory;
    OutboxRow bind = factory.bindUserToDevice(u"u1"_s, u"alice"_s, u"d1"_s, u"build-01"_s, false, false);
    OutboxRow join = factory.addUserToGroup(u"g1"_s, u"Sales"_s, u"u1"_s, u"alice"_s);
    join.state = OutboxRow::State::Failed;
    OutboxRow groups = factory.bindGroups(u"g1"_s, u"Sales"_s, u"dg1"_s, u"Macs"_s);
    OutboxRow done = factory.renameDevice(u"d2"_s, u"x"_s, u"y"_s);
    done.state = OutboxRow::State::Done;
    const OutboxTouchedObjects touched = OutboxTouchedObjects::of({ bind, join, groups, done });
    QCOMPARE(touched.marks(ObjectKind::User), (QHash<QString, int> { { u"u1"_s, int(Mark::Failed) } }));
    QCOMPARE(touched.marks(ObjectKind::Device), (QHash<QString, int> { { u"d1"_s, int(Mark::Pending) } }));
    QCOMPARE(touched.marks(ObjectKind::UserGroup), (QHash<QString, int> { { u"g1"_s, int(Mark::Failed) } }));
    QCOMPARE(touched.marks(ObjectKind::DeviceGroup), (QHash<QString, int> { { u"dg1"_s, int(Mark::Pending) } }));
}

QTEST_GUILESS_MAIN(TestTableModels)
#include "test_table_models.moc"
