// ChangeActions on a SampleOrg cache: what the selection enables, and each flow end to end through
// the MessageBox and DialogRunner seams (no timers): suspend, activate, reset MFA, delete, group
// create and members, add to groups, rename, self-service. Every flow ends with its outbox rows.
#include "ChangeActions.h"
#include "ChangesTestSupport.h"
#include "DialogRunner.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "ObjectPickerDialog.h"
#include "ResetMfaDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ChangesTestSupport;
using Id = ChangeActions::Id;

namespace {

QString id(const char *literal)
{
    return QLatin1String(literal);
}

// A DialogRunner handler for ObjectPickerDialog: optionally filters, checks ids, accepts.
DialogRunner::Handler pick(const QStringList &ids, const QString &filter = {}, QStringList *offered = nullptr)
{
    return [=](QDialog &dialog) {
        auto *picker = qobject_cast<ObjectPickerDialog *>(&dialog);
        if (!picker)
            return int(QDialog::Rejected);
        if (offered) {
            auto *model = picker->view()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                offered->append(model->index(row, 0).data().toString());
        }
        if (!filter.isEmpty())
            type(picker->filterField(), filter);
        for (const QString &pickedId : ids)
            picker->setChecked(pickedId, true);
        screenshot(picker, u"picker-"_s + picker->windowTitle().section(u' ', 0, 1).replace(u' ', u'-'));
        picker->accept();
        return picker->result();
    };
}

} // namespace

class TestChangeActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selectionEnablesTheFittingActions();
    void menusHoldEveryAction();
    void suspendAndActivateSayWhatHappens();
    void resetMfaAsksForTheEnrollmentPeriod();
    void deleteUserNamesTheUserAndDevices();
    void newUserOpensTheForm();
    void userGroupCreateAndMembers();
    void addToGroupsSkipsExistingMembers();
    void renameDeviceAndSelfService();
    void deleteDeviceGroupSaysWhatIsLost();

private:
    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ChangeActions> m_actions;
    int m_caches = 0;
};

void TestChangeActions::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
}

void TestChangeActions::init()
{
    GuiTestSupport::resetState();
    DialogRunner::clearHandlers();
    m_cache = sampleCache(m_temp, u"actions-%1.sqlite"_s.arg(++m_caches));
    QVERIFY(m_cache);
    m_window = std::make_unique<QWidget>();
    m_actions = std::make_unique<ChangeActions>(m_window.get());
    m_actions->setCache(m_cache.get());
}

void TestChangeActions::cleanup()
{
    QCOMPARE(DialogRunner::pendingHandlers(), 0); // every queued form was opened
    m_actions.reset();
    m_window.reset();
    m_cache.reset();
}

void TestChangeActions::selectionEnablesTheFittingActions()
{
    ChangeActions closed(m_window.get());
    for (QAction *action : closed.allActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));

    QVERIFY(m_actions->action(Id::NewUser)->isEnabled());
    QVERIFY(m_actions->action(Id::SelfService)->isEnabled());
    QVERIFY(!m_actions->action(Id::EditUser)->isEnabled());

    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Judy) });
    QVERIFY(m_actions->action(Id::EditUser)->isEnabled());
    QVERIFY(!m_actions->action(Id::ActivateUsers)->isEnabled()); // judy is active already
    QVERIFY(m_actions->action(Id::SuspendUsers)->isEnabled());
    QVERIFY(!m_actions->action(Id::RenameDevice)->isEnabled());

    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Bob), id(SampleOrg::Id::Carol) });
    QVERIFY(!m_actions->action(Id::EditUser)->isEnabled()); // one at a time
    QVERIFY(m_actions->action(Id::ActivateUsers)->isEnabled());
    QVERIFY(m_actions->action(Id::SuspendUsers)->isEnabled()); // bob is staged
    QVERIFY(m_actions->action(Id::DeleteUsers)->isEnabled());
    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Carol) });
    QVERIFY(!m_actions->action(Id::SuspendUsers)->isEnabled());

    m_actions->setSelection(PaneKind::Devices, { id(SampleOrg::Id::WinFin01) });
    QVERIFY(m_actions->action(Id::RenameDevice)->isEnabled());
    QVERIFY(m_actions->action(Id::AddDevicesToGroups)->isEnabled());
    QVERIFY(!m_actions->action(Id::DeleteUsers)->isEnabled());

    m_actions->setSelection(PaneKind::UserGroups, { id(SampleOrg::Id::FinanceGroup) });
    QVERIFY(m_actions->action(Id::EditUserGroup)->isEnabled());
    QVERIFY(m_actions->action(Id::AddUserGroupMembers)->isEnabled());
    QVERIFY(!m_actions->action(Id::EditDeviceGroup)->isEnabled());

    m_actions->setSelection(PaneKind::DeviceGroups, {});
    QVERIFY(!m_actions->action(Id::DeleteDeviceGroups)->isEnabled());
    QVERIFY(m_actions->action(Id::NewDeviceGroup)->isEnabled());

    m_actions->setCache(nullptr);
    QVERIFY(!m_actions->action(Id::NewUser)->isEnabled());
}

void TestChangeActions::menusHoldEveryAction()
{
    // Every action is in the menu or in one of its submenus (one per kind of object), and in only one place.
    QMenu menu;
    m_actions->populateMenu(&menu);
    QList<QAction *> inMenus = menu.actions();
    for (const QMenu *submenu : menu.findChildren<QMenu *>())
        inMenus += submenu->actions();
    QCOMPARE(menu.findChildren<QMenu *>().size(), 4);
    for (QAction *action : m_actions->allActions())
        QVERIFY2(inMenus.count(action) == 1, qPrintable(action->objectName()));
    for (const PaneKind kind : PaneKinds::all())
        QVERIFY(!m_actions->contextActions(kind).isEmpty());
    QVERIFY(m_actions->contextActions(PaneKind::Users).contains(m_actions->action(Id::DeleteUsers)));
}

void TestChangeActions::suspendAndActivateSayWhatHappens()
{
    QSignalSpy changed(m_actions.get(), &ChangeActions::outboxChanged);
    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Heidi) });
    MessageBox::setNextAnswer(MessageBox::Cancel);
    m_actions->action(Id::SuspendUsers)->trigger();
    QCOMPARE(outbox(*m_cache).size(), 0);
    QCOMPARE(changed.count(), 0);
    const MessageBox::Message asked = MessageBox::history().last();
    QCOMPARE(asked.text, u"Suspend heidi?"_s);
    QVERIFY2(asked.informativeText.contains(u"no longer sign in to the 1 device"_s), qPrintable(asked.informativeText));
    QVERIFY(asked.informativeText.contains(u"accounts, files and bindings are kept"_s));

    MessageBox::setNextAnswer(MessageBox::Ok);
    m_actions->action(Id::SuspendUsers)->trigger();
    QCOMPARE(changed.count(), 1);
    QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().kind, u"user.suspend"_s);
    QCOMPARE(rows.first().payload.value("userId"_L1).toString(), id(SampleOrg::Id::Heidi));

    // Activating bob (staged) and carol (suspended) at once: one batch, two rows; judy is skipped.
    m_actions->setSelection(
        PaneKind::Users, { id(SampleOrg::Id::Bob), id(SampleOrg::Id::Carol), id(SampleOrg::Id::Judy) });
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_actions->action(Id::ActivateUsers)->trigger();
    QCOMPARE(MessageBox::history().last().text, u"Activate bob and carol?"_s);
    QVERIFY(MessageBox::history().last().informativeText.contains(u"They get access to everything bound to them"_s));
    rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).kind, u"user.activate"_s);
    QCOMPARE(rows.at(2).payload.value("userId"_L1).toString(), id(SampleOrg::Id::Carol));
    QCOMPARE(rows.at(1).batchId, rows.at(2).batchId);
    QVERIFY(rows.at(0).batchId != rows.at(1).batchId);
}

void TestChangeActions::resetMfaAsksForTheEnrollmentPeriod()
{
    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Judy), id(SampleOrg::Id::Ivan) });
    int defaultDays = 0;
    int minimum = 0;
    int maximum = 0;
    QString text;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *days = dialog.findChild<QSpinBox *>(u"enrollmentDays"_s);
        defaultDays = days->value();
        minimum = days->minimum();
        maximum = days->maximum();
        text = dialog.findChild<QLabel *>(u"resetMfaText"_s)->text();
        days->setValue(30);
        screenshot(&dialog, u"reset-mfa"_s);
        dialog.accept();
        return dialog.result();
    });
    m_actions->action(Id::ResetMfa)->trigger();
    QCOMPARE(defaultDays, 7);
    QCOMPARE(minimum, 1);
    QCOMPARE(maximum, 365);
    QVERIFY2(text.contains(u"judy and ivan"_s) && text.contains(u"locked out of the user portal"_s), qPrintable(text));
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 2);
    for (const OutboxRow &row : rows) {
        QCOMPARE(row.kind, u"user.resetMfa"_s);
        QCOMPARE(row.payload.value("enrollmentDays"_L1).toInt(), 30);
    }

    DialogRunner::setNextHandler([](QDialog &dialog) {
        dialog.reject();
        return dialog.result();
    });
    m_actions->action(Id::ResetMfa)->trigger();
    QCOMPARE(outbox(*m_cache).size(), 2);
}

void TestChangeActions::deleteUserNamesTheUserAndDevices()
{
    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Carol) });
    MessageBox::setNextAnswer(MessageBox::Cancel);
    m_actions->action(Id::DeleteUsers)->trigger();
    QCOMPARE(outbox(*m_cache).size(), 0);
    const MessageBox::Message asked = MessageBox::history().last();
    QCOMPARE(asked.text, u"Delete the user carol (Carol Chen) from the directory?"_s);
    QVERIFY2(asked.informativeText.contains(u"Support Laptop"_s), qPrintable(asked.informativeText));
    QCOMPARE(asked.defaultButton, MessageBox::Cancel);

    MessageBox::setNextAnswer(MessageBox::Ok);
    m_actions->action(Id::DeleteUsers)->trigger();
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().kind, u"user.delete"_s);
    QCOMPARE(rows.first().payload.value("username"_L1).toString(), u"carol"_s);

    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Judy) });
    MessageBox::setNextAnswer(MessageBox::Cancel);
    m_actions->action(Id::DeleteUsers)->trigger();
    QVERIFY(MessageBox::history().last().informativeText.contains(u"bound to no device"_s));
}

void TestChangeActions::newUserOpensTheForm()
{
    QSignalSpy changed(m_actions.get(), &ChangeActions::outboxChanged);
    DialogRunner::setNextHandler([](QDialog &dialog) {
        type(dialog.findChild<QLineEdit *>(u"username"_s), u"zed"_s);
        type(dialog.findChild<QLineEdit *>(u"email"_s), u"zed@anders.example"_s);
        dialog.accept();
        return dialog.result();
    });
    m_actions->action(Id::NewUser)->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(outbox(*m_cache).first().kind, u"user.create"_s);

    // A user a sync removed meanwhile: the form says so instead of opening empty.
    m_actions->setSelection(PaneKind::Users, { u"65a0000000000000000000ff"_s });
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_actions->action(Id::EditUser)->trigger();
    QVERIFY(MessageBox::history().last().text.contains(u"no longer in the cache"_s));
    QCOMPARE(changed.count(), 1);
}

void TestChangeActions::userGroupCreateAndMembers()
{
    DialogRunner::setNextHandler([](QDialog &dialog) {
        type(dialog.findChild<QLineEdit *>(u"groupName"_s), u"Contractors"_s);
        dialog.accept();
        return dialog.result();
    });
    m_actions->action(Id::NewUserGroup)->trigger();

    m_actions->setSelection(PaneKind::UserGroups, { id(SampleOrg::Id::FinanceGroup) });
    QStringList offered;
    DialogRunner::setNextHandler(pick({ id(SampleOrg::Id::Judy) }, u"ju"_s, &offered));
    m_actions->action(Id::AddUserGroupMembers)->trigger();
    // Members already in Finance are not offered.
    QVERIFY(offered.contains(u"judy"_s));
    QVERIFY(!offered.contains(u"heidi"_s));
    QVERIFY(!offered.contains(u"john.doe"_s));

    QStringList members;
    DialogRunner::setNextHandler(pick({ id(SampleOrg::Id::Heidi) }, {}, &members));
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_actions->action(Id::RemoveUserGroupMembers)->trigger();
    QCOMPARE(members, (QStringList { u"heidi"_s, u"john.doe"_s, u"mallory"_s }));
    QCOMPARE(MessageBox::history().last().text, u"Remove heidi from Finance?"_s);

    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).kind, u"userGroup.create"_s);
    QCOMPARE(rows.at(1).kind, u"userGroup.addMember"_s);
    QCOMPARE(rows.at(1).payload.value("groupId"_L1).toString(), id(SampleOrg::Id::FinanceGroup));
    QCOMPARE(rows.at(1).payload.value("userId"_L1).toString(), id(SampleOrg::Id::Judy));
    QCOMPARE(rows.at(2).kind, u"userGroup.removeMember"_s);
    QCOMPARE(rows.at(2).payload.value("userId"_L1).toString(), id(SampleOrg::Id::Heidi));
}

void TestChangeActions::addToGroupsSkipsExistingMembers()
{
    // WIN-LOBBY is in Windows Fleet already; zoe-mba is not.
    m_actions->setSelection(PaneKind::Devices, { id(SampleOrg::Id::WinLobby), id(SampleOrg::Id::ZoeMba) });
    DialogRunner::setNextHandler(pick({ id(SampleOrg::Id::WindowsFleet) }));
    m_actions->action(Id::AddDevicesToGroups)->trigger();
    QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().kind, u"deviceGroup.addMember"_s);
    QCOMPARE(rows.first().payload.value("deviceId"_L1).toString(), id(SampleOrg::Id::ZoeMba));

    m_actions->setSelection(PaneKind::Users, { id(SampleOrg::Id::Judy) });
    DialogRunner::setNextHandler(pick({ id(SampleOrg::Id::AllStaffGroup) }));
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_actions->action(Id::AddUsersToGroups)->trigger();
    QVERIFY(MessageBox::history().last().text.contains(u"members of those groups already"_s));
    QCOMPARE(outbox(*m_cache).size(), 1);
}

void TestChangeActions::renameDeviceAndSelfService()
{
    m_actions->setSelection(PaneKind::Devices, { id(SampleOrg::Id::WinSup07) });
    DialogRunner::setNextHandler([](QDialog &dialog) {
        type(dialog.findChild<QLineEdit *>(u"deviceName"_s), u"Helpdesk Laptop"_s);
        dialog.accept();
        return dialog.result();
    });
    m_actions->action(Id::RenameDevice)->trigger();
    DialogRunner::setNextHandler([](QDialog &dialog) {
        dialog.findChild<QCheckBox *>(u"macEnabled"_s)->setChecked(false);
        dialog.accept();
        return dialog.result();
    });
    m_actions->action(Id::SelfService)->trigger();
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).summary, u"Rename device Support Laptop to Helpdesk Laptop"_s);
    QCOMPARE(rows.at(1).kind, u"org.selfService"_s);
    QCOMPARE(rows.at(1).payload.value("macEnabled"_L1).toBool(), false);
}

void TestChangeActions::deleteDeviceGroupSaysWhatIsLost()
{
    m_actions->setSelection(PaneKind::DeviceGroups, { id(SampleOrg::Id::EngineeringMacs) });
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_actions->action(Id::DeleteDeviceGroups)->trigger();
    const MessageBox::Message asked = MessageBox::history().last();
    QCOMPARE(asked.text, u"Delete the device group Engineering Macs?"_s);
    QVERIFY2(asked.informativeText.contains(u"Engineering"_s) && asked.informativeText.contains(u"lose access"_s),
        qPrintable(asked.informativeText));
    QCOMPARE(outbox(*m_cache).first().kind, u"deviceGroup.delete"_s);
}

QTEST_MAIN(TestChangeActions)
#include "test_change_actions.moc"
