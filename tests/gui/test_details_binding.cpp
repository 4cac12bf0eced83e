// The details panel's binding views in the main window, on the binding test org: what each local account of a device
// would become ("Managed by …", "Unmanaged — would be taken over by … if bound", "No user matches"), per OS; and
// unbinding from a user's devices or a device's users (direct bindings only). A screenshot goes to /tmp.
#include "BindingTestOrg.h"
#include "DetailsList.h"
#include "DetailsPanel.h"
#include "GuiTestSupport.h"
#include "ObjectPane.h"
#include "TempCache.h"
#include "Workspace.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Id = SampleOrg::Id;

class TestDetailsBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void localAccountsSayWhatBindingWouldDoOnLinux();
    void localAccountsSayWhatBindingWouldDoOnWindows();
    void localAccountsOnAMac();
    void selfServiceSaysWhetherASignInWouldWork();
    void unbindFromAUsersDevices();
    void unbindFromADevicesUsers();

private:
    void select(PaneKind kind, const char *id);
    QHash<QString, QString> managedBy() const; // account → "Managed by" cell
    DetailsList *list(const QString &name) const { return m_window->findChild<DetailsList *>(name); }
    void selectRows(DetailsList *list, const QStringList &firstColumns);

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    QString m_cachePath;
    std::unique_ptr<MainWindow> m_window;
};

void TestDetailsBinding::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
    m_cachePath = m_temp.path(u"binding.sqlite"_s);
    const QString error = BindingTestOrg::writeCache(m_cachePath);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDetailsBinding::init()
{
    GuiTestSupport::resetState();
    m_window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(m_window);
    m_window->resize(1280, 800);
}

void TestDetailsBinding::cleanup()
{
    m_window.reset();
}

void TestDetailsBinding::select(PaneKind kind, const char *id)
{
    m_window->workspace()->showPane(kind);
    QVERIFY(m_window->workspace()->pane(kind)->selectObject(QLatin1String(id)));
}

QHash<QString, QString> TestDetailsBinding::managedBy() const
{
    QHash<QString, QString> cells;
    DetailsList *accounts = list(u"deviceLocalAccountsList"_s);
    int column = -1;
    for (int c = 0; c < accounts->columnCount(); ++c) {
        if (accounts->headerItem()->text(c) == u"Managed by"_s)
            column = c;
    }
    for (int i = 0; i < accounts->topLevelItemCount(); ++i)
        cells.insert(accounts->topLevelItem(i)->text(0), accounts->topLevelItem(i)->text(column));
    return cells;
}

void TestDetailsBinding::selfServiceSaysWhetherASignInWouldWork()
{
    // The org has self-service on for macOS, off for Windows; every Mac here has users already.
    const auto text = [this] { return m_window->findChild<QLabel *>(u"deviceSelfServiceValue"_s)->text(); };
    select(PaneKind::Devices, Id::AliceMbp);
    QVERIFY2(
        text().startsWith(u"Not available: "_s) && text().contains(u"macOS offers it only on a device with none"_s),
        qPrintable(text()));
    select(PaneKind::Devices, Id::WinLobby);
    QVERIFY2(text().startsWith(u"Off for this operating system"_s), qPrintable(text()));
    select(PaneKind::Devices, Id::BuildLinux01);
    QVERIFY2(text().startsWith(u"Not offered for this operating system"_s), qPrintable(text()));
}

void TestDetailsBinding::selectRows(DetailsList *list, const QStringList &firstColumns)
{
    list->clearSelection();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (firstColumns.contains(list->topLevelItem(i)->text(0)))
            list->topLevelItem(i)->setSelected(true);
    }
}

void TestDetailsBinding::localAccountsSayWhatBindingWouldDoOnLinux()
{
    select(PaneKind::Devices, Id::OpsLinux02);
    const auto cells = managedBy();
    QCOMPARE(cells.value(u"ivan"_s), u"Managed by ivan"_s);
    QCOMPARE(cells.value(u"mallory"_s), u"Unmanaged — would be taken over by mallory if bound"_s);
    // Linux needs the exact case: judy and alice would get a second account.
    QCOMPARE(cells.value(u"Judy"_s), u"No user matches (judy: letter case differs)"_s);
    QCOMPARE(cells.value(u"Alice"_s), u"No user matches (alice: letter case differs)"_s);
    QCOMPARE(cells.value(u"root"_s), u"No user matches (service account)"_s);

    // The local accounts tab, shown, for the screenshot: nothing clipped, no empty pane.
    DetailsList *accounts = list(u"deviceLocalAccountsList"_s);
    auto *tabs = qobject_cast<QTabWidget *>(accounts->parentWidget()->parentWidget());
    QVERIFY(tabs);
    tabs->setCurrentWidget(accounts);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(u"/tmp/bindery-device-details.png"_s));
    QVERIFY(m_window->findChild<DetailsPanel *>(u"detailsPanel"_s)
                ->grab()
                .save(u"/tmp/bindery-device-details-panel.png"_s));

    // A row about a user opens that user.
    QTreeWidgetItem *mallory = accounts->findItems(u"mallory"_s, Qt::MatchExactly).value(0);
    QVERIFY(mallory);
    QCOMPARE(mallory->data(0, DetailsList::TargetIdRole).toString(), QString::fromLatin1(Id::Mallory));
    QVERIFY(mallory->toolTip(1).contains(u"takes over “mallory”"_s) || mallory->toolTip(1).contains(u"mallory"_s));
}

void TestDetailsBinding::localAccountsSayWhatBindingWouldDoOnWindows()
{
    select(PaneKind::Devices, Id::WinLobby);
    const auto cells = managedBy();
    // Windows takes over whatever the case.
    QCOMPARE(cells.value(u"JUDY"_s), u"Unmanaged — would be taken over by judy if bound"_s);
    QCOMPARE(cells.value(u"kiosk"_s), u"No user matches"_s);

    select(PaneKind::Devices, Id::WinFin01);
    const auto finance = managedBy();
    QCOMPARE(finance.value(u"heidi"_s), u"Managed by heidi"_s);
    QCOMPARE(finance.value(u"jdoe"_s), u"No user matches"_s); // john.doe's name is only similar
}

void TestDetailsBinding::localAccountsOnAMac()
{
    select(PaneKind::Devices, Id::EngMac02);
    const auto cells = managedBy();
    QCOMPARE(cells.value(u"erin"_s), u"No user matches (Erin: letter case differs)"_s);
    QCOMPARE(cells.value(u"grace"_s), u"Managed by grace"_s); // grace reaches it through Engineering → Engineering Macs
}

void TestDetailsBinding::unbindFromAUsersDevices()
{
    select(PaneKind::Users, Id::Alice);
    auto *panel = m_window->findChild<DetailsPanel *>(u"detailsPanel"_s);
    QSignalSpy requested(panel, &DetailsPanel::unbindRequested);
    DetailsList *devices = list(u"userDevicesList"_s);
    QAction *unbind = devices->unbindAction();
    QVERIFY(unbind);
    QCOMPARE(unbind->shortcut(), QKeySequence(QKeySequence::Delete));

    // Through a group: nothing to unbind here, and the menu says why.
    selectRows(devices, { u"Engineering Mac mini"_s });
    QVERIFY(!unbind->isEnabled());
    QVERIFY(unbind->text().contains(u"through a group"_s));

    selectRows(devices, { u"Engineering Mac mini"_s, u"Alice's MacBook Pro"_s, u"Build Server"_s });
    QVERIFY(unbind->isEnabled());
    devices->setFocus();
    QTest::keyClick(devices, Qt::Key_Delete);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toStringList(), QStringList { QString::fromLatin1(Id::Alice) });
    QStringList deviceIds = requested.at(0).at(1).toStringList();
    deviceIds.sort();
    QCOMPARE(deviceIds, (QStringList { QString::fromLatin1(Id::AliceMbp), QString::fromLatin1(Id::BuildLinux01) }));
}

void TestDetailsBinding::unbindFromADevicesUsers()
{
    select(PaneKind::Devices, Id::BuildLinux01);
    auto *panel = m_window->findChild<DetailsPanel *>(u"detailsPanel"_s);
    QSignalSpy requested(panel, &DetailsPanel::unbindRequested);
    DetailsList *users = list(u"deviceUsersList"_s);
    selectRows(users, { u"ivan"_s, u"grace"_s });
    users->unbindAction()->trigger();
    QCOMPARE(requested.count(), 1);
    QStringList userIds = requested.at(0).at(0).toStringList();
    userIds.sort();
    QCOMPARE(userIds, (QStringList { QString::fromLatin1(Id::Grace), QString::fromLatin1(Id::Ivan) }));
    QCOMPARE(requested.at(0).at(1).toStringList(), QStringList { QString::fromLatin1(Id::BuildLinux01) });
}

QTEST_MAIN(TestDetailsBinding)
#include "test_details_binding.moc"
