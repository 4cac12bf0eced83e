// Filter-as-you-type and RawValueRole sorting over each of the four tables, under the tester.
#include "DeviceGroupTableModel.h"
#include "DeviceTableModel.h"
#include "ObjectFilterProxyModel.h"
#include "UserGroupTableModel.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QDateTime day(int d)
{
    return QDateTime(QDate(2025, 2, d), QTime(12, 0), QTimeZone::utc());
}

UserRow user(const QString &id, const QString &username, const QString &first, const QString &last,
    const QString &department, int devices, int createdDay)
{
    UserRow row;
    row.user.id = id;
    row.user.username = username;
    row.user.firstName = first;
    row.user.lastName = last;
    row.user.email = username + u"@example.com"_s;
    row.user.department = department;
    row.user.created = createdDay > 0 ? day(createdDay) : QDateTime();
    row.deviceCount = devices;
    return row;
}

QList<UserRow> users()
{
    return {
        user(u"u1"_s, u"jdoe"_s, u"John"_s, u"Doe"_s, u"Engineering"_s, 2, 10),
        user(u"u2"_s, u"Asmith"_s, u"Anna"_s, u"Smith"_s, u"Sales"_s, 10, 3),
        user(u"u3"_s, u"bjohnson"_s, u"Bob"_s, u"Johnson"_s, u"Engineering"_s, 0, 0),
        user(u"u4"_s, u"cjones"_s, u"Carla"_s, u"Jones"_s, u"Finance"_s, 1, 20),
        user(u"u5"_s, u"johnny"_s, u"Johnny"_s, u"Walker"_s, u"Sales"_s, 2, 5),
    };
}

struct Fixture
{
    UserTableModel model;
    ObjectFilterProxyModel proxy;
    QAbstractItemModelTester sourceTester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester proxyTester { &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest };

    Fixture()
    {
        model.setRows(users());
        proxy.setSourceModel(&model);
    }
};

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

QStringList ids(const QAbstractItemModel &model)
{
    return column(model, 0, ItemRoles::ObjectIdRole);
}

} // namespace

class TestObjectFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void filter_data();
    void filter();
    void narrowingAndWidening();
    void sortUsers_data();
    void sortUsers();
    void sortedWhileFiltered();
    void followsSourceChanges();
    void otherTables();
    void plainSourceModel();
};

void TestObjectFilterProxyModel::defaults()
{
    ObjectFilterProxyModel proxy;
    QCOMPARE(proxy.sortRole(), int(ItemRoles::RawValueRole));
    QVERIFY(proxy.dynamicSortFilter());
    QCOMPARE(proxy.sortCaseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(proxy.filterCaseSensitivity(), Qt::CaseInsensitive);
}

void TestObjectFilterProxyModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedIds"); // in source order: the proxy is unsorted here

    const QStringList all { u"u1"_s, u"u2"_s, u"u3"_s, u"u4"_s, u"u5"_s };
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blanks only") << u"  \t "_s << all;
    QTest::newRow("one term") << u"john"_s << QStringList { u"u1"_s, u"u3"_s, u"u5"_s };
    QTest::newRow("case-insensitive") << u"JOHN"_s << QStringList { u"u1"_s, u"u3"_s, u"u5"_s };
    QTest::newRow("two terms, both must occur") << u"john sales"_s << QStringList { u"u5"_s };
    QTest::newRow("terms in any order") << u"sales   JOHN"_s << QStringList { u"u5"_s };
    QTest::newRow("e-mail") << u"asmith@example"_s << QStringList { u"u2"_s };
    QTest::newRow("department") << u"engineering"_s << QStringList { u"u1"_s, u"u3"_s };
    QTest::newRow("full name") << u"carla jones"_s << QStringList { u"u4"_s };
    QTest::newRow("state") << u"activated"_s << all;
    QTest::newRow("no match") << u"zebra"_s << QStringList();
    QTest::newRow("a term cannot span two fields") << u"doeengineering"_s << QStringList();
}

void TestObjectFilterProxyModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expectedIds);

    Fixture f;
    f.proxy.setFilterText(text);
    QCOMPARE(f.proxy.filterText(), text);
    QCOMPARE(ids(f.proxy), expectedIds);
}

void TestObjectFilterProxyModel::narrowingAndWidening()
{
    Fixture f;
    f.proxy.sort(UserTableModel::Username);
    const QStringList steps[][2] = {
        { { u"j"_s }, { u"u3"_s, u"u4"_s, u"u1"_s, u"u5"_s } },
        { { u"jo"_s }, { u"u3"_s, u"u4"_s, u"u1"_s, u"u5"_s } },
        { { u"joh"_s }, { u"u3"_s, u"u1"_s, u"u5"_s } },
        { { u"john"_s }, { u"u3"_s, u"u1"_s, u"u5"_s } },
        { { u"johnn"_s }, { u"u5"_s } },
        { { u"john"_s }, { u"u3"_s, u"u1"_s, u"u5"_s } },
        { { u"jo"_s }, { u"u3"_s, u"u4"_s, u"u1"_s, u"u5"_s } },
        { { u"jo fin"_s }, { u"u4"_s } },
        { { QString() }, { u"u2"_s, u"u3"_s, u"u4"_s, u"u1"_s, u"u5"_s } },
    };
    for (const auto &step : steps) {
        f.proxy.setFilterText(step[0].first());
        QCOMPARE(ids(f.proxy), step[1]);
    }
}

void TestObjectFilterProxyModel::sortUsers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("username, case-insensitive") << int(UserTableModel::Username) << Qt::AscendingOrder
                                                << QStringList { u"u2"_s, u"u3"_s, u"u4"_s, u"u1"_s, u"u5"_s };
    QTest::newRow("username descending") << int(UserTableModel::Username) << Qt::DescendingOrder
                                         << QStringList { u"u5"_s, u"u1"_s, u"u4"_s, u"u3"_s, u"u2"_s };
    // 10 after 2: counts sort as numbers, not as text; equal counts keep source order.
    QTest::newRow("devices as numbers") << int(UserTableModel::Devices) << Qt::AscendingOrder
                                        << QStringList { u"u3"_s, u"u4"_s, u"u1"_s, u"u5"_s, u"u2"_s };
    // By date, not by the shown text; the never-set date first.
    QTest::newRow("created as dates") << int(UserTableModel::Created) << Qt::AscendingOrder
                                      << QStringList { u"u3"_s, u"u2"_s, u"u5"_s, u"u1"_s, u"u4"_s };
    QTest::newRow("created descending") << int(UserTableModel::Created) << Qt::DescendingOrder
                                        << QStringList { u"u4"_s, u"u1"_s, u"u5"_s, u"u2"_s, u"u3"_s };
    QTest::newRow("department then source order") << int(UserTableModel::Department) << Qt::AscendingOrder
                                                  << QStringList { u"u1"_s, u"u3"_s, u"u4"_s, u"u2"_s, u"u5"_s };
}

void TestObjectFilterProxyModel::sortUsers()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expectedIds);

    Fixture f;
    f.proxy.sort(column, order);
    QCOMPARE(ids(f.proxy), expectedIds);
    // The same order again after a filter round trip (ranks are reused, then rebuilt).
    f.proxy.setFilterText(u"example"_s);
    QCOMPARE(ids(f.proxy), expectedIds);
}

void TestObjectFilterProxyModel::sortedWhileFiltered()
{
    Fixture f;
    f.proxy.sort(UserTableModel::Devices, Qt::DescendingOrder);
    f.proxy.setFilterText(u"sales"_s);
    QCOMPARE(ids(f.proxy), (QStringList { u"u2"_s, u"u5"_s }));
    f.proxy.sort(UserTableModel::Username);
    QCOMPARE(column(f.proxy, UserTableModel::Username), (QStringList { u"Asmith"_s, u"johnny"_s }));
}

void TestObjectFilterProxyModel::followsSourceChanges()
{
    Fixture f;
    f.proxy.sort(UserTableModel::Devices);
    f.proxy.setFilterText(u"john"_s);
    QCOMPARE(ids(f.proxy), (QStringList { u"u3"_s, u"u1"_s, u"u5"_s }));

    // An update that changes the sort key and one that makes a row match; an insert; a removal.
    UserRow bob = f.model.rowAt(f.model.rowOf(u"u3"_s));
    bob.deviceCount = 50;
    UserRow carla = f.model.rowAt(f.model.rowOf(u"u4"_s));
    carla.user.lastName = u"Johnston"_s;
    const UserRow newcomer = user(u"u6"_s, u"jjohn"_s, u"J"_s, u"John"_s, u"Ops"_s, 3, 1);
    f.model.applyChanges({ bob, carla, newcomer }, { u"u5"_s });
    QCOMPARE(ids(f.proxy), (QStringList { u"u4"_s, u"u1"_s, u"u6"_s, u"u3"_s }));

    // Narrowing after a source change must not trust the acceptance recorded before it.
    f.proxy.setFilterText(u"johns"_s);
    QCOMPARE(ids(f.proxy), (QStringList { u"u4"_s, u"u3"_s }));
    f.proxy.setFilterText(QString());
    QCOMPARE(f.proxy.rowCount(), 5);

    f.model.setRows(users());
    QCOMPARE(ids(f.proxy), (QStringList { u"u3"_s, u"u4"_s, u"u1"_s, u"u5"_s, u"u2"_s }));
}

void TestObjectFilterProxyModel::otherTables()
{
    DeviceTableModel devices;
    DeviceRow mac;
    mac.device.id = u"d1"_s;
    mac.device.hostname = u"studio"_s;
    mac.device.osFamily = OsFamily::MacOS;
    mac.device.lastContact = day(2);
    mac.userCount = 3;
    DeviceRow win = mac;
    win.device.id = u"d2"_s;
    win.device.hostname = u"Desk-01"_s;
    win.device.osFamily = OsFamily::Windows;
    win.device.lastContact = day(1);
    win.userCount = 12;
    devices.setRows({ mac, win });
    ObjectFilterProxyModel deviceProxy;
    QAbstractItemModelTester deviceTester(&deviceProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    deviceProxy.setSourceModel(&devices);
    deviceProxy.sort(DeviceTableModel::LastContact);
    QCOMPARE(ids(deviceProxy), (QStringList { u"d2"_s, u"d1"_s }));
    deviceProxy.sort(DeviceTableModel::Users, Qt::DescendingOrder);
    QCOMPARE(ids(deviceProxy), (QStringList { u"d2"_s, u"d1"_s }));
    deviceProxy.sort(DeviceTableModel::Hostname);
    QCOMPARE(ids(deviceProxy), (QStringList { u"d2"_s, u"d1"_s }));
    deviceProxy.setFilterText(u"macos"_s);
    QCOMPARE(ids(deviceProxy), QStringList { u"d1"_s });

    UserGroupTableModel userGroups;
    UserGroupRow admins;
    admins.group = { u"g1"_s, u"Admins"_s, u"Root on servers"_s, {}, true, false, false, {}, {} };
    admins.memberCount = 9;
    UserGroupRow staff;
    staff.group = { u"g2"_s, u"Staff"_s, u"Everyone"_s, {}, false, false, false, {}, {} };
    staff.memberCount = 120;
    userGroups.setRows({ admins, staff });
    ObjectFilterProxyModel userGroupProxy;
    QAbstractItemModelTester userGroupTester(&userGroupProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    userGroupProxy.setSourceModel(&userGroups);
    userGroupProxy.sort(UserGroupTableModel::Members, Qt::DescendingOrder);
    QCOMPARE(ids(userGroupProxy), (QStringList { u"g2"_s, u"g1"_s }));
    userGroupProxy.sort(UserGroupTableModel::Admin, Qt::DescendingOrder);
    QCOMPARE(ids(userGroupProxy), (QStringList { u"g1"_s, u"g2"_s }));
    userGroupProxy.setFilterText(u"root servers"_s);
    QCOMPARE(ids(userGroupProxy), QStringList { u"g1"_s });

    DeviceGroupTableModel deviceGroups;
    DeviceGroupRow laptops { { u"G1"_s, u"Laptops"_s, u"Mobile fleet"_s, {} }, 80, 1 };
    DeviceGroupRow servers { { u"G2"_s, u"servers"_s, u"Racks"_s, {} }, 8, 4 };
    deviceGroups.setRows({ laptops, servers });
    ObjectFilterProxyModel deviceGroupProxy;
    QAbstractItemModelTester deviceGroupTester(
        &deviceGroupProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    deviceGroupProxy.setSourceModel(&deviceGroups);
    deviceGroupProxy.sort(DeviceGroupTableModel::Members);
    QCOMPARE(ids(deviceGroupProxy), (QStringList { u"G2"_s, u"G1"_s }));
    deviceGroupProxy.sort(DeviceGroupTableModel::UserGroups, Qt::DescendingOrder);
    QCOMPARE(ids(deviceGroupProxy), (QStringList { u"G2"_s, u"G1"_s }));
    deviceGroupProxy.setFilterText(u"FLEET"_s);
    QCOMPARE(ids(deviceGroupProxy), QStringList { u"G1"_s });
}

void TestObjectFilterProxyModel::plainSourceModel()
{
    // Any model answering SearchTextRole and RawValueRole works, through the generic path.
    QStandardItemModel source;
    for (const auto &[text, raw] :
        { std::pair { u"beta one"_s, 2 }, std::pair { u"alpha two"_s, 10 }, std::pair { u"gamma one"_s, 1 } }) {
        auto *item = new QStandardItem(text);
        item->setData(text, ItemRoles::SearchTextRole);
        item->setData(raw, ItemRoles::RawValueRole);
        source.appendRow(item);
    }
    ObjectFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.sort(0);
    QCOMPARE(column(proxy, 0), (QStringList { u"gamma one"_s, u"beta one"_s, u"alpha two"_s }));
    proxy.setFilterText(u"ONE"_s);
    QCOMPARE(column(proxy, 0), (QStringList { u"gamma one"_s, u"beta one"_s }));
}

QTEST_GUILESS_MAIN(TestObjectFilterProxyModel)
#include "test_object_filter_proxy_model.moc"
