// The main window on the SampleOrg cache: offline review, switching panes, filtering, sorting.
#include "GuiTestSupport.h"
#include "ItemRoles.h"
#include "NavigationList.h"
#include "ObjectPane.h"
#include "SampleOrg.h"
#include "TempCache.h"
#include "UserTableModel.h"
#include "Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void opensTheCacheForOfflineReview();
    void fillsTheHiddenPanesAfterTheFirstPaint();
    void visitingEveryPaneBeforeThePaintShowsTheOrg();
    void switchesPanesByShortcut();
    void switchesPanesWithTheNavigationList();
    void filterNarrowsRowsAndCount();
    void enterInTheFilterMovesToTheTable();
    void ctrlFFocusesTheFilter();
    void sortsByHeaderClick();
    void startsOnTheStartPageWithoutACache();
    void opensTheRecentCacheAtStart();

private:
    template<typename T>
    static T *find(QWidget *root, const QString &name)
    {
        T *widget = root->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    static QStringList columnValues(QTableView *table, int column);

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    QString m_cachePath;
};

void TestMainWindow::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
    m_cachePath = m_temp.path(u"sample.sqlite"_s);
    const QString error = SampleOrg::writeCache(m_cachePath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::init()
{
    GuiTestSupport::resetState();
}

QStringList TestMainWindow::columnValues(QTableView *table, int column)
{
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, column).data().toString();
    return values;
}

void TestMainWindow::opensTheCacheForOfflineReview()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), u"Bindery — Anders & Co"_s);
    auto *pages = find<QStackedWidget>(window.get(), u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"workspace"_s);

    const QString status = find<QLabel>(window.get(), u"connectionStatusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Offline — snapshot of Anders & Co from "_s), qPrintable(status));
    QVERIFY2(status.contains(u" ago)"_s), qPrintable(status));

    QCOMPARE(find<QLabel>(window.get(), u"usersCountLabel"_s)->text(), u"12 users"_s);
    QCOMPARE(find<QLabel>(window.get(), u"devicesCountLabel"_s)->text(), u"8 devices"_s);
    QCOMPARE(find<QLabel>(window.get(), u"userGroupsCountLabel"_s)->text(), u"3 user groups"_s);
    QCOMPARE(find<QLabel>(window.get(), u"deviceGroupsCountLabel"_s)->text(), u"2 device groups"_s);
    auto *navigation = find<NavigationList>(window.get(), u"navigationList"_s);
    QCOMPARE(navigation->count(PaneKind::Users), 12);
    QCOMPARE(navigation->count(PaneKind::Devices), 8);
}

void TestMainWindow::fillsTheHiddenPanesAfterTheFirstPaint()
{
    // Start-up paints the shown pane before it fills the others; switching to one before then fills it at once.
    MainWindow window;
    window.show();
    Workspace *workspace = window.workspace();
    QSignalSpy shown(workspace, &Workspace::orgShown);
    int usersAtOpen = -1;
    int devicesAtOpen = -1;
    int groupsAtOpen = -1;
    int devicesAfterSwitch = -1;
    int devicesCountAtOpen = -1;
    connect(&window, &MainWindow::cacheOpened, this, [&] {
        devicesCountAtOpen = find<NavigationList>(&window, u"navigationList"_s)->count(PaneKind::Devices);
        usersAtOpen = workspace->pane(PaneKind::Users)->table()->model()->rowCount();
        devicesAtOpen = workspace->pane(PaneKind::Devices)->table()->model()->rowCount();
        groupsAtOpen = workspace->pane(PaneKind::UserGroups)->table()->model()->rowCount();
        workspace->showPane(PaneKind::Devices);
        devicesAfterSwitch = workspace->pane(PaneKind::Devices)->table()->model()->rowCount();
    });
    window.openCache(m_cachePath);
    QTRY_VERIFY_WITH_TIMEOUT(usersAtOpen >= 0, 10000);
    QCOMPARE(usersAtOpen, 12);
    QCOMPARE(devicesAtOpen, 0);
    QCOMPARE(groupsAtOpen, 0);
    QCOMPARE(devicesCountAtOpen, 8); // the navigation has every total from the start
    QCOMPARE(devicesAfterSwitch, 8);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QVERIFY(workspace->isOrgShown());
    QCOMPARE(workspace->pane(PaneKind::UserGroups)->table()->model()->rowCount(), 3);
    QCOMPARE(find<QLabel>(&window, u"deviceGroupsCountLabel"_s)->text(), u"2 device groups"_s);
}

void TestMainWindow::visitingEveryPaneBeforeThePaintShowsTheOrg()
{
    // Filled one by one by the admin's switches, the org counts as shown once, at the last one: what waits for it
    // (the binding planner's read, the screenshot) must not wait for a paint that fills nothing.
    MainWindow window;
    window.show();
    Workspace *workspace = window.workspace();
    QSignalSpy shown(workspace, &Workspace::orgShown);
    int shownAfterVisits = -1;
    connect(&window, &MainWindow::cacheOpened, this, [&] {
        for (PaneKind kind : PaneKinds::all())
            workspace->showPane(kind);
        shownAfterVisits = int(shown.count());
    });
    window.openCache(m_cachePath);
    QTRY_VERIFY_WITH_TIMEOUT(shownAfterVisits >= 0, 10000);
    QCOMPARE(shownAfterVisits, 1);
    QVERIFY(workspace->isOrgShown());
    QTest::qWait(50); // the paint and its zero timer come and go
    QCOMPARE(shown.count(), 1);
    QCOMPARE(workspace->pane(PaneKind::DeviceGroups)->table()->model()->rowCount(), 2);
}

void TestMainWindow::switchesPanesByShortcut()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *panes = find<QStackedWidget>(window.get(), u"paneStack"_s);
    QCOMPARE(panes->currentWidget()->objectName(), u"usersPane"_s);

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(panes->currentWidget()->objectName(), u"devicesPane"_s);
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(panes->currentWidget()->objectName(), u"userGroupsPane"_s);
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(panes->currentWidget()->objectName(), u"deviceGroupsPane"_s);
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(panes->currentWidget()->objectName(), u"usersPane"_s);
    // The shortcut leaves the keyboard in the shown table, ready for the arrow keys.
    QCOMPARE(QApplication::focusWidget(), find<QTableView>(window.get(), u"usersTable"_s));
}

void TestMainWindow::switchesPanesWithTheNavigationList()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    auto *panes = find<QStackedWidget>(window.get(), u"paneStack"_s);
    auto *navigation = find<NavigationList>(window.get(), u"navigationList"_s);

    const QRect devicesRect = navigation->visualItemRect(navigation->item(1));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, devicesRect.center());
    QCOMPARE(panes->currentWidget()->objectName(), u"devicesPane"_s);

    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(panes->currentWidget()->objectName(), u"userGroupsPane"_s);
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(panes->currentWidget()->objectName(), u"deviceGroupsPane"_s);
}

void TestMainWindow::filterNarrowsRowsAndCount()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    auto *search = find<QLineEdit>(window.get(), u"usersSearchField"_s);
    auto *table = find<QTableView>(window.get(), u"usersTable"_s);
    auto *count = find<QLabel>(window.get(), u"usersCountLabel"_s);
    QCOMPARE(search->placeholderText(), u"Filter users…"_s);

    QTest::keyClicks(search, u"finance"_s); // heidi's department
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < 12);
    QCOMPARE(count->text(), u"%1 of 12 users"_s.arg(table->model()->rowCount()));
    QVERIFY(columnValues(table, UserTableModel::Username).contains(u"heidi"_s));

    search->clear();
    QTest::keyClicks(search, u"carol.local"_s); // carol's local account name
    QCOMPARE(columnValues(table, UserTableModel::Username), QStringList { u"carol"_s });
    QCOMPARE(count->text(), u"1 of 12 users"_s);

    search->clear();
    QTest::keyClicks(search, u"nobody-has-this"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(count->text(), u"0 of 12 users"_s);

    search->clear();
    QCOMPARE(count->text(), u"12 users"_s);
}

void TestMainWindow::enterInTheFilterMovesToTheTable()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *search = find<QLineEdit>(window.get(), u"devicesSearchField"_s);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    search->setFocus();
    QTest::keyClicks(search, u"WIN-FIN"_s);
    QTest::keyClick(search, Qt::Key_Return);
    auto *table = find<QTableView>(window.get(), u"devicesTable"_s);
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().data(ItemRoles::ObjectIdRole).toString(), QLatin1String(SampleOrg::Id::WinFin01));
}

void TestMainWindow::ctrlFFocusesTheFilter()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(window.get(), u"userGroupsSearchField"_s));
}

void TestMainWindow::sortsByHeaderClick()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    auto *table = find<QTableView>(window.get(), u"usersTable"_s);
    QHeaderView *header = table->horizontalHeader();

    // Sorted by username, ascending, at first; case does not split the order ("Erin" among the e's).
    QStringList usernames = columnValues(table, UserTableModel::Username);
    QCOMPARE(usernames.first(), u"alice"_s);
    QCOMPARE(usernames.indexOf(u"Erin"_s), usernames.indexOf(u"dave.longusername.example"_s) + 1);

    const int column = UserTableModel::Devices;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), column);
    const Qt::SortOrder firstOrder = header->sortIndicatorOrder();
    QList<int> counts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        counts << table->model()->index(row, column).data(ItemRoles::RawValueRole).toInt();
    QVERIFY(std::is_sorted(counts.begin(), counts.end()) || std::is_sorted(counts.rbegin(), counts.rend()));

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
    QVERIFY(header->sortIndicatorOrder() != firstOrder);
    QList<int> reversed;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        reversed << table->model()->index(row, column).data(ItemRoles::RawValueRole).toInt();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed.first(), counts.first());
    QCOMPARE(reversed.last(), counts.last());
}

void TestMainWindow::startsOnTheStartPageWithoutACache()
{
    MainWindow window;
    window.show();
    window.openRecentOrShowStart();
    auto *pages = find<QStackedWidget>(&window, u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"startPage"_s);
    QVERIFY(find<QWidget>(&window, u"openCacheButton"_s));
    QCOMPARE(window.windowTitle(), u"Bindery"_s);
    QCOMPARE(find<QLabel>(&window, u"connectionStatusLabel"_s)->text(), u"No cache open"_s);
}

void TestMainWindow::opensTheRecentCacheAtStart()
{
    {
        auto first = GuiTestSupport::openWindow(m_cachePath);
        QVERIFY(first);
    }
    QCOMPARE(MainWindow::recentCachePath(), m_cachePath);
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::cacheOpened);
    window.openRecentOrShowStart();
    // The loading page names the org remembered from last time while the worker reads.
    QCOMPARE(find<QLabel>(&window, u"loadingLabel"_s)->text(), u"Loading Anders & Co…"_s);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(window.cachePath(), m_cachePath);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
