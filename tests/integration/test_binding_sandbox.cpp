// Binding end to end against the real bindery-sandbox (demo org, agents applying at once with --agent-delay-ms 0):
// sync → drop users on a device through BindingController and its dialog → push the outbox with OutboxPusher →
// sync again. The directory's agent must do exactly what the dialog planned: the takeover candidate's existing
// account becomes managed (same name, no second account), the other user gets a new account. Then a plan says
// "already bound", an undone batch sends nothing, and an unbind removes the edge.
#include "ApiClient.h"
#include "BindDialog.h"
#include "BindingController.h"
#include "BindingDropPlanner.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "OutboxPusher.h"
#include "OutboxStore.h"
#include "SandboxRunner.h"
#include "SyncEngine.h"

#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr char Key[] = "binding-integration-key-7c2e";

struct Candidate
{
    User takeoverUser; // an unbound user whose name an unmanaged account on `device` carries exactly
    User newUser; // an unbound user with no account of that name on `device`
    Device device;
    QString takenAccount;
};

} // namespace

class TestBindingSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropPushSyncDoesWhatThePlanSaid();
    void undoneBatchSendsNothing();
    void unbindRemovesTheBinding();
    void cleanupTestCase();

private:
    bool sync();
    OutboxPushSummary push();
    OrgSnapshot snapshot() { return CacheReader(*m_cache).snapshot().value(); }
    std::optional<Candidate> findCandidate(const OrgSnapshot &org) const;
    BindDialog *dropAndWait(const ObjectDropRequest &request);
    void confirm(BindDialog *dialog);

    SandboxRunner m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<BindingController> m_controller;
    std::optional<Candidate> m_candidate;
};

void TestBindingSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start({ u"--seed"_s, u"demo"_s, u"--agent-delay-ms"_s, u"0"_s }, Key),
        qPrintable(m_sandbox.errorText()));
    m_cache = std::move(CacheDatabase::open(m_dir.filePath(u"demo.sqlite"_s)).value());
    QVERIFY(sync());
    m_window = std::make_unique<QWidget>();
    m_window->show();
    m_controller = std::make_unique<BindingController>(m_window.get());
    m_controller->setCache(m_cache.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isOrgReady(), 30000);
    m_candidate = findCandidate(snapshot());
    QVERIFY2(m_candidate, "the demo org has no unbound user with an exact, unmanaged account on an active device");
}

void TestBindingSandbox::cleanupTestCase()
{
    m_controller.reset();
    m_window.reset();
    m_cache.reset();
}

bool TestBindingSandbox::sync()
{
    QNetworkAccessManager network;
    ApiClient client(network, ApiEndpoint::fromString(m_sandbox.url()).value(), { Key, {} });
    SyncEngine engine(client, *m_cache);
    std::optional<SyncReport> report;
    connect(&engine, &SyncEngine::finished, &engine, [&](const SyncReport &r) { report = r; });
    engine.start();
    return QTest::qWaitFor([&] { return report.has_value(); }, 120000) && report->ok();
}

OutboxPushSummary TestBindingSandbox::push()
{
    QNetworkAccessManager network;
    ApiClient client(network, ApiEndpoint::fromString(m_sandbox.url()).value(), { Key, {} });
    OutboxPusher pusher(client, *m_cache);
    std::optional<OutboxPushSummary> summary;
    connect(&pusher, &OutboxPusher::pushFinished, &pusher, [&](const OutboxPushSummary &s) { summary = s; });
    pusher.start();
    if (!QTest::qWaitFor([&] { return summary.has_value(); }, 120000))
        return {};
    return *summary;
}

std::optional<Candidate> TestBindingSandbox::findCandidate(const OrgSnapshot &org) const
{
    // Ask the planner itself which pairs would be a takeover or a create, so the test does not hard-code the seed.
    const BindingDropPlanner planner(org);
    QSet<QString> bound;
    for (const UserDeviceBinding &b : org.userDeviceBindings)
        bound.insert(b.userId);
    for (const Device &device : org.devices) {
        if (!device.active)
            continue;
        DraggedObjects users { ObjectKind::User, {}, {} };
        for (const User &user : org.users) {
            if (!bound.contains(user.id) && user.state == UserState::Activated) {
                users.ids.append(user.id);
                users.names.append(user.username);
            }
        }
        const auto request = ObjectDropRequest::make(users, ObjectKind::Device, device.id, device.shownName());
        const auto plan = planner.plan(*request, {});
        if (!plan)
            continue;
        std::optional<Candidate> found;
        for (const BindingPlanPair &pair : plan.value().plan.pairs()) {
            const bool clean = pair.warnings.isEmpty()
                || pair.warnings.toList() == QList { BindingWarning::TakeoverSignsOut }
                || pair.warnings.toList() == QList { BindingWarning::TakeoverSignsOut, BindingWarning::MacosRelogin };
            if (pair.action == BindingAction::Takeover && clean && !found) {
                found = Candidate { plan.value().plan.user(pair), {}, device, plan.value().plan.accountName(pair) };
            }
        }
        if (!found)
            continue;
        for (const BindingPlanPair &pair : plan.value().plan.pairs()) {
            if (pair.action == BindingAction::Create && pair.warnings.isEmpty()) {
                found->newUser = plan.value().plan.user(pair);
                return found;
            }
        }
    }
    return std::nullopt;
}

BindDialog *TestBindingSandbox::dropAndWait(const ObjectDropRequest &request)
{
    m_controller->handleDrop(request);
    if (!QTest::qWaitFor(
            [this] { return m_controller->currentDialog() && m_controller->currentDialog()->plan(); }, 30000))
        return nullptr;
    return m_controller->currentDialog();
}

void TestBindingSandbox::confirm(BindDialog *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(u"bindConfirmButton"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!m_controller->currentDialog());
}

void TestBindingSandbox::dropPushSyncDoesWhatThePlanSaid()
{
    const Candidate &c = *m_candidate;
    const auto request = ObjectDropRequest::make(
        { ObjectKind::User, { c.takeoverUser.id, c.newUser.id }, { c.takeoverUser.username, c.newUser.username } },
        ObjectKind::Device, c.device.id, c.device.shownName());
    BindDialog *dialog = dropAndWait(*request);
    QVERIFY(dialog);
    QCOMPARE(bindingActionCode(dialog->plan()->plan.at(0).action), u"takeover"_s);
    QCOMPARE(bindingActionCode(dialog->plan()->plan.at(1).action), u"create"_s);
    confirm(dialog);
    QCOMPARE(OutboxStore(*m_cache).countInState(OutboxRow::State::Pending).value(), 2);

    const OutboxPushSummary pushed = push();
    QVERIFY2(pushed.error.code.isEmpty(), qPrintable(pushed.error.code));
    QCOMPARE(pushed.done, 2);
    QCOMPARE(pushed.failed, 0);
    QVERIFY(sync());

    const OrgSnapshot org = snapshot();
    for (const User &user : { c.takeoverUser, c.newUser }) {
        QVERIFY2(org.userDeviceBindings.contains(UserDeviceBinding { user.id, c.device.id, false, false }),
            qPrintable(user.username));
    }
    // The agent did what the dialog said: one managed account per user on the device, the taken-over one with its
    // old name (no second profile), the new one with the user's name.
    QStringList taken;
    QStringList created;
    for (const LocalAccount &account : org.localAccounts) {
        if (account.deviceId != c.device.id)
            continue;
        if (account.username.compare(c.takeoverUser.effectiveLocalAccountName(), Qt::CaseInsensitive) == 0)
            taken.append(account.username + (account.managed ? u" managed"_s : u" unmanaged"_s));
        if (account.username.compare(c.newUser.effectiveLocalAccountName(), Qt::CaseInsensitive) == 0)
            created.append(account.username + (account.managed ? u" managed"_s : u" unmanaged"_s));
    }
    QCOMPARE(taken, QStringList { c.takenAccount + u" managed"_s });
    QCOMPARE(created, QStringList { c.newUser.effectiveLocalAccountName() + u" managed"_s });

    // Planned again against the new snapshot: nothing left to do.
    m_controller->reloadOrg();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isOrgReady(), 30000);
    BindDialog *again = dropAndWait(*request);
    QVERIFY(again);
    QCOMPARE(again->plan()->plan.summary().count(BindingAction::AlreadyBound), 2);
    again->reject();
}

void TestBindingSandbox::undoneBatchSendsNothing()
{
    const Candidate &c = *m_candidate;
    const OrgSnapshot before = snapshot();
    // Any other active device: the new user gets an account there unless undone.
    const auto other = std::find_if(before.devices.cbegin(), before.devices.cend(),
        [&c](const Device &d) { return d.active && d.id != c.device.id; });
    QVERIFY(other != before.devices.cend());
    const auto request = ObjectDropRequest::make({ ObjectKind::User, { c.newUser.id }, { c.newUser.username } },
        ObjectKind::Device, other->id, other->shownName());
    BindDialog *dialog = dropAndWait(*request);
    QVERIFY(dialog);
    confirm(dialog);
    QVERIFY(m_controller->canUndo());
    m_controller->undoLastBatch();
    QCOMPARE(OutboxStore(*m_cache).rows().value().size(), 2); // the two done rows of the first test
    const OutboxPushSummary pushed = push();
    QCOMPARE(pushed.total, 0);
    QVERIFY(sync());
    QVERIFY(!snapshot().userDeviceBindings.contains(UserDeviceBinding { c.newUser.id, other->id, false, false }));
}

void TestBindingSandbox::unbindRemovesTheBinding()
{
    const Candidate &c = *m_candidate;
    m_controller->reloadOrg();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isOrgReady(), 30000);
    m_controller->requestUnbind({ c.newUser.id }, { c.device.id });
    QVERIFY(QTest::qWaitFor(
        [this] { return m_controller->currentDialog() && m_controller->currentDialog()->plan(); }, 30000));
    BindDialog *dialog = m_controller->currentDialog();
    QCOMPARE(dialog->plan()->plan.summary().count(BindingAction::Unbind), 1);
    confirm(dialog);
    const OutboxPushSummary pushed = push();
    QCOMPARE(pushed.done, 1);
    QVERIFY(sync());
    const OrgSnapshot org = snapshot();
    QVERIFY(!org.userDeviceBindings.contains(UserDeviceBinding { c.newUser.id, c.device.id, false, false }));
    QVERIFY(org.userDeviceBindings.contains(UserDeviceBinding { c.takeoverUser.id, c.device.id, false, false }));
}

QTEST_MAIN(TestBindingSandbox)
#include "test_binding_sandbox.moc"
