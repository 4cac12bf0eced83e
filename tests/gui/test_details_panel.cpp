// The details panel for each kind, read from the SampleOrg cache when a row is selected.
#include "DetailsList.h"
#include "GuiTestSupport.h"
#include "ObjectPane.h"
#include "SampleOrg.h"
#include "TempCache.h"
#include "Workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void userShowsIdentityAndBoundDevicesWithAdminFlag();
    void stagedAndSuspendedUsersExplainTheirState();
    void deviceShowsLocalAccountsWithManagedBy();
    void deviceShowsBoundUsers();
    void userGroupShowsMembersAndDeviceGroups();
    void deviceGroupShowsMembersAndUserGroups();
    void activatingAListRowOpensThatObject();
    void clearingTheSelectionShowsThePlaceholder();

private:
    void select(PaneKind kind, const char *id);
    QWidget *currentDetailsPage() const;
    // Rows of a details list keyed by their first column, each cell keyed by its column header,
    // so the tests do not depend on column order.
    using Row = QHash<QString, QString>;
    QHash<QString, Row> rowsOf(const QString &listName) const;
    QString field(const QString &name) const;

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    QString m_cachePath;
    std::unique_ptr<MainWindow> m_window;
};

void TestDetailsPanel::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
    m_cachePath = m_temp.path(u"sample.sqlite"_s);
    const QString error = SampleOrg::writeCache(m_cachePath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDetailsPanel::init()
{
    GuiTestSupport::resetState();
    m_window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(m_window);
}

void TestDetailsPanel::cleanup()
{
    m_window.reset();
}

void TestDetailsPanel::select(PaneKind kind, const char *id)
{
    m_window->workspace()->showPane(kind);
    QVERIFY(m_window->workspace()->pane(kind)->selectObject(QLatin1String(id)));
}

QWidget *TestDetailsPanel::currentDetailsPage() const
{
    return m_window->findChild<QStackedWidget *>(u"detailsPanel"_s)->currentWidget();
}

QHash<QString, TestDetailsPanel::Row> TestDetailsPanel::rowsOf(const QString &listName) const
{
    QHash<QString, Row> rows;
    auto *list = m_window->findChild<DetailsList *>(listName);
    if (!list) {
        qWarning("no details list %s", qPrintable(listName));
        return rows;
    }
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        Row cells;
        for (int column = 0; column < list->columnCount(); ++column)
            cells.insert(list->headerItem()->text(column), list->topLevelItem(i)->text(column));
        rows.insert(list->topLevelItem(i)->text(0), cells);
    }
    return rows;
}

QString TestDetailsPanel::field(const QString &name) const
{
    auto *label = m_window->findChild<QLabel *>(name);
    return label ? label->text() : u"<no field %1>"_s.arg(name);
}

void TestDetailsPanel::userShowsIdentityAndBoundDevicesWithAdminFlag()
{
    select(PaneKind::Users, SampleOrg::Id::Alice);
    QCOMPARE(currentDetailsPage()->objectName(), u"userDetails"_s);
    QCOMPARE(field(u"userDetailsTitle"_s), u"Alice Anders"_s);
    QCOMPARE(field(u"userUsernameValue"_s), u"alice"_s);
    QCOMPARE(field(u"userDepartmentValue"_s), u"Engineering"_s);
    QCOMPARE(field(u"userStateValue"_s), u"Activated"_s);

    const auto devices = rowsOf(u"userDevicesList"_s);
    QVERIFY2(devices.contains(u"Alice's MacBook Pro"_s), qPrintable(devices.keys().join(u", "_s)));
    QCOMPARE(devices.value(u"Alice's MacBook Pro"_s).value(u"Hostname"_s), u"alice-mbp"_s);
    QVERIFY(devices.value(u"Alice's MacBook Pro"_s).value(u"Admin"_s).startsWith(u"Admin"_s));
    QVERIFY(devices.value(u"Alice's MacBook Pro"_s).value(u"Access"_s).contains(u"Direct"_s));
    QCOMPARE(devices.value(u"Build Server"_s).value(u"Admin"_s), u"Standard"_s);
    QCOMPARE(devices.value(u"Build Server"_s).value(u"Access"_s), u"Direct"_s);
    // Through Engineering → Engineering Macs; the group grants sudo.
    QCOMPARE(devices.value(u"Engineering Mac mini"_s).value(u"Access"_s), u"Via Engineering → Engineering Macs"_s);
    QVERIFY(devices.value(u"Engineering Mac mini"_s).value(u"Admin"_s).startsWith(u"Admin"_s));

    const auto groups = rowsOf(u"userGroupsList"_s);
    QVERIFY(groups.contains(u"Engineering"_s));
    QVERIFY(groups.contains(u"All Staff"_s));
    QVERIFY(!groups.contains(u"Finance"_s));
}

void TestDetailsPanel::stagedAndSuspendedUsersExplainTheirState()
{
    select(PaneKind::Users, SampleOrg::Id::Bob);
    QVERIFY(field(u"userStateValue"_s).startsWith(u"Staged — gets no access"_s));
    select(PaneKind::Users, SampleOrg::Id::Carol);
    QVERIFY(field(u"userStateValue"_s).startsWith(u"Suspended — access withdrawn"_s));
    QCOMPARE(field(u"userLocalAccountValue"_s), u"carol.local"_s);
    select(PaneKind::Users, SampleOrg::Id::Alice);
    QCOMPARE(field(u"userLocalAccountValue"_s), u"Same as the username (alice)"_s);
}

void TestDetailsPanel::deviceShowsLocalAccountsWithManagedBy()
{
    select(PaneKind::Devices, SampleOrg::Id::WinFin01);
    QCOMPARE(currentDetailsPage()->objectName(), u"deviceDetails"_s);
    QCOMPARE(field(u"deviceDetailsTitle"_s), u"Finance Desktop"_s);
    QVERIFY(field(u"deviceStatusValue"_s).startsWith(u"Active — last contact"_s));

    const auto accounts = rowsOf(u"deviceLocalAccountsList"_s);
    QCOMPARE(accounts.value(u"heidi"_s).value(u"Managed by"_s), u"Managed by heidi"_s);
    QCOMPARE(accounts.value(u"heidi"_s).value(u"Admin"_s), u"Yes"_s);
    QCOMPARE(accounts.value(u"bob"_s).value(u"Managed by"_s), u"Managed by bob"_s);
    QCOMPARE(accounts.value(u"jdoe"_s).value(u"Managed by"_s), u"No user matches"_s); // john.doe is only similar
    QCOMPARE(accounts.value(u"jdoe"_s).value(u"Kind"_s), u"Person"_s);
    QCOMPARE(accounts.value(u"DefaultAccount"_s).value(u"Kind"_s), u"Service account"_s);

    select(PaneKind::Devices, SampleOrg::Id::WinSup07);
    QCOMPARE(
        rowsOf(u"deviceLocalAccountsList"_s).value(u"carol.local"_s).value(u"Managed by"_s), u"Managed by carol"_s);
}

void TestDetailsPanel::deviceShowsBoundUsers()
{
    select(PaneKind::Devices, SampleOrg::Id::BuildLinux01);
    QCOMPARE(field(u"deviceHostnameValue"_s), u"build-linux-01"_s);
    const auto users = rowsOf(u"deviceUsersList"_s);
    QVERIFY(users.value(u"grace"_s).value(u"Admin"_s).startsWith(u"Admin"_s));
    QCOMPARE(users.value(u"alice"_s).value(u"Admin"_s), u"Standard"_s);
    QCOMPARE(users.value(u"dave.longusername.example"_s).value(u"Access"_s), u"Direct"_s);

    select(PaneKind::Devices, SampleOrg::Id::WinFin01);
    QCOMPARE(rowsOf(u"deviceUsersList"_s).value(u"bob"_s).value(u"State"_s), u"Staged"_s);
}

void TestDetailsPanel::userGroupShowsMembersAndDeviceGroups()
{
    select(PaneKind::UserGroups, SampleOrg::Id::EngineeringGroup);
    QCOMPARE(currentDetailsPage()->objectName(), u"userGroupDetails"_s);
    QVERIFY(field(u"userGroupAdminValue"_s).startsWith(u"Yes"_s));
    QCOMPARE(field(u"userGroupLinuxGroupValue"_s), u"engineering"_s);
    const auto members = rowsOf(u"userGroupMembersList"_s);
    QCOMPARE(QSet<QString>(members.keyBegin(), members.keyEnd()),
        (QSet<QString> { u"alice"_s, u"dave.longusername.example"_s, u"grace"_s, u"ivan"_s, u"zoe.mueller"_s }));
    QCOMPARE(rowsOf(u"userGroupDeviceGroupsList"_s).keys(), QStringList { u"Engineering Macs"_s });

    // Lists sort as people read, not by code point: "alice" before "Erin".
    select(PaneKind::UserGroups, SampleOrg::Id::AllStaffGroup);
    auto *memberList = m_window->findChild<DetailsList *>(u"userGroupMembersList"_s);
    QStringList order;
    for (int i = 0; i < memberList->topLevelItemCount(); ++i)
        order.append(memberList->topLevelItem(i)->text(0));
    QCOMPARE(order,
        (QStringList { u"alice"_s, u"bob"_s, u"carol"_s, u"Erin"_s, u"grace"_s, u"heidi"_s, u"john.doe"_s,
            u"judy"_s }));
}

void TestDetailsPanel::deviceGroupShowsMembersAndUserGroups()
{
    select(PaneKind::DeviceGroups, SampleOrg::Id::WindowsFleet);
    QCOMPARE(currentDetailsPage()->objectName(), u"deviceGroupDetails"_s);
    const auto members = rowsOf(u"deviceGroupMembersList"_s);
    QCOMPARE(QSet<QString>(members.keyBegin(), members.keyEnd()),
        (QSet<QString> { u"Finance Desktop"_s, u"Support Laptop"_s, u"Lobby Kiosk"_s }));
    QVERIFY(rowsOf(u"deviceGroupUserGroupsList"_s).isEmpty());

    select(PaneKind::DeviceGroups, SampleOrg::Id::EngineeringMacs);
    QCOMPARE(rowsOf(u"deviceGroupUserGroupsList"_s).keys(), QStringList { u"Engineering"_s });
}

void TestDetailsPanel::activatingAListRowOpensThatObject()
{
    select(PaneKind::Users, SampleOrg::Id::Alice);
    auto *devices = m_window->findChild<DetailsList *>(u"userDevicesList"_s);
    const QList<QTreeWidgetItem *> found = devices->findItems(u"Build Server"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    devices->setCurrentItem(found.first());
    devices->setFocus();
    QTest::keyClick(devices, Qt::Key_Return);
    QCOMPARE(m_window->workspace()->currentKind(), PaneKind::Devices);
    QCOMPARE(m_window->workspace()->currentPane()->currentObjectId(), QLatin1String(SampleOrg::Id::BuildLinux01));
    QCOMPARE(currentDetailsPage()->objectName(), u"deviceDetails"_s);
    QCOMPARE(field(u"deviceDetailsTitle"_s), u"Build Server"_s);
}

void TestDetailsPanel::clearingTheSelectionShowsThePlaceholder()
{
    select(PaneKind::Users, SampleOrg::Id::Alice);
    QCOMPARE(currentDetailsPage()->objectName(), u"userDetails"_s);
    // A filter that hides the selected row leaves nothing current.
    QTest::keyClicks(m_window->workspace()->pane(PaneKind::Users)->searchField(), u"zzzz-no-match"_s);
    QCOMPARE(currentDetailsPage()->objectName(), u"detailsPlaceholder"_s);
}

QTEST_MAIN(TestDetailsPanel)
#include "test_details_panel.moc"
