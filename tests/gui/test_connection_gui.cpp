// Connecting, as an admin does it, against the real bindery-sandbox: a new connection is tested
// and saved, a wrong key cannot be saved, the manager lists, edits, removes and connects, and a
// system without a credential store asks for the key once per session. Afterwards no file the
// session wrote (settings, cache folder) contains any key.
#include "CacheLocation.h"
#include "ConnectDialog.h"
#include "ConnectionFlow.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionTestText.h"
#include "ConnectionTester.h"
#include "FakeNetworkAccessManager.h"
#include "FallbackCredentialStore.h"
#include "GuiTestSupport.h"
#include "InlineStatus.h"
#include "KeyPromptDialog.h"
#include "MessageBox.h"
#include "SandboxRunner.h"
#include "SessionCredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr char Key[] = "gui-key-2f9d1c7e0a5b";
constexpr char WrongKey[] = "gui-wrong-key-88e1f0";

// A system without an OS credential store, whatever the machine running the test has.
class NoOsStore final : public CredentialStore
{
public:
    bool isPersistent() const override { return true; }
    CredentialJob *checkAvailability() override
    {
        setAvailability(Availability::Unavailable, u"No Secret Service"_s);
        return finishedJob(CredentialJob::Kind::CheckAvailability, {},
            { CredentialResult::Status::Unavailable, {}, unavailableReason() });
    }
    CredentialJob *readKey(const QString &id) override { return unavailable(CredentialJob::Kind::Read, id); }
    CredentialJob *writeKey(const QString &id, const QByteArray &) override
    {
        return unavailable(CredentialJob::Kind::Write, id);
    }
    CredentialJob *removeKey(const QString &id) override { return unavailable(CredentialJob::Kind::Remove, id); }

private:
    CredentialJob *unavailable(CredentialJob::Kind kind, const QString &id)
    {
        return finishedJob(kind, id, { CredentialResult::Status::Unavailable, {}, u"No Secret Service"_s });
    }
};

template<typename Dialog>
Dialog *openDialog(QObject *parent)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<Dialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

template<typename Widget>
Widget *child(QWidget *parent, const QString &name)
{
    return parent->findChild<Widget *>(name);
}

QString statusText(QWidget *dialog, const QString &name = u"testStatus"_s)
{
    InlineStatus *status = child<InlineStatus>(dialog, name);
    return status && status->isVisible() ? status->text() : QString();
}

void fillConnection(ConnectDialog *dialog, const QString &name, const QString &url, const QByteArray &key)
{
    child<QLineEdit>(dialog, u"nameEdit"_s)->setText(name);
    QComboBox *region = child<QComboBox>(dialog, u"regionCombo"_s);
    region->setCurrentIndex(region->findData(int(ConnectionProfile::Region::Custom)));
    QLineEdit *urlEdit = child<QLineEdit>(dialog, u"urlEdit"_s);
    QVERIFY(urlEdit->isVisible()); // shown for "Other URL" only
    urlEdit->setText(url);
    QLineEdit *keyEdit = child<QLineEdit>(dialog, u"keyEdit"_s);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    keyEdit->clear();
    QTest::keyClicks(keyEdit, QString::fromLatin1(key));
}

ConnectionProfile savedProfile(ProfileStore &store, const QString &name, const QString &url)
{
    ConnectionProfile profile = ConnectionProfile::createNew();
    profile.name = name;
    profile.region = ConnectionProfile::Region::Custom;
    profile.customUrl = url;
    store.save(profile);
    return profile;
}

} // namespace

class TestConnectionGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { GuiTestSupport::resetState(); }
    void newConnectionIsTestedThenSaved();
    void wrongKeyCannotBeSaved();
    void unreachableDirectoryMaySaveUntested();
    void multiTenantAdminPicksOrganisation();
    void managerListsEditsRemovesAndConnects();
    void noCredentialStoreAsksOncePerSession();
    void cleanupTestCase();

private:
    QTemporaryDir m_settingsDir;
    SandboxRunner m_sandbox;
};

void TestConnectionGui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    GuiTestSupport::isolateSettings(m_settingsDir);
    QVERIFY2(m_sandbox.start({ u"--seed"_s, u"demo"_s, u"--agent-delay-ms"_s, u"0"_s }, Key),
        qPrintable(m_sandbox.errorText()));
}

void TestConnectionGui::newConnectionIsTestedThenSaved()
{
    QWidget window;
    window.resize(900, 600);
    window.show();
    // A SessionCredentialStore stands in for a working OS store here.
    FallbackCredentialStore store(std::make_unique<SessionCredentialStore>());
    ConnectionFlow flow(ProfileStore(), store, &window);
    QSignalSpy connected(&flow, &ConnectionFlow::connectRequested);
    flow.addConnection();
    ConnectDialog *dialog = openDialog<ConnectDialog>(&window);
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, u"storeNote"_s)->text(), ConnectionTestText::persistentStoreNote());
    QVERIFY(!child<QLineEdit>(dialog, u"urlEdit"_s)->isVisible()); // a standard region needs no URL

    fillConnection(dialog, u"Sandbox"_s, m_sandbox.url(), Key);
    QPushButton *save = child<QPushButton>(dialog, u"saveButton"_s);
    QVERIFY(!save->isEnabled()); // not before a test
    QVERIFY(child<QPushButton>(dialog, u"saveUntestedButton"_s)->isEnabled());

    QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText(dialog).startsWith(u"Connected to the organisation"_s), 15000);
    QVERIFY(save->isEnabled());
    QVERIFY(!child<QComboBox>(dialog, u"orgCombo"_s)->isVisible()); // one org: nothing to choose
    dialog->grab().save(u"/tmp/connection-connect-dialog.png"_s);

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(connected.count(), 1);
    const auto target = connected.constFirst().constFirst().value<ConnectionTarget>();
    QCOMPARE(target.profile.name, u"Sandbox"_s);
    QCOMPARE(target.credentials.apiKey, QByteArray(Key));
    QVERIFY(target.credentials.orgId.isEmpty()); // single tenant: no x-org-id
    QVERIFY(!target.profile.orgName.isEmpty());
    QCOMPARE(target.cachePath, ProfileStore::cachePath(target.profile));
    QCOMPARE(target.syncConfig().endpoint.baseUrl().toString(), m_sandbox.url());
    QVERIFY(static_cast<SessionCredentialStore &>(store.primary()).contains(target.profile.idString()));
    QCOMPARE(flow.profiles().lastUsedId(), target.profile.idString());
    QTRY_VERIFY(!window.findChild<ConnectDialog *>()); // closed and deleted
}

void TestConnectionGui::wrongKeyCannotBeSaved()
{
    QWidget window;
    window.show();
    SessionCredentialStore store;
    ProfileStore profiles;
    ConnectDialog dialog(profiles, store, &window);
    dialog.show();
    fillConnection(&dialog, u"Wrong"_s, m_sandbox.url(), WrongKey);
    QTest::mouseClick(child<QPushButton>(&dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText(&dialog).contains(u"did not accept this API key"_s), 15000);
    QVERIFY(!child<QPushButton>(&dialog, u"saveButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, u"saveUntestedButton"_s)->isEnabled()); // proven wrong
    dialog.grab().save(u"/tmp/connection-connect-dialog-wrong-key.png"_s);

    // Another key is a new question: untested saving is possible again, the old verdict is stale.
    QTest::keyClick(child<QLineEdit>(&dialog, u"keyEdit"_s), Qt::Key_Backspace);
    QCOMPARE(statusText(&dialog), u"The settings changed since the last test."_s);
    QVERIFY(child<QPushButton>(&dialog, u"saveUntestedButton"_s)->isEnabled());
    QCOMPARE(store.size(), 0);
    QVERIFY(profiles.isEmpty());
}

void TestConnectionGui::unreachableDirectoryMaySaveUntested()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    QWidget window;
    window.show();
    SessionCredentialStore store;
    ProfileStore profiles;
    ConnectDialog dialog(profiles, store, &window);
    QSignalSpy saved(&dialog, &ConnectDialog::saved);
    dialog.show();
    fillConnection(&dialog, u"Offline"_s, closed, Key);
    QTest::mouseClick(child<QPushButton>(&dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText(&dialog).contains(u"refused the connection"_s), 15000);
    QPushButton *untested = child<QPushButton>(&dialog, u"saveUntestedButton"_s);
    QVERIFY(untested->isEnabled());
    QTest::mouseClick(untested, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(profiles.profiles().size(), 1);
    QVERIFY(store.contains(profiles.profiles().constFirst().idString()));
}

void TestConnectionGui::multiTenantAdminPicksOrganisation()
{
    // An MSP admin's key reaches several organisations; the real EU host is played by the fake
    // network, so nothing leaves the machine.
    FakeNetworkAccessManager network;
    network.setHandler(u"/api/organizations"_s, [](const FakeNetworkAccessManager::Request &) {
        QJsonArray results;
        for (const auto &[id, name] : { std::pair { "5a0000000000000000000001", "Acme Corp" },
                 std::pair { "5a0000000000000000000002", "Globex GmbH" },
                 std::pair { "5a0000000000000000000003", "Initech SAS" } })
            results.append(
                QJsonObject { { u"_id"_s, QString::fromLatin1(id) }, { u"displayName"_s, QString::fromLatin1(name) } });
        return FakeNetworkAccessManager::Response::json(
            QJsonObject { { u"totalCount"_s, results.size() }, { u"results"_s, results } });
    });
    QWidget window;
    window.show();
    SessionCredentialStore store;
    ProfileStore profiles;
    ConnectDialog dialog(profiles, store, &window);
    dialog.tester().setNetworkAccessManager(network);
    QSignalSpy saved(&dialog, &ConnectDialog::saved);
    dialog.show();
    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(u"MSP"_s);
    QComboBox *region = child<QComboBox>(&dialog, u"regionCombo"_s);
    region->setCurrentIndex(region->findData(int(ConnectionProfile::Region::EU)));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"keyEdit"_s), QString::fromLatin1(Key));
    QTest::mouseClick(child<QPushButton>(&dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY(statusText(&dialog).contains(u"3 organisations"_s));
    QCOMPARE(network.requests().constFirst().url.host(), u"console.eu.jumpcloud.com"_s);
    QComboBox *orgs = child<QComboBox>(&dialog, u"orgCombo"_s);
    QVERIFY(orgs->isVisible());
    QCOMPARE(orgs->count(), 3);
    orgs->setCurrentIndex(1);
    dialog.grab().save(u"/tmp/connection-connect-dialog-orgs.png"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const auto profile = saved.constFirst().constFirst().value<ConnectionProfile>();
    QCOMPARE(profile.region, ConnectionProfile::Region::EU);
    QCOMPARE(profile.orgId, u"5a0000000000000000000002"_s); // sent as x-org-id from now on
    QCOMPARE(profile.orgName, u"Globex GmbH"_s);
    QCOMPARE(profiles.profile(profile.idString()), profile);
}

void TestConnectionGui::managerListsEditsRemovesAndConnects()
{
    QWidget window;
    window.resize(900, 600);
    window.show();
    FallbackCredentialStore store(std::make_unique<SessionCredentialStore>());
    auto &keys = static_cast<SessionCredentialStore &>(store.primary());
    ProfileStore profiles;
    const ConnectionProfile acme = savedProfile(profiles, u"Acme production"_s, m_sandbox.url());
    ConnectionProfile globex = ConnectionProfile::createNew();
    globex.name = u"Globex Europe"_s;
    globex.region = ConnectionProfile::Region::EU;
    globex.orgId = u"5a0000000000000000000002"_s;
    globex.orgName = u"Globex GmbH"_s;
    QVERIFY(profiles.save(globex).ok());
    keys.writeKey(acme.idString(), Key);
    keys.writeKey(globex.idString(), "globex-key-0b9e44");
    // Globex has a cache file that removing the profile must take along.
    QDir().mkpath(CacheLocation::directory());
    QFile cache(ProfileStore::cachePath(globex));
    QVERIFY(cache.open(QIODevice::WriteOnly));
    cache.write("SQLite format 3");
    cache.close();

    ConnectionFlow flow(ProfileStore(), store, &window);
    QSignalSpy connected(&flow, &ConnectionFlow::connectRequested);
    flow.setConnectedProfileId(acme.idString());
    flow.showManager();
    auto *manager = openDialog<ConnectionManagerDialog>(&window);
    QVERIFY(manager);
    QTreeWidget *list = child<QTreeWidget>(manager, u"profileList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Acme production (connected)"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), m_sandbox.url());
    QCOMPARE(list->topLevelItem(1)->text(1), u"Europe"_s);
    QCOMPARE(list->topLevelItem(1)->text(2), u"Globex GmbH"_s);
    manager->grab().save(u"/tmp/connection-manager.png"_s);

    // The connected profile cannot be removed (its cache is open).
    manager->selectProfile(acme.idString());
    QVERIFY(!child<QPushButton>(manager, u"removeButton"_s)->isEnabled());

    // Edit: a new name only; the address and key are unchanged, so no test is needed.
    QTest::mouseClick(child<QPushButton>(manager, u"editButton"_s), Qt::LeftButton);
    ConnectDialog *editor = openDialog<ConnectDialog>(manager);
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(editor, u"nameEdit"_s)->text(), acme.name);
    QVERIFY(child<QLineEdit>(editor, u"keyEdit"_s)->text().isEmpty()); // the stored key is never shown
    child<QLineEdit>(editor, u"nameEdit"_s)->setText(u"Acme"_s);
    QPushButton *save = child<QPushButton>(editor, u"saveButton"_s);
    QVERIFY(save->isEnabled());
    // Testing with the field empty uses the stored key.
    QTest::mouseClick(child<QPushButton>(editor, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText(editor).startsWith(u"Connected"_s), 15000);
    editor->grab().save(u"/tmp/connection-edit-dialog.png"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(list->topLevelItem(0)->text(0), u"Acme (connected)"_s);
    QCOMPARE(profiles.profile(acme.idString())->name, u"Acme"_s);

    // Remove Globex: profile, key and cache file go.
    manager->selectProfile(globex.idString());
    MessageBox::setNextAnswer(MessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(manager, u"removeButton"_s), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTRY_VERIFY(!keys.contains(globex.idString()));
    QVERIFY(!QFile::exists(ProfileStore::cachePath(globex)));
    QVERIFY(!profiles.profile(globex.idString()));
    QTRY_VERIFY(statusText(manager, u"managerStatus"_s).startsWith(u"Removed “Globex Europe”."_s));

    // Connect.
    manager->selectProfile(acme.idString());
    QTest::mouseClick(child<QPushButton>(manager, u"connectButton"_s), Qt::LeftButton);
    QTRY_COMPARE(connected.count(), 1);
    QCOMPARE(connected.constFirst().constFirst().value<ConnectionTarget>().credentials.apiKey, QByteArray(Key));
}

void TestConnectionGui::noCredentialStoreAsksOncePerSession()
{
    QWidget window;
    window.resize(900, 600);
    window.show();
    QString id;
    {
        FallbackCredentialStore store(std::make_unique<NoOsStore>());
        ConnectionFlow flow(ProfileStore(), store, &window);
        QSignalSpy connected(&flow, &ConnectionFlow::connectRequested);
        flow.addConnection();
        ConnectDialog *dialog = openDialog<ConnectDialog>(&window);
        QVERIFY(dialog);
        QTRY_COMPARE(child<QLabel>(dialog, u"storeNote"_s)->text(), ConnectionTestText::noStoreNote());
        fillConnection(dialog, u"No store"_s, m_sandbox.url(), Key);
        QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled(), 15000);
        dialog->grab().save(u"/tmp/connection-connect-dialog-no-store.png"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(connected.count(), 1);
        id = connected.constFirst().constFirst().value<ConnectionTarget>().profile.idString();
        QVERIFY(store.session().contains(id)); // in memory, for this session
        // Connecting again in the same session does not ask.
        flow.connectTo(id);
        QTRY_COMPARE(connected.count(), 2);
        QVERIFY(!window.findChild<KeyPromptDialog *>());
    }
    // The next session: the profile is there, the key is not, so it is asked for.
    FallbackCredentialStore store(std::make_unique<NoOsStore>());
    ConnectionFlow flow(ProfileStore(), store, &window);
    QSignalSpy connected(&flow, &ConnectionFlow::connectRequested);
    QCOMPARE(flow.lastUsedProfile()->idString(), id);
    flow.connectTo(id);
    KeyPromptDialog *prompt = openDialog<KeyPromptDialog>(&window);
    QVERIFY(prompt);
    QCOMPARE(child<QLabel>(prompt, u"storeNote"_s)->text(), ConnectionTestText::noStoreNote());
    QTest::keyClicks(child<QLineEdit>(prompt, u"keyEdit"_s), QString::fromLatin1(WrongKey));
    QTest::mouseClick(child<QPushButton>(prompt, u"connectButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText(prompt).contains(u"did not accept"_s), 15000);
    QVERIFY(!child<QPushButton>(prompt, u"useUntestedButton"_s)->isVisible()); // a wrong key is not "untested"
    QCOMPARE(connected.count(), 0);
    prompt->grab().save(u"/tmp/connection-key-prompt.png"_s);
    QLineEdit *keyEdit = child<QLineEdit>(prompt, u"keyEdit"_s);
    keyEdit->clear();
    QTest::keyClicks(keyEdit, QString::fromLatin1(Key));
    QTest::mouseClick(child<QPushButton>(prompt, u"connectButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QCOMPARE(connected.constFirst().constFirst().value<ConnectionTarget>().credentials.apiKey, QByteArray(Key));
    QVERIFY(store.session().contains(id));
}

void TestConnectionGui::cleanupTestCase()
{
    // Every file this program's session wrote: the settings folder and the cache folder.
    QStringList files;
    for (const QString &root : { m_settingsDir.path(), CacheLocation::directory() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    bool sawProfiles = false;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        sawProfiles = sawProfiles || content.contains("[connections]");
        for (const QByteArray &key : { QByteArray(Key), QByteArray(WrongKey), QByteArray("globex-key-0b9e44") })
            QVERIFY2(!content.contains(key), qPrintable(u"a key was written to "_s + path));
    }
    QVERIFY2(sawProfiles, "the scan must have seen the settings file with the profiles");
}

QTEST_MAIN(TestConnectionGui)
#include "test_connection_gui.moc"
