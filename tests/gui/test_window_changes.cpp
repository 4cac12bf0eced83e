// The main window's change paths, wired together on the SampleOrg cache: menus and context menus offer every change,
// the selection drives them, a drop on a device row opens the bind dialog and queues outbox rows that the pending
// changes dock and the status bar show at once, Edit ▸ Undo takes them back, and a CSV file dropped anywhere on the
// window opens the import wizard on it. Offline, nothing is scheduled for sending. Set BINDERY_SCREENSHOT_DIR to
// save the window, its Changes menu and the dock as PNG files.
#include "BindDialog.h"
#include "BindingController.h"
#include "CacheDatabase.h"
#include "ChangeActions.h"
#include "ChangeController.h"
#include "DialogRunner.h"
#include "DirectorySession.h"
#include "GuiTestSupport.h"
#include "ImportSession.h"
#include "ImportWizard.h"
#include "ItemRoles.h"
#include "LanguageSettings.h"
#include "MenuAccelerators.h"
#include "MessageBox.h"
#include "NavigationList.h"
#include "ObjectMimeData.h"
#include "ObjectPane.h"
#include "OutboxModel.h"
#include "OutboxStore.h"
#include "OutboxTouchedObjects.h"
#include "PendingChangesView.h"
#include "PreferencesDialog.h"
#include "SampleOrg.h"
#include "SessionController.h"
#include "TempCache.h"
#include "Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUrl>

using namespace Qt::StringLiterals;
namespace Id = SampleOrg::Id;

namespace {

QString id(const char *value)
{
    return QString::fromLatin1(value);
}

QStringList objectNames(const QList<QAction *> &actions)
{
    QStringList names;
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    return names;
}

// The accelerator letter of a menu text ("Re&vert…" → V), or nothing.
QChar acceleratorOf(const QString &text)
{
    const QList<QChar> found = menuAccelerators(text);
    return found.isEmpty() ? QChar() : found.constFirst().toUpper();
}

// Entries of one menu (and, recursively, of its submenus) that share an accelerator, as "menu: X in A | B".
QStringList acceleratorClashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList clashes;
    QMap<QChar, QStringList> byLetter;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QChar letter = acceleratorOf(action->text()); !letter.isNull())
            byLetter[letter].append(action->text());
        if (action->menu())
            clashes += acceleratorClashes(where + u" ▸ "_s + action->text(), action->menu()->actions());
    }
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(u"%1: %2 in %3"_s.arg(where, it.key(), it.value().join(u" | "_s)));
    }
    return clashes;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BINDERY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestWindowChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menusOfferEveryChangePath();
    void menuAcceleratorsAreUniqueInEnglishAndGerman();
    void selectionDrivesTheChangeActions();
    void dropOnADeviceQueuesBindingsShownAtOnceAndUndone();
    void csvDroppedOnTheWindowOpensTheImportWizard();
    void noImportWithoutAnOpenOrg();
    void preferencesSetSyncIntervalAndSendDelayAtOnce();

private:
    bool selectRows(PaneKind kind, const QStringList &ids);
    QList<OutboxRow> outbox() const;
    QModelIndex cellOf(PaneKind kind, const QString &objectId) const; // first column of the object's row

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowChanges::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
}

void TestWindowChanges::init()
{
    GuiTestSupport::resetState();
    m_path = m_temp.path(u"window-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    const QString error = SampleOrg::writeCache(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = GuiTestSupport::openWindow(m_path);
    QVERIFY(m_window);
}

void TestWindowChanges::cleanup()
{
    m_window.reset();
}

bool TestWindowChanges::selectRows(PaneKind kind, const QStringList &ids)
{
    m_window->workspace()->showPane(kind);
    QTableView *table = m_window->workspace()->pane(kind)->table();
    QItemSelectionModel *selection = table->selectionModel();
    selection->clearSelection();
    int found = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (ids.contains(index.data(ItemRoles::ObjectIdRole).toString())) {
            selection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++found;
        }
    }
    return found == ids.size();
}

QModelIndex TestWindowChanges::cellOf(PaneKind kind, const QString &objectId) const
{
    const QAbstractItemModel *model = m_window->workspace()->pane(kind)->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ItemRoles::ObjectIdRole).toString() == objectId)
            return index;
    }
    return {};
}

QList<OutboxRow> TestWindowChanges::outbox() const
{
    auto opened = CacheDatabase::open(m_path);
    if (!opened)
        return {};
    auto rows = OutboxStore(*opened.value()).rows();
    return rows ? rows.value() : QList<OutboxRow> {};
}

void TestWindowChanges::menusOfferEveryChangePath()
{
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus.append(action->text().remove(u'&'));
    QCOMPARE(menus, (QStringList { u"File"_s, u"Edit"_s, u"View"_s, u"Changes"_s, u"Directory"_s, u"Help"_s }));

    ChangeController *changes = m_window->changes();
    auto *changesMenu = m_window->findChild<QMenu *>(u"changesMenu"_s);
    QVERIFY(changesMenu);
    // One submenu per kind of object, then self-service and the pending changes.
    QStringList inMenu = objectNames(changesMenu->actions());
    for (const QString &name :
        { u"changesUsersMenu"_s, u"changesUserGroupsMenu"_s, u"changesDevicesMenu"_s, u"changesDeviceGroupsMenu"_s }) {
        auto *submenu = changesMenu->findChild<QMenu *>(name);
        QVERIFY2(submenu, qPrintable(name));
        inMenu += objectNames(submenu->actions());
    }
    for (QAction *action : changes->actions()->allActions())
        QVERIFY2(inMenu.contains(action->objectName()), qPrintable(action->objectName()));
    QVERIFY(inMenu.contains(u"showPendingChangesAction"_s));
    QVERIFY(changes->importAction()->isEnabled());
    const QStringList edit = objectNames(m_window->findChild<QMenu *>(u"editMenu"_s)->actions());
    QCOMPARE(edit, (QStringList { u"undoBindingAction"_s, u"bindToAction"_s }));
    const QStringList directory = objectNames(m_window->findChild<QMenu *>(u"directoryMenu"_s)->actions());
    for (const QString &name : { u"connectAction"_s, u"connectionsAction"_s, u"syncNowAction"_s, u"pushNowAction"_s })
        QVERIFY2(directory.contains(name), qPrintable(name));

    // Each pane's context menu: "Bind to…" where the kind can be bound, then that kind's changes.
    Workspace *workspace = m_window->workspace();
    QCOMPARE(objectNames(workspace->pane(PaneKind::Users)->contextActions()),
        objectNames(changes->actions()->contextActions(PaneKind::Users)));
    QVERIFY(objectNames(workspace->pane(PaneKind::Users)->contextActions()).contains(u"editUserAction"_s));
    QVERIFY(objectNames(workspace->pane(PaneKind::DeviceGroups)->contextActions()).contains(u"newDeviceGroupAction"_s));
    QVERIFY(workspace->pane(PaneKind::Users)->bindToAction());
    QVERIFY(!workspace->pane(PaneKind::DeviceGroups)->bindToAction());

    saveScreenshot(m_window.get(), u"window-changes"_s);
    changesMenu->popup(m_window->mapToGlobal(QPoint(120, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(changesMenu));
    saveScreenshot(changesMenu, u"window-changes-menu"_s);
    changesMenu->close();
    auto *deviceGroups = changesMenu->findChild<QMenu *>(u"changesDeviceGroupsMenu"_s);
    deviceGroups->popup(m_window->mapToGlobal(QPoint(120, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(deviceGroups));
    saveScreenshot(deviceGroups, u"window-changes-device-groups-menu"_s);
    deviceGroups->close();
}

void TestWindowChanges::menuAcceleratorsAreUniqueInEnglishAndGerman()
{
    // Within each menu of the menu bar, no two entries share an accelerator: Alt+letter reaches each one.
    QStringList clashes = acceleratorClashes(u"menu bar"_s, m_window->menuBar()->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(u"English: "_s + clashes.join(u"; "_s)));

    const QList<QTranslator *> before = QCoreApplication::instance()->findChildren<QTranslator *>();
    LanguageSettings::installTranslators(*QCoreApplication::instance(), u"de"_s);
    std::unique_ptr<MainWindow> german = GuiTestSupport::openWindow(m_path);
    QVERIFY(german);
    QCOMPARE(german->menuBar()->actions().constFirst()->text(), u"&Datei"_s); // the German file is in use
    clashes = acceleratorClashes(u"Menüleiste"_s, german->menuBar()->actions());
    german.reset();
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        if (!before.contains(translator)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QLocale::setDefault(QLocale(u"en"_s)); // installTranslators made German the default locale
    QVERIFY2(clashes.isEmpty(), qPrintable(u"German: "_s + clashes.join(u"; "_s)));
}

void TestWindowChanges::selectionDrivesTheChangeActions()
{
    ChangeActions *actions = m_window->changes()->actions();
    QVERIFY(selectRows(PaneKind::Users, { id(Id::Alice) }));
    QTRY_VERIFY(actions->action(ChangeActions::Id::EditUser)->isEnabled());
    QCOMPARE(actions->selectedIds(), (QStringList { id(Id::Alice) }));
    QVERIFY(!actions->action(ChangeActions::Id::ActivateUsers)->isEnabled()); // alice is active already
    QVERIFY(actions->action(ChangeActions::Id::SuspendUsers)->isEnabled());

    QVERIFY(selectRows(PaneKind::Users, { id(Id::Alice), id(Id::Bob) }));
    QTRY_COMPARE(actions->selectedIds().size(), 2);
    QVERIFY(!actions->action(ChangeActions::Id::EditUser)->isEnabled()); // one at a time
    QVERIFY(actions->action(ChangeActions::Id::ActivateUsers)->isEnabled()); // bob is staged

    // Another pane: its own selection decides, and user actions go off.
    QVERIFY(selectRows(PaneKind::Devices, { id(Id::WinLobby) }));
    QTRY_COMPARE(actions->selectionKind(), PaneKind::Devices);
    QVERIFY(actions->action(ChangeActions::Id::RenameDevice)->isEnabled());
    QVERIFY(!actions->action(ChangeActions::Id::EditUser)->isEnabled());
}

void TestWindowChanges::dropOnADeviceQueuesBindingsShownAtOnceAndUndone()
{
    ChangeController *changes = m_window->changes();
    BindingController *binding = changes->binding();
    QTRY_VERIFY(binding->isOrgReady());
    QToolButton *pendingButton = changes->pendingButton();
    QVERIFY(!pendingButton->isVisible());

    // judy (no devices) dragged onto WIN-LOBBY in the Devices pane.
    m_window->workspace()->showPane(PaneKind::Devices);
    ObjectPane *devices = m_window->workspace()->pane(PaneKind::Devices);
    QTableView *table = devices->table();
    QPoint target;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(ItemRoles::ObjectIdRole).toString() == id(Id::WinLobby))
            target = table->visualRect(index).center();
    }
    QVERIFY(!target.isNull());
    const auto data = ObjectMimeData::encode({ ObjectKind::User, { id(Id::Judy) }, { u"judy"_s } });
    QDragEnterEvent enter(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &enter);
    QDragMoveEvent move(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &move);
    QCOMPARE(devices->dropHint(), u"Bind judy to Lobby Kiosk"_s);
    QDropEvent drop(QPointF(target), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    QTRY_VERIFY(binding->currentDialog() && binding->currentDialog()->plan());
    BindDialog *dialog = binding->currentDialog();
    QCOMPARE(dialog->findChild<QLabel *>(u"bindSummary"_s)->text(), u"1 pair: 1 new account"_s);
    QVERIFY(outbox().isEmpty()); // nothing before confirming
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"bindConfirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!binding->currentDialog());

    // Shown as pending at once: the outbox, the dock's list and the status bar agree.
    const QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().state, OutboxRow::State::Pending);
    QCOMPARE(rows.first().payload.value("userId"_L1).toString(), id(Id::Judy));
    QCOMPARE(rows.first().payload.value("deviceId"_L1).toString(), id(Id::WinLobby));
    QCOMPARE(changes->pendingView()->model()->unsentCount(), 1);
    QTRY_VERIFY(pendingButton->isVisible());
    QCOMPARE(pendingButton->text(), u"1 pending change"_s);
    QVERIFY(!changes->isPushScheduled()); // offline: it waits for a connection, nothing is sent
    // The user and the device are marked in their tables (icon and tooltip), nobody else.
    const auto markOf = [this](PaneKind kind, const char *objectId) {
        return cellOf(kind, id(objectId)).data(ItemRoles::ChangeMarkRole).toInt();
    };
    QCOMPARE(markOf(PaneKind::Devices, Id::WinLobby), int(OutboxTouchedObjects::Mark::Pending));
    QCOMPARE(markOf(PaneKind::Users, Id::Judy), int(OutboxTouchedObjects::Mark::Pending));
    QCOMPARE(markOf(PaneKind::Users, Id::Alice), 0);
    QVERIFY(cellOf(PaneKind::Devices, id(Id::WinLobby))
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"Changes to this object wait to be sent"_s));

    QTest::mouseClick(pendingButton, Qt::LeftButton);
    QTRY_VERIFY(changes->pendingDock()->isVisible());
    QTest::qWait(50);
    saveScreenshot(m_window.get(), u"window-pending-dock"_s);

    // Edit ▸ Undo takes the whole drop back while it is pending.
    QAction *undo = binding->undoAction();
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text().remove(u'&'), u"Undo “Bind judy to Lobby Kiosk”"_s);
    undo->trigger();
    QTRY_VERIFY(outbox().isEmpty());
    QTRY_COMPARE(changes->pendingView()->model()->unsentCount(), 0);
    QTRY_VERIFY(!pendingButton->isVisible());
    QCOMPARE(markOf(PaneKind::Devices, Id::WinLobby), 0);
    QCOMPARE(markOf(PaneKind::Users, Id::Judy), 0);
}

void TestWindowChanges::csvDroppedOnTheWindowOpensTheImportWizard()
{
    const QString csv = m_temp.path(u"people.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("firstname,lastname,username,email,password\nNina,North,nina.north,nina@example.com,\n");
    file.close();

    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(csv) });
    // Dropped on the navigation list: a child that takes no files, so the event reaches the window.
    auto *navigation = m_window->findChild<NavigationList *>();
    QVERIFY(navigation);
    const QPoint point = navigation->rect().center();
    QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(navigation, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(point), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(navigation, &drop);
    QVERIFY(drop.isAccepted());

    ImportWizard *wizard = m_window->changes()->importWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QTRY_VERIFY(wizard->session().hasFile());
    QCOMPARE(wizard->session().file().records.size(), 1);
    QVERIFY(!wizard->session().canPush()); // offline: a commit would queue the rows

    // A file of another kind is not taken.
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(m_temp.path(u"photo.png"_s)) });
    QDragEnterEvent refuse(point, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refuse);
    QVERIFY(!refuse.isAccepted());

    // Opening another cache closes the wizard: it borrowed the connection that goes.
    m_window->showStartPage();
    QVERIFY(!m_window->changes()->importWizard());
}

void TestWindowChanges::noImportWithoutAnOpenOrg()
{
    m_window->showStartPage();
    QAction *import = m_window->changes()->importAction();
    QVERIFY(!import->isEnabled());
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_window->changes()->importUsers(m_temp.path(u"any.csv"_s));
    QVERIFY(!m_window->changes()->importWizard());
    QCOMPARE(MessageBox::history().size(), 1);
    QVERIFY(MessageBox::history().first().text.startsWith(u"Open an org first"_s));
}

void TestWindowChanges::preferencesSetSyncIntervalAndSendDelayAtOnce()
{
    using namespace std::chrono_literals;
    // Defaults: a sync every 15 minutes, changes sent 10 s after the last edit.
    QCOMPARE(m_window->sessionController()->session()->syncInterval(), 15min);
    QCOMPARE(m_window->changes()->pushDelay(), 10s);

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto &preferences = static_cast<PreferencesDialog &>(dialog);
        preferences.syncIntervalBox()->setValue(5);
        preferences.sendDelayBox()->setValue(0);
        preferences.adjustSize();
        saveScreenshot(&preferences, u"preferences"_s);
        preferences.accept();
        return int(QDialog::Accepted);
    });
    auto *action = m_window->findChild<QAction *>(u"preferencesAction"_s);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(DialogRunner::pendingHandlers(), 0);
    QCOMPARE(m_window->sessionController()->session()->syncInterval(), 5min);
    QCOMPARE(m_window->changes()->pushDelay(), 0ms);
    QCOMPARE(QSettings().value(u"Sync/intervalMinutes"_s).toInt(), 5);

    // A hand-edited file cannot make it sync in a loop: out of range is clamped.
    QSettings().setValue(u"Sync/intervalMinutes"_s, -3);
    QSettings().setValue(u"Changes/sendDelaySeconds"_s, 100000);
    MainWindow other;
    QCOMPARE(other.sessionController()->session()->syncInterval(), 0min);
    QCOMPARE(other.changes()->pushDelay(), 120s);
}

QTEST_MAIN(TestWindowChanges)
#include "test_window_changes.moc"
