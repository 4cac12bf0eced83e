// Drag and drop as the panes see it: QDragEnterEvent / QDragMoveEvent / QDropEvent sent to a pane's viewport (never
// QDrag::exec), the row highlight and the hint that says what the drop will do, the drop request the pane passes on,
// "Bind to…" from the selection, and the spring-loaded navigation list.
#include "DeviceGroupTableModel.h"
#include "DeviceTableModel.h"
#include "DragSpringLoader.h"
#include "ObjectMimeData.h"
#include "ObjectPane.h"
#include "UserTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QRubberBand>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DeviceRow device(const QString &id, const QString &hostname)
{
    DeviceRow row;
    row.device.id = id;
    row.device.hostname = hostname;
    return row;
}

UserRow user(const QString &id, const QString &username)
{
    UserRow row;
    row.user.id = id;
    row.user.username = username;
    return row;
}

std::unique_ptr<QMimeData> users(int count)
{
    DraggedObjects objects { ObjectKind::User, {}, {} };
    for (int i = 1; i <= count; ++i) {
        objects.ids.append(u"u%1"_s.arg(i));
        objects.names.append(u"user%1"_s.arg(i));
    }
    return ObjectMimeData::encode(objects);
}

} // namespace

class TestPaneDragDrop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hoveringARowHighlightsItAndSaysWhatTheDropDoes();
    void droppingPassesTheRequestOnAndClearsTheHint();
    void refusedDropsSayWhy();
    void foreignDataIsIgnored();
    void leavingClearsTheHighlight();
    void bindToStartsFromTheSelectedRows();
    void springLoadedNavigationSwitchesPanes();

private:
    QPoint centreOfRow(const QString &hostname) const;
    QWidget *viewport() const { return m_pane->table()->viewport(); }
    QRubberBand *highlight() const { return m_pane->findChild<QRubberBand *>(u"devicesDropHighlight"_s); }

    std::unique_ptr<DeviceTableModel> m_devices;
    std::unique_ptr<ObjectPane> m_pane;
};

void TestPaneDragDrop::init()
{
    m_devices = std::make_unique<DeviceTableModel>();
    m_devices->setRows(
        { device(u"d1"_s, u"build-01"_s), device(u"d2"_s, u"build-02"_s), device(u"d3"_s, u"mac-03"_s) });
    m_pane = std::make_unique<ObjectPane>(PaneKind::Devices, m_devices.get());
    m_pane->resize(600, 400);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestPaneDragDrop::cleanup()
{
    m_pane.reset();
    m_devices.reset();
}

QPoint TestPaneDragDrop::centreOfRow(const QString &hostname) const
{
    QTableView *table = m_pane->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 1);
        if (table->model()->index(row, 0).data().toString() == hostname)
            return table->visualRect(index).center();
    }
    return {};
}

void TestPaneDragDrop::hoveringARowHighlightsItAndSaysWhatTheDropDoes()
{
    QVERIFY(m_pane->table()->dragEnabled());
    QVERIFY(viewport()->acceptDrops());
    const auto data = users(3);
    const QPoint target = centreOfRow(u"build-02"_s);
    QDragEnterEvent enter(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QSignalSpy hints(m_pane.get(), &ObjectPane::dropHintChanged);
    QApplication::sendEvent(viewport(), &move);
    QVERIFY(move.isAccepted());
    QCOMPARE(move.dropAction(), Qt::CopyAction);
    QCOMPARE(m_pane->dropHint(), u"Bind 3 users to build-02"_s);
    QCOMPARE(m_pane->findChild<QLabel *>(u"devicesDropHint"_s)->text(), u"Bind 3 users to build-02"_s);
    QCOMPARE(hints.count(), 0); // already said on enter
    // The whole row is highlighted, not just the cell under the cursor.
    QVERIFY(highlight()->isVisible());
    QCOMPARE(highlight()->geometry().width(), viewport()->width());
    QVERIFY(highlight()->geometry().contains(target));

    // Another row: another hint; one user is named.
    const auto one = ObjectMimeData::encode({ ObjectKind::User, { u"u1"_s }, { u"alice"_s } });
    QDragMoveEvent other(centreOfRow(u"mac-03"_s), Qt::CopyAction, one.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &other);
    QCOMPARE(m_pane->dropHint(), u"Bind alice to mac-03"_s);
    QCOMPARE(hints.count(), 1);

    // Below the last row nothing can be dropped.
    QDragMoveEvent below(
        QPoint(10, viewport()->height() - 5), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &below);
    QVERIFY(!below.isAccepted());
    QVERIFY(!highlight()->isVisible());
    QVERIFY(m_pane->dropHint().isEmpty());
}

void TestPaneDragDrop::droppingPassesTheRequestOnAndClearsTheHint()
{
    m_pane->searchField()->setText(u"build"_s); // the proxy filters and sorts: rows are mapped back
    m_pane->table()->sortByColumn(0, Qt::DescendingOrder);
    const auto data = users(2);
    const QPoint target = centreOfRow(u"build-01"_s);
    QDragEnterEvent enter(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QDragMoveEvent move(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QSignalSpy requested(m_pane.get(), &ObjectPane::dropRequested);
    QDropEvent drop(QPointF(target), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(drop.dropAction(), Qt::CopyAction);
    QCOMPARE(requested.count(), 1);
    const auto request = requested.at(0).at(0).value<ObjectDropRequest>();
    QCOMPARE(request.targetId, u"d1"_s);
    QCOMPARE(request.targetName, u"build-01"_s);
    QCOMPARE(request.source.ids, (QStringList { u"u1"_s, u"u2"_s }));
    QCOMPARE(request.operation, ObjectDropOperation::BindToDevices);
    QVERIFY(m_pane->dropHint().isEmpty());
    QVERIFY(!highlight()->isVisible());
    QCOMPARE(m_devices->rowCount(), 3); // a drop changes nothing by itself
}

void TestPaneDragDrop::refusedDropsSayWhy()
{
    const auto devices = ObjectMimeData::encode({ ObjectKind::Device, { u"d9"_s }, { u"ws-9"_s } });
    const QPoint target = centreOfRow(u"build-01"_s);
    QDragEnterEvent enter(target, Qt::CopyAction, devices.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QDragMoveEvent move(target, Qt::CopyAction, devices.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QVERIFY(!move.isAccepted());
    QVERIFY(!highlight()->isVisible());
    QCOMPARE(m_pane->dropHint(), u"Drop ws-9 on a device group"_s);
    QSignalSpy requested(m_pane.get(), &ObjectPane::dropRequested);
    QDropEvent drop(QPointF(target), Qt::CopyAction, devices.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &drop);
    QVERIFY(!drop.isAccepted());
    QCOMPARE(requested.count(), 0);

    // The Users pane takes no drops at all.
    UserTableModel usersModel;
    usersModel.setRows({ user(u"u1"_s, u"alice"_s) });
    ObjectPane usersPane(PaneKind::Users, &usersModel);
    usersPane.resize(400, 300);
    usersPane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&usersPane));
    const auto data = users(1);
    const QPoint row = usersPane.table()->visualRect(usersPane.table()->model()->index(0, 0)).center();
    QDragEnterEvent enterUsers(row, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(usersPane.table()->viewport(), &enterUsers);
    QVERIFY(!enterUsers.isAccepted());
}

void TestPaneDragDrop::foreignDataIsIgnored()
{
    QMimeData text;
    text.setText(u"alice"_s);
    const QPoint target = centreOfRow(u"build-01"_s);
    QDragEnterEvent enter(target, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(m_pane->dropHint().isEmpty());
}

void TestPaneDragDrop::leavingClearsTheHighlight()
{
    const auto data = users(1);
    const QPoint target = centreOfRow(u"build-01"_s);
    QDragEnterEvent enter(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(highlight()->isVisible());
    QSignalSpy hints(m_pane.get(), &ObjectPane::dropHintChanged);
    QDragLeaveEvent leave;
    QApplication::sendEvent(viewport(), &leave);
    QVERIFY(!highlight()->isVisible());
    QVERIFY(m_pane->dropHint().isEmpty());
    QCOMPARE(hints.count(), 1);
    QCOMPARE(hints.at(0).at(0).toString(), QString());
}

void TestPaneDragDrop::bindToStartsFromTheSelectedRows()
{
    QTableView *table = m_pane->table();
    table->selectionModel()->select(
        table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(
        table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const DraggedObjects selected = m_pane->selectedObjects();
    QCOMPARE(selected.kind, ObjectKind::Device);
    QCOMPARE(selected.names, (QStringList { u"build-01"_s, u"mac-03"_s })); // in the order shown
    QVERIFY(m_pane->bindToAction());
    QCOMPARE(m_pane->bindToAction()->text(), u"&Add to device group…"_s);
    QSignalSpy requested(m_pane.get(), &ObjectPane::bindToRequested);
    m_pane->bindToAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<DraggedObjects>(), selected);

    DeviceGroupTableModel groups;
    ObjectPane groupPane(PaneKind::DeviceGroups, &groups);
    QVERIFY(!groupPane.bindToAction()); // a device group goes nowhere
}

void TestPaneDragDrop::springLoadedNavigationSwitchesPanes()
{
    QListWidget navigation;
    navigation.addItems({ u"Users"_s, u"Devices"_s, u"User groups"_s, u"Device groups"_s });
    navigation.resize(200, 200);
    navigation.show();
    QVERIFY(QTest::qWaitForWindowExposed(&navigation));
    auto *loader = new DragSpringLoader(&navigation, 20);
    QSignalSpy activated(loader, &DragSpringLoader::activated);
    const auto data = users(1);
    const QPoint devices = navigation.visualItemRect(navigation.item(1)).center();
    QDragEnterEvent enter(devices, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(navigation.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(devices, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(navigation.viewport(), &move);
    QVERIFY(!move.isAccepted()); // nothing lands on the list itself
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 1);

    QDragLeaveEvent leave;
    QApplication::sendEvent(navigation.viewport(), &leave);
    QMimeData text;
    text.setText(u"x"_s);
    QDragEnterEvent foreign(devices, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(navigation.viewport(), &foreign);
    QVERIFY(!foreign.isAccepted());
}

QTEST_MAIN(TestPaneDragDrop)
#include "test_pane_drag_drop.moc"
