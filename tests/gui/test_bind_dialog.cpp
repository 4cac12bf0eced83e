// The bind dialog and BindingController on the SampleOrg-based binding org: summary and warnings, filters, admin
// options, confirm writing the right outbox rows with one batch id (never for blocked pairs), group bindings and
// memberships, undo (whole and partial), unbind needing an explicit confirmation for the last user, and "Bind to…"
// without a mouse. Screenshots of the dialog and the picker go to /tmp.
#include "BindDialog.h"
#include "BindPickerDialog.h"
#include "BindPlanTableModel.h"
#include "BindingController.h"
#include "BindingTestOrg.h"
#include "ChangeKind.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "OutboxStore.h"
#include "TempCache.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Id = SampleOrg::Id;

namespace {

QString id(const char *value)
{
    return QString::fromLatin1(value);
}

ObjectDropRequest request(ObjectKind sourceKind, const QList<const char *> &ids, const QStringList &names,
    ObjectKind targetKind, const char *targetId, const QString &targetName)
{
    DraggedObjects source { sourceKind, {}, names };
    for (const char *i : ids)
        source.ids.append(id(i));
    return *ObjectDropRequest::make(source, targetKind, id(targetId), targetName);
}

QString plain(QString text)
{
    return text.remove(u'&');
}

} // namespace

class TestBindDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void summaryWarningsAndOptionsThenConfirmWritesRows();
    void filtersNarrowThePairs();
    void onlyBlockedPairsLeaveNothingToConfirm();
    void undoRemovesTheBatch();
    void undoAfterAPushSaysWhatCannotBeUndone();
    void userGroupOntoDeviceGroupIsOneGroupBinding();
    void membershipsAddOnlyNewMembers();
    void unbindingTheLastUserNeedsExplicitConfirmation();
    void unbindingWithUsersLeftNeedsNoExtraConfirmation();
    void bindToWithoutAMouse();
    void cancelWritesNothing();

private:
    BindDialog *drop(const ObjectDropRequest &request);
    BindDialog *waitForPlan();
    QList<OutboxRow> outbox() const;
    template<typename T>
    T *child(QWidget *parent, const char *name) const
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    QString m_path;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<BindingController> m_controller;
};

void TestBindDialog::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
}

void TestBindDialog::init()
{
    GuiTestSupport::resetState();
    m_path = m_temp.path(u"bind-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    const QString error = BindingTestOrg::writeCache(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto opened = CacheDatabase::open(m_path);
    QVERIFY(opened);
    m_cache = std::move(opened).value();
    m_window = std::make_unique<QWidget>();
    m_window->resize(1000, 700);
    m_window->show();
    m_controller = std::make_unique<BindingController>(m_window.get());
    m_controller->setCache(m_cache.get());
    QTRY_VERIFY(m_controller->isOrgReady());
}

void TestBindDialog::cleanup()
{
    if (BindDialog *dialog = m_controller ? m_controller->currentDialog() : nullptr)
        delete dialog;
    m_controller.reset();
    m_window.reset();
    m_cache.reset();
}

BindDialog *TestBindDialog::drop(const ObjectDropRequest &request)
{
    m_controller->handleDrop(request);
    return waitForPlan();
}

BindDialog *TestBindDialog::waitForPlan()
{
    // The plan's table runs under QAbstractItemModelTester from before the plan arrives.
    if (BindDialog *opened = m_controller->currentDialog(); opened && !opened->plan())
        new QAbstractItemModelTester(
            opened->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, opened->planModel());
    if (!QTest::qWaitFor([this] { return m_controller->currentDialog() && m_controller->currentDialog()->plan(); }))
        return nullptr;
    return m_controller->currentDialog();
}

QList<OutboxRow> TestBindDialog::outbox() const
{
    auto rows = OutboxStore(*m_cache).rows();
    return rows ? rows.value() : QList<OutboxRow> {};
}

void TestBindDialog::summaryWarningsAndOptionsThenConfirmWritesRows()
{
    BindDialog *dialog = drop(request(ObjectKind::User, { Id::JohnDoe, Id::Erin, Id::Dave, Id::Heidi },
        { u"john.doe"_s, u"Erin"_s, u"dave.longusername.example"_s, u"heidi"_s }, ObjectKind::Device, Id::WinFin01,
        u"Finance Desktop"_s));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLabel>(dialog, "bindHeading")->text(), u"Bind 4 users to Finance Desktop"_s);
    QCOMPARE(child<QLabel>(dialog, "bindSummary")->text(), u"4 pairs: 2 new accounts, 1 blocked, 1 already bound"_s);
    QCOMPARE(child<QLabel>(dialog, "bindWarningSummary")->text(), u"1 similar account"_s);
    QVERIFY(child<QLabel>(dialog, "bindNote")->text().contains(u"Blocked pairs are left out"_s));
    QCOMPARE(dialog->planModel()->rowCount(), 4);
    QCOMPARE(dialog->planModel()->findChildren<QAbstractItemModelTester *>().size(), 1);
    // Icon and text for every action and warning, never colour alone.
    const QModelIndex blocked = dialog->planModel()->index(2, BindPlanTableModel::Action);
    QCOMPARE(blocked.data().toString(), u"Blocked"_s);
    QVERIFY(!blocked.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex similar = dialog->planModel()->index(0, BindPlanTableModel::Warnings);
    QCOMPARE(similar.data().toString(), u"Similar account"_s);
    QVERIFY(!similar.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(similar.data(Qt::ToolTipRole).toString().contains(u"“jdoe” is similar"_s));
    QVERIFY(child<QLabel>(dialog, "bindPairDetails")->text().startsWith(u"Creates the local account “john.doe”"_s));

    auto *confirm = child<QPushButton>(dialog, "bindConfirmButton");
    QCOMPARE(plain(confirm->text()), u"Bind 2 pairs"_s);
    QVERIFY(confirm->isEnabled());
    auto *admin = child<QCheckBox>(dialog, "bindAdminOption");
    auto *passwordless = child<QCheckBox>(dialog, "bindPasswordlessOption");
    QVERIFY(admin->isEnabled());
    QVERIFY(!passwordless->isEnabled()); // only with admin
    admin->setChecked(true);
    QVERIFY(passwordless->isEnabled());
    passwordless->setChecked(true);

    QTest::qWait(50); // let the layout settle before the screenshot
    QVERIFY(dialog->grab().save(u"/tmp/bindery-bind-dialog.png"_s));

    QSignalSpy changed(m_controller.get(), &BindingController::outboxChanged);
    QSignalSpy undoable(m_controller.get(), &BindingController::undoAvailableChanged);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(!m_controller->currentDialog());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(undoable.count(), 1);

    const QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 2);
    QStringList users;
    for (const OutboxRow &row : rows) {
        QCOMPARE(row.kind, ChangeKind::BindingAdd);
        QCOMPARE(row.state, OutboxRow::State::Pending);
        QCOMPARE(row.batchId, m_controller->lastBatchId());
        QCOMPARE(row.payload.value("deviceId"_L1).toString(), id(Id::WinFin01));
        QVERIFY(row.payload.value("sudo"_L1).toBool());
        QVERIFY(row.payload.value("sudoWithoutPassword"_L1).toBool());
        users.append(row.payload.value("userId"_L1).toString());
    }
    QCOMPARE(users, (QStringList { id(Id::JohnDoe), id(Id::Erin) })); // dave (blocked) and heidi (bound): nothing
    QVERIFY(m_controller->undoAction()->isEnabled());
    QCOMPARE(plain(m_controller->undoAction()->text()), u"Undo “Bind 4 users to Finance Desktop”"_s);

    // The next plan sees the waiting rows: binding john.doe again is "already bound".
    BindDialog *again = drop(request(
        ObjectKind::User, { Id::JohnDoe }, { u"john.doe"_s }, ObjectKind::Device, Id::WinFin01, u"Finance Desktop"_s));
    QVERIFY(again);
    QCOMPARE(child<QLabel>(again, "bindSummary")->text(), u"1 pair: 1 already bound"_s);
    QVERIFY(!child<QPushButton>(again, "bindConfirmButton")->isEnabled());
}

void TestBindDialog::filtersNarrowThePairs()
{
    BindDialog *dialog = drop(request(ObjectKind::UserGroup, { Id::AllStaffGroup }, { u"All Staff"_s },
        ObjectKind::DeviceGroup, Id::WindowsFleet, u"Windows Fleet"_s));
    QVERIFY(dialog);
    BindPlanTableModel *model = dialog->planModel();
    QCOMPARE(model->rowCount(), 24); // 8 members × 3 devices
    auto *actions = child<QComboBox>(dialog, "bindActionFilter");
    auto *warnings = child<QComboBox>(dialog, "bindWarningFilter");
    const int alreadyBound = actions->findData(int(BindingAction::AlreadyBound));
    QVERIFY(alreadyBound > 0);
    actions->setCurrentIndex(alreadyBound);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(BindPlanTableModel::ActionCodeRole).toString(), u"already-bound"_s);
    const QString shown = child<QLabel>(dialog, "bindShownCount")->text();
    QVERIFY2(shown.endsWith(u" of 24 pairs"_s), qPrintable(shown));

    actions->setCurrentIndex(0);
    const int inactive = warnings->findData(int(BindingWarning::DeviceInactive));
    QVERIFY(inactive > 0);
    warnings->setCurrentIndex(inactive);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, 0)
                    .data(BindPlanTableModel::WarningCodesRole)
                    .toStringList()
                    .contains(u"device-inactive"_s));
    }
    warnings->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 24);
    QCOMPARE(child<QLabel>(dialog, "bindShownCount")->text(), u"24 pairs"_s);
}

void TestBindDialog::onlyBlockedPairsLeaveNothingToConfirm()
{
    BindDialog *dialog = drop(request(ObjectKind::User, { Id::Dave }, { u"dave.longusername.example"_s },
        ObjectKind::Device, Id::WinFin01, u"Finance Desktop"_s));
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "bindSummary")->text(), u"1 pair: 1 blocked"_s);
    QVERIFY(!child<QPushButton>(dialog, "bindConfirmButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "bindPairDetails")->text().contains(u"Windows devices accept at most 20"_s));
    dialog->reject();
    QVERIFY(outbox().isEmpty());
}

void TestBindDialog::undoRemovesTheBatch()
{
    BindDialog *dialog = drop(request(
        ObjectKind::User, { Id::Judy }, { u"judy"_s }, ObjectKind::DeviceGroup, Id::WindowsFleet, u"Windows Fleet"_s));
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "bindSummary")->text(), u"3 pairs: 2 new accounts, 1 takeover"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "bindConfirmButton"), Qt::LeftButton);
    QCOMPARE(outbox().size(), 3);
    QSignalSpy changed(m_controller.get(), &BindingController::outboxChanged);
    QSignalSpy status(m_controller.get(), &BindingController::statusMessage);
    m_controller->undoAction()->trigger();
    QVERIFY(outbox().isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_controller->canUndo());
    QVERIFY(!m_controller->undoAction()->isEnabled());
    QCOMPARE(status.last().at(0).toString(), u"Undone: Bind judy to every device in Windows Fleet"_s);
    QVERIFY(MessageBox::history().isEmpty());
}

void TestBindDialog::undoAfterAPushSaysWhatCannotBeUndone()
{
    BindDialog *dialog = drop(request(
        ObjectKind::User, { Id::Judy }, { u"judy"_s }, ObjectKind::DeviceGroup, Id::WindowsFleet, u"Windows Fleet"_s));
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "bindConfirmButton"), Qt::LeftButton);
    QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 3);
    // The pusher took the first row already.
    QVERIFY(OutboxStore(*m_cache).setState(rows.at(0).id, OutboxRow::State::Pushing));
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_controller->undoLastBatch();
    rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).state, OutboxRow::State::Pushing);
    QCOMPARE(MessageBox::history().size(), 1);
    const MessageBox::Message &message = MessageBox::history().constFirst();
    QVERIFY2(message.text.contains(u"cannot be undone"_s), qPrintable(message.text));
    QVERIFY(message.text.startsWith(u"2 of the changes"_s));
    QCOMPARE(message.informativeText, rows.at(0).summary);
    QVERIFY(!m_controller->canUndo());
}

void TestBindDialog::userGroupOntoDeviceGroupIsOneGroupBinding()
{
    BindDialog *dialog = drop(request(ObjectKind::UserGroup, { Id::FinanceGroup }, { u"Finance"_s },
        ObjectKind::DeviceGroup, Id::WindowsFleet, u"Windows Fleet"_s));
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "bindHeading")->text(), u"Bind user group Finance to device group Windows Fleet"_s);
    QVERIFY(!child<QCheckBox>(dialog, "bindAdminOption")->isEnabled()); // the group's own setting decides
    QVERIFY(child<QLabel>(dialog, "bindOptionsNote")->isVisible());
    QVERIFY(child<QLabel>(dialog, "bindNote")->text().contains(u"One group binding"_s));
    auto *confirm = child<QPushButton>(dialog, "bindConfirmButton");
    QCOMPARE(plain(confirm->text()), u"Bind 1 group"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    const QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, ChangeKind::GroupBindingAdd);
    QCOMPARE(rows.at(0).payload.value("userGroupId"_L1).toString(), id(Id::FinanceGroup));
    QCOMPARE(rows.at(0).payload.value("deviceGroupId"_L1).toString(), id(Id::WindowsFleet));
}

void TestBindDialog::membershipsAddOnlyNewMembers()
{
    BindDialog *dialog = drop(request(ObjectKind::User, { Id::Judy, Id::Alice }, { u"judy"_s, u"alice"_s },
        ObjectKind::UserGroup, Id::EngineeringGroup, u"Engineering"_s));
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "bindSummary")->text(), u"Adds 1 user to Engineering — 3 pairs: 3 new accounts"_s);
    const QString note = child<QLabel>(dialog, "bindNote")->text();
    QVERIFY2(note.contains(u"Already members: alice."_s), qPrintable(note));
    QVERIFY(note.contains(u"Engineering Macs"_s));
    QCOMPARE(plain(child<QPushButton>(dialog, "bindConfirmButton")->text()), u"Add 1 user"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "bindConfirmButton"), Qt::LeftButton);
    QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, ChangeKind::UserGroupAddMember);
    QCOMPARE(rows.at(0).payload.value("userId"_L1).toString(), id(Id::Judy));

    dialog = drop(request(ObjectKind::Device, { Id::OpsLinux02 }, { u"Ops Box"_s }, ObjectKind::DeviceGroup,
        Id::EngineeringMacs, u"Engineering Macs"_s));
    QVERIFY(dialog);
    QCOMPARE(plain(child<QPushButton>(dialog, "bindConfirmButton")->text()), u"Add 1 device"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "bindConfirmButton"), Qt::LeftButton);
    rows = outbox();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).kind, ChangeKind::DeviceGroupAddMember);
    QVERIFY(rows.at(1).batchId != rows.at(0).batchId); // one batch per confirmation
}

void TestBindDialog::unbindingTheLastUserNeedsExplicitConfirmation()
{
    m_controller->requestUnbind({ id(Id::Ivan) }, { id(Id::OpsLinux02) });
    BindDialog *dialog = waitForPlan();
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "bindHeading")->text(), u"Unbind ivan from Ops Box"_s);
    QCOMPARE(child<QLabel>(dialog, "bindSummary")->text(), u"1 pair: 1 to unbind"_s);
    QVERIFY(child<QLabel>(dialog, "bindNote")->text().contains(u"No user stays bound to Ops Box."_s));
    QVERIFY(!child<QCheckBox>(dialog, "bindAdminOption")->isVisible());
    auto *understood = child<QCheckBox>(dialog, "bindLastUserConfirmation");
    auto *confirm = child<QPushButton>(dialog, "bindConfirmButton");
    QVERIFY(understood->isVisible());
    QVERIFY(understood->text().contains(u"Ops Box will be left with no bound user"_s));
    QCOMPARE(plain(confirm->text()), u"Unbind 1 pair"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(u"/tmp/bindery-unbind-dialog.png"_s));
    QTest::mouseClick(confirm, Qt::LeftButton); // disabled: nothing happens
    QVERIFY(outbox().isEmpty());
    understood->setChecked(true);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    const QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, ChangeKind::BindingRemove);
    QCOMPARE(rows.at(0).payload.value("userId"_L1).toString(), id(Id::Ivan));
    QCOMPARE(rows.at(0).payload.value("deviceId"_L1).toString(), id(Id::OpsLinux02));
}

void TestBindDialog::unbindingWithUsersLeftNeedsNoExtraConfirmation()
{
    m_controller->requestUnbind({ id(Id::Heidi) }, { id(Id::WinFin01) });
    BindDialog *dialog = waitForPlan();
    QVERIFY(dialog);
    QVERIFY(!child<QCheckBox>(dialog, "bindLastUserConfirmation")->isVisible());
    QVERIFY(child<QLabel>(dialog, "bindNote")->text().contains(u"1 user stays bound to Finance Desktop"_s));
    QVERIFY(child<QPushButton>(dialog, "bindConfirmButton")->isEnabled());
}

void TestBindDialog::bindToWithoutAMouse()
{
    m_controller->setSelectionProvider([] {
        return DraggedObjects { ObjectKind::User, { id(Id::Judy) }, { u"judy"_s } };
    });
    QVERIFY(m_controller->bindToAction()->isEnabled());
    m_controller->bindToAction()->trigger();
    QTRY_VERIFY(m_controller->currentPicker());
    BindPickerDialog *picker = m_controller->currentPicker();
    QVERIFY(picker->isVisible());
    auto *list = child<QListView>(picker, "bindPickerList");
    QAbstractItemModelTester pickerTester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = list->model()->rowCount();
    QCOMPARE(all, 2 + 3 + 8); // device groups, user groups, devices
    picker->grab().save(u"/tmp/bindery-bind-picker-all.png"_s);
    QTest::keyClicks(picker->searchField(), u"kiosk"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(child<QLabel>(picker, "bindPickerCount")->text(), u"1 of 13"_s);
    picker->grab().save(u"/tmp/bindery-bind-picker.png"_s);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    BindDialog *dialog = waitForPlan();
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, "bindHeading")->text(), u"Bind judy to Lobby Kiosk"_s);
    QCOMPARE(child<QLabel>(dialog, "bindSummary")->text(), u"1 pair: 1 takeover"_s);
    QCOMPARE(dialog->planModel()->index(0, BindPlanTableModel::Account).data().toString(), u"JUDY"_s);

    // Words in any order, and the kind filter: "fleet win" finds the device group only.
    dialog->reject();
    m_controller->chooseTargetAndBind({ ObjectKind::User, { id(Id::Judy) }, { u"judy"_s } });
    QTRY_VERIFY(m_controller->currentPicker() && m_controller->currentPicker() != picker);
    picker = m_controller->currentPicker();
    QTest::keyClicks(picker->searchField(), u"fleet win"_s);
    QCOMPARE(child<QListView>(picker, "bindPickerList")->model()->rowCount(), 1);
    picker->searchField()->clear();
    auto *kind = child<QComboBox>(picker, "bindPickerKind");
    kind->setCurrentIndex(kind->findData(int(ObjectKind::UserGroup)));
    QCOMPARE(child<QListView>(picker, "bindPickerList")->model()->rowCount(), 3);
    picker->reject();

    // Devices go only to device groups.
    m_controller->setSelectionProvider([] {
        return DraggedObjects { ObjectKind::DeviceGroup, { u"x"_s }, { u"x"_s } };
    });
    QSignalSpy status(m_controller.get(), &BindingController::statusMessage);
    m_controller->bindToAction()->trigger();
    QCOMPARE(status.count(), 1);
}

void TestBindDialog::cancelWritesNothing()
{
    BindDialog *dialog = drop(
        request(ObjectKind::User, { Id::Judy }, { u"judy"_s }, ObjectKind::Device, Id::WinLobby, u"Lobby Kiosk"_s));
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "bindCancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->currentDialog());
    QVERIFY(outbox().isEmpty());
    QVERIFY(!m_controller->canUndo());
}

QTEST_MAIN(TestBindDialog)
#include "test_bind_dialog.moc"
