// The change forms on a SampleOrg cache: the user form (errors per field, OK follows them, exactly
// one outbox row with the right fields; edit writes only what changed; a bound user's names are
// locked with the reason), group, rename and self-service forms.
#include "ChangesTestSupport.h"
#include "DetailsReader.h"
#include "GroupFormDialog.h"
#include "GuiTestSupport.h"
#include "RenameDeviceDialog.h"
#include "SelfServiceDialog.h"
#include "UserFormDialog.h"
#include "UserGroupOptionsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace ChangesTestSupport;

class TestChangeForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createUserShowsErrorsPerFieldAndWritesOneRow();
    void createUserWithoutPasswordIsStaged();
    void editWritesOnlyChangedFields();
    void boundUserNamesAreLockedWithTheReason();
    void unboundUserNamesAreEditable();
    void groupFormChecksTheNameAndWritesCreateAndUpdate();
    void userGroupOptionsAreSentAsAttributes();
    void renameDeviceWarnsAboutDuplicateNames();
    void selfServiceReadsAndWritesOrgSettings();

private:
    static QPushButton *okButton(QDialog &dialog);
    static QLineEdit *field(QDialog &dialog, const char *name);

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    std::unique_ptr<CacheDatabase> m_cache;
    int m_caches = 0;
};

void TestChangeForms::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
}

void TestChangeForms::init()
{
    GuiTestSupport::resetState();
    m_cache = sampleCache(m_temp, u"forms-%1.sqlite"_s.arg(++m_caches));
    QVERIFY(m_cache);
}

void TestChangeForms::cleanup()
{
    m_cache.reset();
}

QPushButton *TestChangeForms::okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLineEdit *TestChangeForms::field(QDialog &dialog, const char *name)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
    if (!edit)
        qWarning("no field %s", name);
    return edit;
}

void TestChangeForms::createUserShowsErrorsPerFieldAndWritesOneRow()
{
    UserFormDialog dialog(*m_cache);
    QVERIFY(dialog.loadError().isEmpty());
    QVERIFY(!okButton(dialog)->isEnabled()); // username and e-mail are required
    QVERIFY(issues(&dialog, u"username"_s).isEmpty()); // not touched yet: incomplete, not wrong
    QVERIFY(dialog.findChild<QLabel *>(u"passwordPolicyHint"_s)->text().contains(u"at least 12 characters"_s));

    type(field(dialog, "username"), u"ALICE"_s);
    QVERIFY2(issues(&dialog, u"username"_s).contains(u"alice already has this username"_s),
        qPrintable(issues(&dialog, u"username"_s)));
    type(field(dialog, "email"), u"newbie@anders"_s);
    QVERIFY(issues(&dialog, u"email"_s).contains(u"Not a valid e-mail address"_s));
    type(field(dialog, "systemUsername"), u"carol.local"_s);
    QVERIFY(issues(&dialog, u"systemUsername"_s).contains(u"carol already has this local account name"_s));
    type(field(dialog, "employeeIdentifier"), u"E0003"_s);
    QVERIFY(issues(&dialog, u"employeeIdentifier"_s).contains(u"belongs to carol"_s));
    type(field(dialog, "password"), u"sunshine"_s);
    QVERIFY2(issues(&dialog, u"password"_s).contains(u"The org's password policy needs at least 12 characters"_s),
        qPrintable(issues(&dialog, u"password"_s)));
    type(field(dialog, "repeatPassword"), u"sunshinX"_s);
    QVERIFY(issues(&dialog, u"repeatPassword"_s).contains(u"differ"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString status = dialog.findChild<QLabel *>(u"userFormStatus"_s)->text();
    QVERIFY2(status.contains(u"Username"_s) && status.contains(u"E-mail"_s) && status.contains(u"Password"_s),
        qPrintable(status));
    QVERIFY(dialog.changes().isEmpty());
    screenshot(&dialog, u"user-form-errors"_s);

    // Fix each field: the messages go, OK comes on.
    type(field(dialog, "username"), u"newbie"_s);
    QVERIFY(issues(&dialog, u"username"_s).isEmpty());
    type(field(dialog, "email"), u"newbie@anders.example"_s);
    type(field(dialog, "systemUsername"), QString());
    type(field(dialog, "employeeIdentifier"), u"E0100"_s);
    type(field(dialog, "password"), u"Sunshine2024Rise"_s);
    QVERIFY(!okButton(dialog)->isEnabled()); // the repeat still differs
    type(field(dialog, "repeatPassword"), u"Sunshine2024Rise"_s);
    type(field(dialog, "firstname"), u"New"_s);
    type(field(dialog, "department"), u"Sales"_s);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.findChild<QLabel *>(u"userFormStatus"_s)->text()));
    QCOMPARE(dialog.findChild<QComboBox *>(u"userState"_s)->currentData().toInt(), int(UserState::Activated));
    screenshot(&dialog, u"user-form-valid"_s);

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(dialog.appendedIds(), QList<qint64> { rows.first().id });
    QCOMPARE(rows.first().kind, u"user.create"_s);
    QCOMPARE(rows.first().payload.value("fields"_L1).toObject(),
        (QJsonObject { { u"username"_s, u"newbie"_s }, { u"email"_s, u"newbie@anders.example"_s },
            { u"firstname"_s, u"New"_s }, { u"employeeIdentifier"_s, u"E0100"_s }, { u"department"_s, u"Sales"_s },
            { u"state"_s, u"ACTIVATED"_s } }));
    QCOMPARE(rows.first().payload.value("password"_L1).toString(), u"Sunshine2024Rise"_s);
    QCOMPARE(rows.first().summary, u"Create user newbie"_s);

    // The next form knows the pending create.
    UserFormDialog again(*m_cache);
    type(field(again, "username"), u"newbie"_s);
    QVERIFY(issues(&again, u"username"_s).contains(u"A change waiting to be sent"_s));
}

void TestChangeForms::createUserWithoutPasswordIsStaged()
{
    UserFormDialog dialog(*m_cache);
    type(field(dialog, "username"), u"quiet"_s);
    type(field(dialog, "email"), u"quiet@anders.example"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(issues(&dialog, u"password"_s).contains(u"No password: quiet is created staged"_s), true);
    auto *state = dialog.findChild<QComboBox *>(u"userState"_s);
    QVERIFY(!state->isEnabled());
    QCOMPARE(state->currentData().toInt(), int(UserState::Staged));
    // A username too long for Windows only warns.
    type(field(dialog, "username"), u"quiet.person.with.long.name"_s);
    QVERIFY(issues(&dialog, u"username"_s).contains(u"Windows devices take at most 20"_s));
    QVERIFY(okButton(dialog)->isEnabled());
    type(field(dialog, "username"), u"quiet"_s);
    dialog.accept();
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().payload.value("fields"_L1).toObject().value("state"_L1).toString(), u"STAGED"_s);
    QVERIFY(!rows.first().payload.contains("password"_L1));
}

void TestChangeForms::editWritesOnlyChangedFields()
{
    UserFormDialog dialog(*m_cache, QLatin1String(SampleOrg::Id::Judy));
    QVERIFY(dialog.loadError().isEmpty());
    QCOMPARE(dialog.windowTitle(), u"Edit user judy"_s);
    QCOMPARE(field(dialog, "department")->text(), u"Marketing"_s);
    QVERIFY(!dialog.findChild<QLineEdit *>(u"password"_s)->isVisibleTo(&dialog));
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"userFormStatus"_s)->text(), u"Nothing changed yet."_s);

    type(field(dialog, "department"), u"Brand"_s);
    type(field(dialog, "jobTitle"), u"Head of Brand"_s);
    type(field(dialog, "email"), u"bob@anders.example"_s);
    QVERIFY(issues(&dialog, u"email"_s).contains(u"belongs to bob"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    type(field(dialog, "email"), u"judy@anders.example"_s); // back to her own
    QVERIFY(okButton(dialog)->isEnabled());
    screenshot(&dialog, u"user-form-edit"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    const OutboxRow &row = rows.first();
    QCOMPARE(row.kind, u"user.update"_s);
    QCOMPARE(row.objectId, QLatin1String(SampleOrg::Id::Judy));
    QCOMPARE(row.payload.value("userId"_L1).toString(), QLatin1String(SampleOrg::Id::Judy));
    QCOMPARE(row.payload.value("fields"_L1).toObject(),
        (QJsonObject { { u"department"_s, u"Brand"_s }, { u"jobTitle"_s, u"Head of Brand"_s } }));
    QCOMPARE(row.payload.value("before"_L1).toObject(),
        (QJsonObject { { u"department"_s, u"Marketing"_s }, { u"jobTitle"_s, u"Head of Marketing"_s } }));

    // Editing again says a change is waiting.
    UserFormDialog again(*m_cache, QLatin1String(SampleOrg::Id::Judy));
    auto *notice = again.findChild<QLabel *>(u"userFormNotice"_s);
    QVERIFY(!notice->isHidden());
    QVERIFY(notice->text().contains(u"1 change"_s));
    QVERIFY(notice->text().contains(u"to judy"_s));
    QVERIFY(notice->text().contains(u"Edit user judy (department, jobTitle)"_s));
}

void TestChangeForms::boundUserNamesAreLockedWithTheReason()
{
    const auto devices = DetailsReader(*m_cache).devicesOfUser(QLatin1String(SampleOrg::Id::Alice));
    QVERIFY(devices);
    QCOMPARE(devices.value().size(), 4); // two direct, three through Engineering Macs (alice-mbp twice)

    UserFormDialog dialog(*m_cache, QLatin1String(SampleOrg::Id::Alice));
    QLineEdit *username = field(dialog, "username");
    QLineEdit *localName = field(dialog, "systemUsername");
    QVERIFY(username->isReadOnly());
    QVERIFY(localName->isReadOnly());
    // Plural forms come from the English translation once the lead refreshes it: match around them.
    const QString reason = issues(&dialog, u"username"_s);
    QVERIFY2(reason.contains(u"alice is bound to 4 device"_s), qPrintable(reason));
    QVERIFY(reason.contains(u"the directory refuses renaming a bound user."_s));
    QCOMPARE(issues(&dialog, u"systemUsername"_s), u"<i>Locked for the same reason.</i>"_s);
    QCOMPARE(localName->toolTip(), username->toolTip());
    QVERIFY(username->toolTip().contains(u"the directory refuses renaming a bound user"_s));
    QVERIFY(!field(dialog, "email")->isReadOnly());
    screenshot(&dialog, u"user-form-bound"_s);

    // Other fields still save, and never the names.
    type(field(dialog, "location"), u"Hamburg"_s);
    dialog.accept();
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().payload.value("fields"_L1).toObject(), (QJsonObject { { u"location"_s, u"Hamburg"_s } }));
}

void TestChangeForms::unboundUserNamesAreEditable()
{
    UserFormDialog dialog(*m_cache, QLatin1String(SampleOrg::Id::JohnDoe));
    QVERIFY(!field(dialog, "username")->isReadOnly());
    type(field(dialog, "systemUsername"), u"jdoe"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(outbox(*m_cache).first().payload.value("fields"_L1).toObject(),
        (QJsonObject { { u"systemUsername"_s, u"jdoe"_s } }));
}

void TestChangeForms::groupFormChecksTheNameAndWritesCreateAndUpdate()
{
    {
        GroupFormDialog dialog(*m_cache, GroupFormDialog::Kind::UserGroup);
        QCOMPARE(dialog.windowTitle(), u"New user group"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        type(field(dialog, "groupName"), u"finance"_s);
        QVERIFY(issues(&dialog, u"groupName"_s).contains(u"The user group Finance already has this name"_s));
        QVERIFY(!okButton(dialog)->isEnabled());
        screenshot(&dialog, u"group-form-error"_s);
        type(field(dialog, "groupName"), u"Contractors"_s);
        type(field(dialog, "groupDescription"), u"External staff"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        GroupFormDialog dialog(
            *m_cache, GroupFormDialog::Kind::DeviceGroup, QLatin1String(SampleOrg::Id::WindowsFleet));
        QCOMPARE(field(dialog, "groupName")->text(), u"Windows Fleet"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        // A device group may share a user group's name.
        type(field(dialog, "groupName"), u"Finance"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        type(field(dialog, "groupName"), u"Windows Fleet"_s);
        type(field(dialog, "groupDescription"), u"All Windows PCs"_s);
        screenshot(&dialog, u"group-form-edit"_s);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(issues(&dialog, u"groupName"_s)));
        dialog.accept();
    }
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).kind, u"userGroup.create"_s);
    QCOMPARE(rows.at(0).payload.value("fields"_L1).toObject(),
        (QJsonObject { { u"name"_s, u"Contractors"_s }, { u"description"_s, u"External staff"_s } }));
    QCOMPARE(rows.at(1).kind, u"deviceGroup.update"_s);
    QCOMPARE(
        rows.at(1).payload.value("fields"_L1).toObject(), (QJsonObject { { u"description"_s, u"All Windows PCs"_s } }));
    QCOMPARE(rows.at(1).payload.value("before"_L1).toObject().value("name"_L1).toString(), u"Windows Fleet"_s);
    QCOMPARE(
        rows.at(1).payload.value("before"_L1).toObject().value("description"_L1).toString(), u"Every Windows PC"_s);
    QCOMPARE(rows.at(1).summary, u"Edit device group Windows Fleet"_s);

    GroupFormDialog again(*m_cache, GroupFormDialog::Kind::UserGroup);
    type(field(again, "groupName"), u"contractors"_s);
    QVERIFY(issues(&again, u"groupName"_s).contains(u"waiting to be sent"_s));
}

void TestChangeForms::userGroupOptionsAreSentAsAttributes()
{
    // Engineering: members are admins through device groups, Linux group "engineering".
    GroupFormDialog dialog(*m_cache, GroupFormDialog::Kind::UserGroup, QLatin1String(SampleOrg::Id::EngineeringGroup));
    UserGroupOptionsBox *options = dialog.optionsBox();
    QVERIFY(options);
    auto *sudo = options->findChild<QCheckBox *>(u"groupSudoOption"_s);
    auto *passwordless = options->findChild<QCheckBox *>(u"groupPasswordlessOption"_s);
    auto *linux = options->findChild<QCheckBox *>(u"groupLinuxOption"_s);
    auto *samba = options->findChild<QCheckBox *>(u"groupSambaOption"_s);
    QVERIFY(sudo->isChecked());
    QVERIFY(passwordless->isEnabled());
    QVERIFY(linux->isChecked());
    QCOMPARE(linux->text().remove(u'&'), u"Create the Linux group “engineering”"_s);
    QVERIFY(!okButton(dialog)->isEnabled()); // nothing changed yet
    sudo->setChecked(false);
    QVERIFY(!passwordless->isEnabled()); // only with admin
    samba->setChecked(true);
    QVERIFY(okButton(dialog)->isEnabled());
    screenshot(&dialog, u"group-form-options"_s);
    dialog.accept();

    // A new group's Linux group follows its name.
    GroupFormDialog created(*m_cache, GroupFormDialog::Kind::UserGroup);
    type(field(created, "groupName"), u"Build Ops"_s);
    auto *newLinux = created.optionsBox()->findChild<QCheckBox *>(u"groupLinuxOption"_s);
    QCOMPARE(newLinux->text().remove(u'&'), u"Create the Linux group “build-ops”"_s);
    newLinux->setChecked(true);
    created.accept();

    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 2);
    const QJsonObject attributes = rows.at(0).payload.value("fields"_L1).toObject().value("attributes"_L1).toObject();
    QCOMPARE(attributes.value("sudo"_L1).toObject().value("enabled"_L1).toBool(), false);
    QCOMPARE(attributes.value("sambaEnabled"_L1).toBool(), true);
    QCOMPARE(
        attributes.value("posixGroups"_L1).toArray().at(0).toObject().value("name"_L1).toString(), u"engineering"_s);
    const QJsonObject before = rows.at(0).payload.value("before"_L1).toObject().value("attributes"_L1).toObject();
    QCOMPARE(before.value("sudo"_L1).toObject().value("enabled"_L1).toBool(), true); // for undo and revert
    QCOMPARE(rows.at(1).kind, u"userGroup.create"_s);
    QCOMPARE(rows.at(1)
                 .payload.value("fields"_L1)
                 .toObject()
                 .value("attributes"_L1)
                 .toObject()
                 .value("posixGroups"_L1)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
        u"build-ops"_s);
}

void TestChangeForms::renameDeviceWarnsAboutDuplicateNames()
{
    Device device;
    device.id = QLatin1String(SampleOrg::Id::WinFin01);
    device.displayName = u"Finance Desktop"_s;
    device.hostname = u"WIN-FIN-01"_s;
    RenameDeviceDialog dialog(*m_cache, device);
    QVERIFY(!okButton(dialog)->isEnabled()); // unchanged
    type(field(dialog, "deviceName"), QString());
    QVERIFY(issues(&dialog, u"deviceName"_s).contains(u"needs a name"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    type(field(dialog, "deviceName"), u"build server"_s);
    QVERIFY(issues(&dialog, u"deviceName"_s).contains(u"1 other device"_s));
    QVERIFY(okButton(dialog)->isEnabled()); // a warning only
    type(field(dialog, "deviceName"), u"Front Desk"_s);
    QVERIFY(issues(&dialog, u"deviceName"_s).isEmpty());
    screenshot(&dialog, u"rename-device"_s);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().kind, u"device.rename"_s);
    QCOMPARE(rows.first().payload.value("displayName"_L1).toString(), u"Front Desk"_s);
    QCOMPARE(
        rows.first().payload.value("before"_L1).toObject().value("displayName"_L1).toString(), u"Finance Desktop"_s);
}

void TestChangeForms::selfServiceReadsAndWritesOrgSettings()
{
    SelfServiceDialog dialog(*m_cache);
    QVERIFY(dialog.loadError().isEmpty());
    // SampleOrg: on for macOS (standard), off for Windows.
    QVERIFY(dialog.macEnabled()->isChecked());
    QCOMPARE(dialog.macPermission()->currentData().toBool(), false);
    QVERIFY(!dialog.windowsEnabled()->isChecked());
    QVERIFY(!dialog.windowsPermission()->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());

    dialog.windowsEnabled()->setChecked(true);
    QVERIFY(dialog.windowsPermission()->isEnabled());
    dialog.windowsPermission()->setCurrentIndex(dialog.windowsPermission()->findData(true));
    QVERIFY(dialog.findChild<QLabel *>(u"selfServiceStatus"_s)->text().contains(u"administrator"_s));
    QVERIFY(okButton(dialog)->isEnabled());
    screenshot(&dialog, u"self-service"_s);
    dialog.accept();

    const QList<OutboxRow> rows = outbox(*m_cache);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().kind, u"org.selfService"_s);
    const QJsonObject payload = rows.first().payload;
    QCOMPARE(payload.value("macEnabled"_L1).toBool(), true);
    QCOMPARE(payload.value("macAdmin"_L1).toBool(), false);
    QCOMPARE(payload.value("windowsEnabled"_L1).toBool(), true);
    QCOMPARE(payload.value("windowsAdmin"_L1).toBool(), true);
    QCOMPARE(payload.value("before"_L1).toObject().value("windowsEnabled"_L1).toBool(), false);
}

QTEST_MAIN(TestChangeForms)
#include "test_change_forms.moc"
