// Drag and drop in the four object tables (models/items): the MIME format, what may be dropped where, and the drop
// request a drop announces — on the models themselves and through the panes' filter proxy, each model under
// QAbstractItemModelTester.
#include "DeviceGroupTableModel.h"
#include "DeviceTableModel.h"
#include "ObjectFilterProxyModel.h"
#include "ObjectMimeData.h"
#include "UserGroupTableModel.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ObjectKind)
Q_DECLARE_METATYPE(ObjectDropOperation)

namespace {

UserRow user(const QString &id, const QString &username)
{
    UserRow row;
    row.user.id = id;
    row.user.username = username;
    return row;
}

DeviceRow device(const QString &id, const QString &hostname, const QString &displayName = {})
{
    DeviceRow row;
    row.device.id = id;
    row.device.hostname = hostname;
    row.device.displayName = displayName;
    return row;
}

UserGroupRow userGroup(const QString &id, const QString &name)
{
    UserGroupRow row;
    row.group.id = id;
    row.group.name = name;
    return row;
}

DeviceGroupRow deviceGroup(const QString &id, const QString &name)
{
    DeviceGroupRow row;
    row.group.id = id;
    row.group.name = name;
    return row;
}

// The four tables, filled, each watched by a tester.
struct Tables
{
    UserTableModel users;
    DeviceTableModel devices;
    UserGroupTableModel userGroups;
    DeviceGroupTableModel deviceGroups;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    Tables()
    {
        users.setRows({ user(u"u1"_s, u"alice"_s), user(u"u2"_s, u"bob"_s), user(u"u3"_s, u"carol"_s) });
        devices.setRows({ device(u"d1"_s, u"build-01"_s), device(u"d2"_s, u"mac-02"_s, u"Erin's Mac"_s) });
        userGroups.setRows({ userGroup(u"ug1"_s, u"Engineering"_s), userGroup(u"ug2"_s, u"All Staff"_s) });
        deviceGroups.setRows({ deviceGroup(u"dg1"_s, u"Build Farm"_s) });
        for (QAbstractItemModel *model :
            std::initializer_list<QAbstractItemModel *> { &users, &devices, &userGroups, &deviceGroups }) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
    }

    ObjectDragDropModel &model(ObjectKind kind)
    {
        switch (kind) {
        case ObjectKind::User:
            return users;
        case ObjectKind::Device:
            return devices;
        case ObjectKind::UserGroup:
            return userGroups;
        case ObjectKind::DeviceGroup:
            break;
        }
        return deviceGroups;
    }
};

std::unique_ptr<QMimeData> dragged(ObjectKind kind, const QStringList &ids, const QStringList &names)
{
    return ObjectMimeData::encode(DraggedObjects { kind, ids, names });
}

} // namespace

class TestObjectDragDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mimeDataRoundTrips();
    void mimeDataRefusesForeignOrBrokenPayloads_data();
    void mimeDataRefusesForeignOrBrokenPayloads();
    void rowsDragOutOnceEachWithTheirNames();
    void flagsSayWhichTablesTakeDrops();
    void onlyCopyIsOffered();
    void kindsCombineAsTheDomainSays_data();
    void kindsCombineAsTheDomainSays();
    void dropsLandOnRowsOnly();
    void aGroupCannotBeDroppedOnItself();
    void dropAnnouncesTheRequestAndChangesNothing();
    void refusedDropAnnouncesNothing();
    void dropsWorkThroughTheFilterProxy();
};

void TestObjectDragDrop::mimeDataRoundTrips()
{
    const DraggedObjects objects { ObjectKind::UserGroup, { u"ug1"_s, u"ug2"_s },
        { u"Engineering"_s, u"Zoë’s team"_s } };
    const auto data = ObjectMimeData::encode(objects);
    QVERIFY(data->hasFormat(u"application/x-bindery-objects"_s));
    QCOMPARE(data->text(), u"Engineering\nZoë’s team"_s); // plain text for editors and chats
    const auto decoded = ObjectMimeData::decode(data.get());
    QVERIFY(decoded);
    QCOMPARE(*decoded, objects);
}

void TestObjectDragDrop::mimeDataRefusesForeignOrBrokenPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not JSON") << QByteArray("kind=user");
    QTest::newRow("array") << QByteArray(R"(["user"])");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"printer","ids":["p1"],"names":["P"]})");
    QTest::newRow("no ids") << QByteArray(R"({"kind":"user","ids":[],"names":[]})");
    QTest::newRow("names short") << QByteArray(R"({"kind":"user","ids":["u1","u2"],"names":["alice"]})");
    QTest::newRow("id not a string") << QByteArray(R"({"kind":"user","ids":[1],"names":["alice"]})");
    QTest::newRow("empty id") << QByteArray(R"({"kind":"user","ids":[""],"names":["alice"]})");
}

void TestObjectDragDrop::mimeDataRefusesForeignOrBrokenPayloads()
{
    QFETCH(QByteArray, payload);
    QMimeData data;
    data.setData(ObjectMimeData::mimeType(), payload);
    QVERIFY(!ObjectMimeData::decode(&data));
    QMimeData text;
    text.setText(u"alice"_s);
    QVERIFY(!ObjectMimeData::decode(&text));
    QVERIFY(!ObjectMimeData::decode(nullptr));
}

void TestObjectDragDrop::rowsDragOutOnceEachWithTheirNames()
{
    Tables tables;
    QCOMPARE(tables.users.mimeTypes(), QStringList { ObjectMimeData::mimeType() });
    // A row selected in a table arrives as one index per column; each row goes out once, in the order given.
    const QModelIndexList indexes { tables.users.index(2, 0), tables.users.index(0, 0), tables.users.index(2, 3),
        tables.users.index(0, 1) };
    std::unique_ptr<QMimeData> data(tables.users.mimeData(indexes));
    QVERIFY(data);
    const auto decoded = ObjectMimeData::decode(data.get());
    QVERIFY(decoded);
    QCOMPARE(decoded->kind, ObjectKind::User);
    QCOMPARE(decoded->ids, (QStringList { u"u3"_s, u"u1"_s }));
    QCOMPARE(decoded->names, (QStringList { u"carol"_s, u"alice"_s }));

    // Devices carry their shown name: the display name, else the hostname.
    std::unique_ptr<QMimeData> devices(
        tables.devices.mimeData({ tables.devices.index(0, 0), tables.devices.index(1, 0) }));
    QCOMPARE(ObjectMimeData::decode(devices.get())->names, (QStringList { u"build-01"_s, u"Erin's Mac"_s }));
    QVERIFY(!tables.users.mimeData({}));
}

void TestObjectDragDrop::flagsSayWhichTablesTakeDrops()
{
    Tables tables;
    const QModelIndex userRow = tables.users.index(0, 0);
    QVERIFY(tables.users.flags(userRow) & Qt::ItemIsDragEnabled);
    QVERIFY(!(tables.users.flags(userRow) & Qt::ItemIsDropEnabled)); // nothing is dropped on a user
    for (ObjectKind kind : { ObjectKind::Device, ObjectKind::UserGroup, ObjectKind::DeviceGroup }) {
        ObjectDragDropModel &model = tables.model(kind);
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsDropEnabled);
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags({}) & Qt::ItemIsDropEnabled)); // not between or below rows
    }
}

void TestObjectDragDrop::onlyCopyIsOffered()
{
    Tables tables;
    // A move would make the source view remove the dragged rows when the drag ends.
    QCOMPARE(tables.users.supportedDragActions(), Qt::DropActions(Qt::CopyAction));
    QCOMPARE(tables.devices.supportedDropActions(), Qt::DropActions(Qt::CopyAction));
    QCOMPARE(tables.users.supportedDropActions(), Qt::DropActions(Qt::IgnoreAction));
    const auto data = dragged(ObjectKind::User, { u"u1"_s }, { u"alice"_s });
    QVERIFY(!tables.devices.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, tables.devices.index(0, 0)));
    QVERIFY(tables.devices.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, tables.devices.index(0, 0)));
}

void TestObjectDragDrop::kindsCombineAsTheDomainSays_data()
{
    QTest::addColumn<ObjectKind>("source");
    QTest::addColumn<ObjectKind>("target");
    QTest::addColumn<ObjectDropOperation>("operation");
    const auto row = [](const char *name, ObjectKind source, ObjectKind target, ObjectDropOperation operation) {
        QTest::newRow(name) << source << target << operation;
    };
    using K = ObjectKind;
    using O = ObjectDropOperation;
    row("users → device", K::User, K::Device, O::BindToDevices);
    row("users → device group", K::User, K::DeviceGroup, O::BindToDevices);
    row("users → user group", K::User, K::UserGroup, O::AddUsersToGroup);
    row("user group → device", K::UserGroup, K::Device, O::BindToDevices);
    row("user group → device group", K::UserGroup, K::DeviceGroup, O::BindGroups);
    row("user group → user group", K::UserGroup, K::UserGroup, O::AddUsersToGroup);
    row("devices → device group", K::Device, K::DeviceGroup, O::AddDevicesToGroup);
    row("devices → device", K::Device, K::Device, O::None);
    row("devices → user group", K::Device, K::UserGroup, O::None);
    row("device group → user group", K::DeviceGroup, K::UserGroup, O::None);
    row("device group → device group", K::DeviceGroup, K::DeviceGroup, O::None);
    row("user group → user", K::UserGroup, K::User, O::None);
    row("users → user", K::User, K::User, O::None);
}

void TestObjectDragDrop::kindsCombineAsTheDomainSays()
{
    QFETCH(ObjectKind, source);
    QFETCH(ObjectKind, target);
    QFETCH(ObjectDropOperation, operation);
    QCOMPARE(ObjectDropRequest::operationFor(source, target), operation);

    Tables tables;
    ObjectDragDropModel &model = tables.model(target);
    const auto data = dragged(source, { u"x1"_s, u"x2"_s }, { u"one"_s, u"two"_s });
    const QModelIndex row = model.index(0, 1);
    QCOMPARE(model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, row), operation != ObjectDropOperation::None);
    const auto request = model.dropRequest(data.get(), row);
    QCOMPARE(request.has_value(), operation != ObjectDropOperation::None);
    if (request) {
        QCOMPARE(request->operation, operation);
        QCOMPARE(request->targetKind, target);
        QCOMPARE(request->targetId, row.siblingAtColumn(0).data(ItemRoles::ObjectIdRole).toString());
        QCOMPARE(request->source.ids, (QStringList { u"x1"_s, u"x2"_s }));
    }
}

void TestObjectDragDrop::dropsLandOnRowsOnly()
{
    Tables tables;
    const auto data = dragged(ObjectKind::User, { u"u1"_s }, { u"alice"_s });
    DeviceTableModel &devices = tables.devices;
    QVERIFY(devices.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, devices.index(1, 2)));
    QVERIFY(!devices.canDropMimeData(data.get(), Qt::CopyAction, 1, 0, {})); // between rows
    QVERIFY(!devices.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {})); // below the last row
    UserTableModel other;
    other.setRows({ user(u"u9"_s, u"zed"_s) });
    QVERIFY(!devices.dropRequest(data.get(), other.index(0, 0))); // an index of another model
    QMimeData text;
    text.setText(u"alice"_s);
    QVERIFY(!devices.canDropMimeData(&text, Qt::CopyAction, -1, -1, devices.index(0, 0)));
}

void TestObjectDragDrop::aGroupCannotBeDroppedOnItself()
{
    Tables tables;
    const auto itself = dragged(ObjectKind::UserGroup, { u"ug1"_s }, { u"Engineering"_s });
    QVERIFY(!tables.userGroups.canDropMimeData(itself.get(), Qt::CopyAction, -1, -1, tables.userGroups.index(0, 0)));
    QVERIFY(tables.userGroups.canDropMimeData(itself.get(), Qt::CopyAction, -1, -1, tables.userGroups.index(1, 0)));
}

void TestObjectDragDrop::dropAnnouncesTheRequestAndChangesNothing()
{
    Tables tables;
    QSignalSpy requested(&tables.devices, &ObjectDragDropModel::dropRequested);
    QSignalSpy reset(&tables.devices, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&tables.devices, &QAbstractItemModel::dataChanged);
    const auto data = dragged(ObjectKind::User, { u"u1"_s, u"u2"_s, u"u3"_s }, { u"alice"_s, u"bob"_s, u"carol"_s });
    QVERIFY(tables.devices.dropMimeData(data.get(), Qt::CopyAction, -1, -1, tables.devices.index(0, 0)));
    QCOMPARE(requested.count(), 1);
    const auto request = requested.at(0).at(0).value<ObjectDropRequest>();
    QCOMPARE(request.operation, ObjectDropOperation::BindToDevices);
    QCOMPARE(request.source.names, (QStringList { u"alice"_s, u"bob"_s, u"carol"_s }));
    QCOMPARE(request.targetKind, ObjectKind::Device);
    QCOMPARE(request.targetId, u"d1"_s);
    QCOMPARE(request.targetName, u"build-01"_s);
    QCOMPARE(tables.devices.rowCount(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestObjectDragDrop::refusedDropAnnouncesNothing()
{
    Tables tables;
    QSignalSpy requested(&tables.deviceGroups, &ObjectDragDropModel::dropRequested);
    const auto groups = dragged(ObjectKind::DeviceGroup, { u"dg1"_s }, { u"Build Farm"_s });
    QVERIFY(!tables.deviceGroups.dropMimeData(groups.get(), Qt::CopyAction, -1, -1, tables.deviceGroups.index(0, 0)));
    const auto users = dragged(ObjectKind::User, { u"u1"_s }, { u"alice"_s });
    QVERIFY(!tables.deviceGroups.dropMimeData(users.get(), Qt::CopyAction, 0, 0, {}));
    QCOMPARE(requested.count(), 0);
}

void TestObjectDragDrop::dropsWorkThroughTheFilterProxy()
{
    Tables tables;
    ObjectFilterProxyModel proxy;
    proxy.setSourceModel(&tables.devices);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(0, Qt::DescendingOrder); // mac-02 first
    proxy.setFilterText(u"mac"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QSignalSpy requested(&tables.devices, &ObjectDragDropModel::dropRequested);
    const auto data = dragged(ObjectKind::User, { u"u2"_s }, { u"bob"_s });
    const QModelIndex row = proxy.index(0, 0);
    QVERIFY(proxy.flags(row) & Qt::ItemIsDropEnabled);
    QVERIFY(proxy.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, row));
    QVERIFY(proxy.dropMimeData(data.get(), Qt::CopyAction, -1, -1, row));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<ObjectDropRequest>().targetId, u"d2"_s);

    // Dragging out of the proxy maps back to the source rows.
    std::unique_ptr<QMimeData> out(proxy.mimeData({ proxy.index(0, 0), proxy.index(0, 1) }));
    QCOMPARE(ObjectMimeData::decode(out.get())->ids, QStringList { u"d2"_s });
}

QTEST_GUILESS_MAIN(TestObjectDragDrop)
#include "test_object_drag_drop.moc"
