// The window as an admin uses it with a saved connection, against the real bindery-sandbox: the start page offers
// the org connected to last; the first connection syncs on the loading page and opens online; a user dragged onto a
// device is confirmed in the bind dialog, sent by itself (no grace period here), and the re-sync shows the device's
// agent took the account over as planned; the next start opens the cache at once and syncs behind the window.
#include "BindDialog.h"
#include "BindingController.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "ChangeController.h"
#include "ConnectionFlow.h"
#include "DirectorySession.h"
#include "FallbackCredentialStore.h"
#include "GuiTestSupport.h"
#include "ObjectDropRequest.h"
#include "OutboxStore.h"
#include "ProfileStore.h"
#include "SandboxRunner.h"
#include "SessionController.h"
#include "SessionCredentialStore.h"
#include "StartPage.h"
#include "StatusBarController.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr char Key[] = "connected-window-key-41b9";
}

class TestConnectedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstConnectionSyncsThenOpensOnline();
    void aDropIsSentAndTheAgentDoesWhatThePlanSaid();
    void nextStartOpensTheCacheAtOnceAndSyncsBehindIt();
    void cleanupTestCase();

private:
    std::unique_ptr<MainWindow> newWindow();
    DirectorySession *session() const { return m_window->sessionController()->session(); }

    QTemporaryDir m_settingsDir;
    SandboxRunner m_sandbox;
    SessionCredentialStore m_keys; // stands in for the OS store
    std::unique_ptr<FallbackCredentialStore> m_store;
    ConnectionProfile m_profile;
    std::unique_ptr<MainWindow> m_window;
};

void TestConnectedWindow::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
    GuiTestSupport::resetState();
    QVERIFY2(m_sandbox.start({ u"--seed"_s, u"demo"_s, u"--agent-delay-ms"_s, u"0"_s }, Key),
        qPrintable(m_sandbox.errorText()));
    m_store = std::make_unique<FallbackCredentialStore>(std::make_unique<SessionCredentialStore>());
    ProfileStore profiles;
    m_profile = ConnectionProfile::createNew();
    m_profile.name = u"Acme sandbox"_s;
    m_profile.region = ConnectionProfile::Region::Custom;
    m_profile.customUrl = m_sandbox.url();
    profiles.save(m_profile);
    profiles.setLastUsedId(m_profile.idString());
    QFile::remove(ProfileStore::cachePath(m_profile));
    QSignalSpy written(m_store->writeKey(m_profile.idString(), Key), &CredentialJob::finished);
    QVERIFY(written.count() == 1 || written.wait(5000));
}

std::unique_ptr<MainWindow> TestConnectedWindow::newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->sessionController()->setConnectionFlow(new ConnectionFlow(ProfileStore(), *m_store, window.get()));
    window->showStartPage(); // re-reads the last connection from the injected flow
    window->show();
    return window;
}

void TestConnectedWindow::firstConnectionSyncsThenOpensOnline()
{
    m_window = newWindow();
    QPushButton *reconnect = m_window->findChild<StartPage *>()->reconnectButton();
    QVERIFY(reconnect->isVisibleTo(m_window.get()));
    QCOMPARE(reconnect->text(), u"Connect to Acme sandbox"_s);
    QVERIFY(reconnect->isDefault());

    QSignalSpy opened(m_window.get(), &MainWindow::cacheOpened);
    auto *pages = m_window->findChild<QStackedWidget *>(u"pages"_s);
    QStringList shown;
    connect(pages, &QStackedWidget::currentChanged, this,
        [&shown, pages](int index) { shown << pages->widget(index)->objectName(); });
    QTest::mouseClick(reconnect, Qt::LeftButton);
    // No cache yet: the loading page shows the first sync, then the cache opens.
    QVERIFY(opened.count() == 1 || opened.wait(60000));
    QCOMPARE(shown.value(0), u"loadingPage"_s);
    QCOMPARE(shown.constLast(), u"workspace"_s);
    QCOMPARE(opened.constFirst().constFirst().toString(), ProfileStore::cachePath(m_profile));
    QVERIFY(session()->isConnected());
    QVERIFY(!session()->isDemo());
    QTRY_VERIFY2(m_window->statusController()->text().startsWith(u"Online — snapshot of "_s),
        qPrintable(m_window->statusController()->text()));
    QVERIFY(m_window->windowTitle().startsWith(u"Bindery — "_s));
}

void TestConnectedWindow::aDropIsSentAndTheAgentDoesWhatThePlanSaid()
{
    QVERIFY(m_window);
    m_window->changes()->setPushDelay(0ms);
    BindingController *binding = m_window->changes()->binding();
    QTRY_VERIFY(binding->isOrgReady());

    // An unbound user and a device that has no account of that name: the agent creates one.
    auto cache = std::move(CacheDatabase::open(ProfileStore::cachePath(m_profile)).value());
    const OrgSnapshot org = CacheReader(*cache).snapshot().value();
    QSet<QString> boundUsers;
    for (const UserDeviceBinding &b : org.userDeviceBindings)
        boundUsers.insert(b.userId);
    const auto user = std::find_if(org.users.cbegin(), org.users.cend(), [&](const User &u) {
        return !boundUsers.contains(u.id) && u.state == UserState::Activated && u.username.size() <= 20;
    });
    QVERIFY(user != org.users.cend());
    const Device &device = org.devices.constFirst();

    const auto request = ObjectDropRequest::make(
        { ObjectKind::User, { user->id }, { user->username } }, ObjectKind::Device, device.id, device.hostname);
    QVERIFY(request);
    QSignalSpy pushed(session(), &DirectorySession::pushFinished);
    QSignalSpy synced(session(), &DirectorySession::syncFinished);
    binding->handleDrop(*request);
    QTRY_VERIFY(binding->currentDialog() && binding->currentDialog()->plan());
    QTest::mouseClick(binding->currentDialog()->findChild<QPushButton *>(u"bindConfirmButton"_s), Qt::LeftButton);

    // Sent at once, then the session re-syncs to read what the agent made of it.
    QVERIFY(pushed.wait(30000));
    QCOMPARE(pushed.constFirst().constFirst().value<OutboxPushSummary>().done, 1);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 30000);
    QVERIFY(synced.constLast().constFirst().value<SyncReport>().ok());
    const auto rows = OutboxStore(*cache).rows().value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().state, OutboxRow::State::Done);

    const OrgSnapshot after = CacheReader(*cache).snapshot().value();
    QVERIFY(std::any_of(after.userDeviceBindings.cbegin(), after.userDeviceBindings.cend(),
        [&](const UserDeviceBinding &b) { return b.userId == user->id && b.deviceId == device.id; }));
    // The agent created the account the plan named, managed by the user.
    const auto account
        = std::find_if(after.localAccounts.cbegin(), after.localAccounts.cend(), [&](const LocalAccount &a) {
              return a.deviceId == device.id
                  && a.username.compare(user->effectiveLocalAccountName(), Qt::CaseInsensitive) == 0;
          });
    QVERIFY2(account != after.localAccounts.cend(), qPrintable(user->username));
    QTRY_VERIFY(!m_window->changes()->pendingButton()->isVisible()); // nothing waits any more
}

void TestConnectedWindow::nextStartOpensTheCacheAtOnceAndSyncsBehindIt()
{
    m_window.reset(); // disconnects
    m_window = newWindow();
    QSignalSpy opened(m_window.get(), &MainWindow::cacheOpened);
    QSignalSpy synced(session(), &DirectorySession::syncFinished);
    m_window->findChild<StartPage *>()->reconnectButton()->click();
    QVERIFY(opened.wait(30000));
    // The cache opened before the sync said anything: the admin browses the last snapshot meanwhile.
    QCOMPARE(synced.count(), 0);
    QVERIFY(session()->isConnected());
    QVERIFY(synced.wait(60000));
    QTRY_VERIFY2(
        m_window->statusController()->text().startsWith(u"Online"_s), qPrintable(m_window->statusController()->text()));
}

void TestConnectedWindow::cleanupTestCase()
{
    m_window.reset();
    m_sandbox.stop();
}

QTEST_MAIN(TestConnectedWindow)
#include "test_connected_window.moc"
