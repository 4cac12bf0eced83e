// BindingPlanner bind rules, per OS: which action each user × device pair gets, which account and field it names,
// and which warning codes come with it (DOMAIN.md "Binding a user to a device").
#include "BindingPlanner.h"
#include "LocalAccountNameRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

// One row's user and device (the device is d1, the user u1).
struct Case
{
    QString username;
    QString systemUsername;
    QString firstName;
    QString lastName;
    UserState state = UserState::Activated;
    QStringList accounts;
    bool bound = false;
    bool boundThroughGroup = false;
    bool deviceActive = true;
};

Q_DECLARE_METATYPE(Case)
Q_DECLARE_METATYPE(OsFamily)

namespace {

// A local account in the tables: "name" (unmanaged, interactive), "name!owner" (managed by that user id),
// "name!" (managed, owner unknown), "name~" (a service account, not interactive).
LocalAccount accountFromSpec(const QString &spec, QString *ownerId)
{
    LocalAccount account;
    account.deviceId = u"d1"_s;
    QString name = spec;
    if (name.endsWith(u'~')) {
        account.realUser = false;
        name.chop(1);
    }
    const qsizetype bang = name.indexOf(u'!');
    if (bang >= 0) {
        account.managed = true;
        *ownerId = name.mid(bang + 1);
        name.truncate(bang);
    }
    account.username = name;
    return account;
}

BindingPlan planOne(const Case &c, OsFamily os)
{
    BindingPlanInput input;
    User user;
    user.id = u"u1"_s;
    user.username = c.username;
    user.systemUsername = c.systemUsername;
    user.firstName = c.firstName;
    user.lastName = c.lastName;
    user.state = c.state;
    input.users = { user };
    Device device;
    device.id = u"d1"_s;
    device.displayName = u"device-1"_s;
    device.osFamily = os;
    device.active = c.deviceActive;
    input.devices = { device };
    for (const QString &spec : c.accounts) {
        QString owner;
        input.localAccounts.append(accountFromSpec(spec, &owner));
        input.localAccountOwnerIds.append(owner);
    }
    if (c.bound)
        input.bindings.append(UserDeviceBinding { u"u1"_s, u"d1"_s, false, false });
    if (c.boundThroughGroup)
        input.groupAccess.append(UserDeviceBinding { u"u1"_s, u"d1"_s, false, false });
    return BindingPlanner(input).plan();
}

QString osLabel(OsFamily os)
{
    return osFamilyKey(os);
}

} // namespace

class TestBindingPlanner : public QObject
{
    Q_OBJECT

private slots:
    void bindPair_data();
    void bindPair();
    void exactCaseWinsOverCaseOnly_data();
    void exactCaseWinsOverCaseOnly();
    void codesRoundTrip();
    void pairIsSmall();
    void similarityKeys();
};

void TestBindingPlanner::bindPair_data()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<OsFamily>("os");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("accountName"); // BindingPlan::accountName: taken over or created
    QTest::addColumn<QString>("matchedField");
    QTest::addColumn<QString>("relatedAccount"); // BindingPlan::account(): the account a warning or block names
    QTest::addColumn<QString>("blockReason");
    QTest::addColumn<QStringList>("warnings");

    const QString u = u"username"_s;
    const QString s = u"systemUsername"_s;
    for (const OsFamily os : { OsFamily::MacOS, OsFamily::Windows, OsFamily::Linux }) {
        const QString osName = osLabel(os);
        const bool mac = os == OsFamily::MacOS;
        const bool windows = os == OsFamily::Windows;
        const QStringList takeover = mac ? QStringList { u"takeover-signs-out"_s, u"macos-relogin"_s }
                                         : QStringList { u"takeover-signs-out"_s };
        const auto row = [&osName, os](const char *name, const Case &c) -> QTestData & {
            return QTest::addRow("%s %s", qPrintable(osName), name) << c << os;
        };

        // Matching
        row("exact username", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"admin"_s, u"jdoe"_s } })
            << u"takeover"_s << u"jdoe"_s << u << u"jdoe"_s << QString() << takeover;
        row("exact systemUsername", { u"jdoe"_s, u"john"_s, {}, {}, UserState::Activated, { u"john"_s } })
            << u"takeover"_s << u"john"_s << s << u"john"_s << QString() << takeover;
        // The local account value is what the agent matches; the username's account is only "similar".
        row("systemUsername preferred over username",
            { u"jdoe"_s, u"john"_s, {}, {}, UserState::Activated, { u"jdoe"_s, u"john"_s } })
            << u"takeover"_s << u"john"_s << s << u"john"_s << QString() << takeover;
        row("systemUsername set, only username on device",
            { u"jdoe"_s, u"john"_s, {}, {}, UserState::Activated, { u"jdoe"_s } })
            << u"create"_s << u"john"_s << s << u"jdoe"_s << QString() << QStringList { u"similar-account"_s };
        if (windows) {
            row("case-only", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"JDoe"_s } })
                << u"takeover"_s << u"JDoe"_s << u << u"JDoe"_s << QString() << takeover;
            row("case-only systemUsername", { u"jdoe"_s, u"John"_s, {}, {}, UserState::Activated, { u"john"_s } })
                << u"takeover"_s << u"john"_s << s << u"john"_s << QString() << takeover;
        } else {
            row("case-only", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"JDoe"_s } })
                << u"create"_s << u"jdoe"_s << u << u"JDoe"_s << QString() << QStringList { u"case-differs"_s };
            row("case-only systemUsername", { u"jdoe"_s, u"John"_s, {}, {}, UserState::Activated, { u"john"_s } })
                << u"create"_s << u"John"_s << s << u"john"_s << QString() << QStringList { u"case-differs"_s };
        }
        row("no match", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"admin"_s, u"guest"_s } })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList();
        row("no accounts at all", { u"jdoe"_s, {}, {}, {}, UserState::Activated, {} })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList();
        row("no match names systemUsername", { u"jdoe"_s, u"jd"_s, {}, {}, UserState::Activated, { u"admin"_s } })
            << u"create"_s << u"jd"_s << s << QString() << QString() << QStringList();

        // Similar accounts: a likely accidental second profile
        row("similar initial+last vs first.last",
            { u"john.doe"_s, {}, u"John"_s, u"Doe"_s, UserState::Activated, { u"jdoe"_s } })
            << u"create"_s << u"john.doe"_s << u << u"jdoe"_s << QString() << QStringList { u"similar-account"_s };
        row("similar first.last vs initial+last",
            { u"jdoe"_s, {}, u"John"_s, u"Doe"_s, UserState::Activated, { u"john.doe"_s } })
            << u"create"_s << u"jdoe"_s << u << u"john.doe"_s << QString() << QStringList { u"similar-account"_s };
        row("similar one substitution", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoa"_s } })
            << u"create"_s << u"jdoe"_s << u << u"jdoa"_s << QString() << QStringList { u"similar-account"_s };
        row("similar one insertion", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoe1"_s } })
            << u"create"_s << u"jdoe"_s << u << u"jdoe1"_s << QString() << QStringList { u"similar-account"_s };
        row("similar one deletion", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jde"_s } })
            << u"create"_s << u"jdoe"_s << u << u"jde"_s << QString() << QStringList { u"similar-account"_s };
        row("similar transposition", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdeo"_s } })
            << u"create"_s << u"jdoe"_s << u << u"jdeo"_s << QString() << QStringList { u"similar-account"_s };
        row("similar one edit and case", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"JDoa"_s } })
            << u"create"_s << u"jdoe"_s << u << u"JDoa"_s << QString() << QStringList { u"similar-account"_s };
        row("similar punctuation", { u"john.doe"_s, {}, {}, {}, UserState::Activated, { u"john_doe"_s } })
            << u"create"_s << u"john.doe"_s << u << u"john_doe"_s << QString() << QStringList { u"similar-account"_s };
        row("similar punctuation removed", { u"john-doe"_s, {}, {}, {}, UserState::Activated, { u"JohnDoe"_s } })
            << u"create"_s << u"john-doe"_s << u << u"JohnDoe"_s << QString() << QStringList { u"similar-account"_s };
        row("similar first name", { u"jdoe"_s, {}, u"John"_s, u"Doe"_s, UserState::Activated, { u"john"_s } })
            << u"create"_s << u"jdoe"_s << u << u"john"_s << QString() << QStringList { u"similar-account"_s };
        row("similar first part of the name", { u"zoe.mueller"_s, {}, {}, {}, UserState::Activated, { u"zoe"_s } })
            << u"create"_s << u"zoe.mueller"_s << u << u"zoe"_s << QString() << QStringList { u"similar-account"_s };
        row("two edits is not similar", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdxx"_s } })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList();
        row("service account is not similar", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoe1~"_s } })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList();
        row("another user's managed account is not similar",
            { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoe1!u2"_s } })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList();

        // User states and device activity: warnings, never blocks
        row("staged takeover", { u"jdoe"_s, {}, {}, {}, UserState::Staged, { u"jdoe"_s } })
            << u"takeover"_s << u"jdoe"_s << u << u"jdoe"_s << QString()
            << (takeover + QStringList { u"staged-user"_s });
        row("staged create", { u"jdoe"_s, {}, {}, {}, UserState::Staged, {} })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList { u"staged-user"_s };
        row("suspended create", { u"jdoe"_s, {}, {}, {}, UserState::Suspended, {} })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList { u"suspended-user"_s };
        row("inactive device", { u"jdoe"_s, {}, {}, {}, UserState::Activated, {}, false, false, false })
            << u"create"_s << u"jdoe"_s << u << QString() << QString() << QStringList { u"device-inactive"_s };

        // Already bound
        row("already bound directly", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoe!u1"_s }, true })
            << u"already-bound"_s << u"jdoe"_s << QString() << QString() << QString() << QStringList();
        row("already bound through a group",
            { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoe!u1"_s }, false, true })
            << u"already-bound"_s << u"jdoe"_s << QString() << QString() << QString()
            << QStringList { u"bound-through-group"_s };
        // The user's own managed account (e.g. bound before, the agent still reports it managed): not a block.
        row("own managed account", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoe!u1"_s } })
            << u"takeover"_s << u"jdoe"_s << u << u"jdoe"_s << QString() << takeover;

        // Blocks
        row("account owned by other user", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"jdoe!u2"_s } })
            << u"blocked"_s << u"jdoe"_s << QString() << u"jdoe"_s << u"account-owned-by-other-user"_s << QStringList();
        row("account managed by unknown user", { u"jdoe"_s, {}, {}, {}, UserState::Activated, { u"JDOE!"_s } })
            << u"blocked"_s << u"jdoe"_s << QString() << u"JDOE"_s << u"account-owned-by-other-user"_s << QStringList();
        row("invalid: starts with digit", { u"1jdoe"_s, {}, {}, {}, UserState::Activated, {} })
            << u"blocked"_s << u"1jdoe"_s << u << QString() << u"invalid-username"_s << QStringList();
        row("invalid: space", { u"j doe"_s, {}, {}, {}, UserState::Activated, {} })
            << u"blocked"_s << u"j doe"_s << u << QString() << u"invalid-username"_s << QStringList();
        row("invalid: at sign", { u"jdoe@corp"_s, {}, {}, {}, UserState::Activated, {} })
            << u"blocked"_s << u"jdoe@corp"_s << u << QString() << u"invalid-username"_s << QStringList();
        row("invalid systemUsername", { u"jdoe"_s, u"j/doe"_s, {}, {}, UserState::Activated, {} })
            << u"blocked"_s << u"j/doe"_s << s << QString() << u"invalid-username"_s << QStringList();

        const QString name20 = u"abcdefghij.klmnopqrs"_s; // 20
        const QString name21 = name20 + u"t"_s;
        const QString name30 = u"abcdefghij.klmnopqrstuvwxyz123"_s; // 30
        const QString name31 = name30 + u"4"_s;
        QCOMPARE(name20.size(), 20);
        QCOMPARE(name30.size(), 30);
        row("20 characters", { name20, {}, {}, {}, UserState::Activated, {} })
            << u"create"_s << name20 << u << QString() << QString() << QStringList();
        if (windows) {
            row("21 characters", { name21, {}, {}, {}, UserState::Activated, {} })
                << u"blocked"_s << name21 << u << QString() << u"windows-name-too-long"_s << QStringList();
            row("21 characters systemUsername", { u"jdoe"_s, name21, {}, {}, UserState::Activated, {} })
                << u"blocked"_s << name21 << s << QString() << u"windows-name-too-long"_s << QStringList();
            row("long username, short systemUsername", { name21, u"jdoe"_s, {}, {}, UserState::Activated, {} })
                << u"create"_s << u"jdoe"_s << s << QString() << QString() << QStringList();
        } else {
            row("21 characters", { name21, {}, {}, {}, UserState::Activated, {} })
                << u"create"_s << name21 << u << QString() << QString() << QStringList();
            row("30 characters", { name30, {}, {}, {}, UserState::Activated, {} })
                << u"create"_s << name30 << u << QString() << QString() << QStringList();
            row("31 characters", { name31, {}, {}, {}, UserState::Activated, {} })
                << u"blocked"_s << name31 << u << QString() << u"name-too-long"_s << QStringList();
        }
    }
}

void TestBindingPlanner::bindPair()
{
    QFETCH(Case, input);
    QFETCH(OsFamily, os);
    QFETCH(QString, action);
    QFETCH(QString, accountName);
    QFETCH(QString, matchedField);
    QFETCH(QString, relatedAccount);
    QFETCH(QString, blockReason);
    QFETCH(QStringList, warnings);

    const BindingPlan plan = planOne(input, os);
    QCOMPARE(plan.size(), 1);
    const BindingPlanPair &pair = plan.at(0);
    QCOMPARE(bindingActionCode(pair.action), action);
    QCOMPARE(plan.accountName(pair), accountName);
    QCOMPARE(bindingMatchedFieldCode(pair.matchedField), matchedField);
    const LocalAccount *related = plan.account(pair);
    QCOMPARE(related ? related->username : QString(), relatedAccount);
    QCOMPARE(bindingBlockReasonCode(pair.blockReason), blockReason);
    QCOMPARE(pair.warnings.codes(), warnings);
    QVERIFY(plan.planWarnings().isEmpty());
    QCOMPARE(plan.summary().count(pair.action), 1);
}

void TestBindingPlanner::exactCaseWinsOverCaseOnly_data()
{
    QTest::addColumn<OsFamily>("os");
    QTest::newRow("macos") << OsFamily::MacOS;
    QTest::newRow("windows") << OsFamily::Windows;
    QTest::newRow("linux") << OsFamily::Linux;
}

void TestBindingPlanner::exactCaseWinsOverCaseOnly()
{
    QFETCH(OsFamily, os);
    // Linux allows "JDoe" and "jdoe" side by side; whichever order the agent reports them, the exact one is taken.
    for (const QStringList &accounts : { QStringList { u"JDoe"_s, u"jdoe"_s }, QStringList { u"jdoe"_s, u"JDoe"_s } }) {
        const BindingPlan plan = planOne({ u"jdoe"_s, {}, {}, {}, UserState::Activated, accounts }, os);
        QCOMPARE(plan.at(0).action, BindingAction::Takeover);
        QCOMPARE(plan.accountName(plan.at(0)), u"jdoe"_s);
        QVERIFY(!plan.at(0).warnings.has(BindingWarning::CaseDiffers));
    }
}

void TestBindingPlanner::codesRoundTrip()
{
    for (int i = 0; i < BindingActionCount; ++i)
        QCOMPARE(bindingActionFromCode(bindingActionCode(BindingAction(i))), BindingAction(i));
    for (int i = 0; i < BindingWarningCount; ++i)
        QCOMPARE(bindingWarningFromCode(bindingWarningCode(BindingWarning(i))), BindingWarning(i));
    for (const auto reason : { BindingBlockReason::InvalidUsername, BindingBlockReason::NameTooLong,
             BindingBlockReason::WindowsNameTooLong, BindingBlockReason::AccountOwnedByOtherUser })
        QCOMPARE(bindingBlockReasonFromCode(bindingBlockReasonCode(reason)), reason);
    QCOMPARE(bindingWarningFromCode(u"no-such-code"_s), std::nullopt);
    QCOMPARE(bindingBlockReasonFromCode(QString()), std::nullopt);
}

void TestBindingPlanner::pairIsSmall()
{
    // A million pairs must stay far below 100 MB.
    QVERIFY(sizeof(BindingPlanPair) <= 20);
}

void TestBindingPlanner::similarityKeys()
{
    using R = LocalAccountNameRules;
    QCOMPARE(R::similarityKey(u"John.Doe_X-Y"), u"johndoexy"_s);
    QCOMPARE(R::similarityKey(u"ÉMILE.Ørsted"), u"émileørsted"_s); // beyond ASCII: Unicode lower case
    QCOMPARE(R::similarityKey(u".-_"), QString());
    // Appended pieces give the key of the joined name, and a reused buffer keeps nothing of its last key.
    QString buffer = u"stale-key"_s;
    buffer.resize(0);
    R::appendSimilarityKey(u"J", buffer);
    R::appendSimilarityKey(u"Doe-Smith", buffer);
    QCOMPARE(buffer, R::similarityKey(u"JDoe-Smith"));
    QCOMPARE(buffer, u"jdoesmith"_s);
}

QTEST_GUILESS_MAIN(TestBindingPlanner)
#include "test_binding_planner.moc"
