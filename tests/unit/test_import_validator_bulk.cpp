// ImportValidator on a generated org and a file large enough to be checked in parallel blocks and planned in
// device slices: every row's binding issues equal what BindingPlanInputBuilder + BindingPlanner say for that row
// alone (the reference the import used before it was sliced), and re-validating any row changes nothing.
#include "BindingPlanInputBuilder.h"
#include "BindingPlanner.h"
#include "CsvReader.h"
#include "ImportValidator.h"
#include "OrgGenerator.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 5000;

OrgSnapshot generatedOrg()
{
    OrgGeneratorParams params;
    params.users = 600;
    params.devices = 150;
    params.userGroups = 12;
    params.deviceGroups = 6;
    params.bindings = 1500;
    params.localAccounts = 900;
    params.seed = 11;
    return OrgGenerator::generate(params);
}

QList<const LocalAccount *> accountsOf(const OrgSnapshot &org, const QString &deviceId)
{
    QList<const LocalAccount *> accounts;
    for (const LocalAccount &account : org.localAccounts) {
        if (account.deviceId == deviceId)
            accounts.append(&account);
    }
    return accounts;
}

// Rows that reach every planner outcome: exact and case-only account names (takeover, case-differs, owned by
// another user), near names (similar-account), existing users on devices they are bound to (already-bound),
// local account names, invalid and long names, and plain new users.
QByteArray makeCsv(const OrgSnapshot &org)
{
    QByteArray csv = "Username,FirstName,LastName,Email,Password,systemUsername,SystemID\n";
    for (int i = 0; i < Rows; ++i) {
        const Device &device = org.devices.at((i * 7) % org.devices.size());
        const QList<const LocalAccount *> accounts = accountsOf(org, device.id);
        const QString account = accounts.isEmpty() ? u"nobody"_s : accounts.at(i % accounts.size())->username;
        QString username = u"new.user%1"_s.arg(i);
        QString first = u"Ann"_s;
        QString last = u"Lee%1"_s.arg(i);
        QString local;
        QString deviceId = device.id;
        switch (i % 8) {
        case 0:
            username = account;
            break;
        case 1:
            username = account.toUpper();
            break;
        case 2:
            username = account + u'1';
            break;
        case 3: {
            const User &user = org.users.at(i % org.users.size());
            username = user.username;
            for (const UserDeviceBinding &binding : org.userDeviceBindings) {
                if (binding.userId == user.id) {
                    deviceId = binding.deviceId;
                    break;
                }
            }
            break;
        }
        case 4:
            local = account;
            break;
        case 5:
            username = u"x%1-has-a-rather-long-user-name"_s.arg(i);
            break;
        case 6:
            username = u"%1bad"_s.arg(i);
            break;
        default:
            first = account.left(1);
            last = account.mid(1);
            break;
        }
        const QString password = i % 3 == 0 ? QString() : u"Correct-Horse-%1"_s.arg(i);
        csv += QStringList { username, first, last, u"row%1@example.net"_s.arg(i), password, local, deviceId }
                   .join(u',')
                   .toUtf8()
            + '\n';
    }
    return csv;
}

QStringList planCodes(const BindingPlan &plan, const BindingPlanPair &pair, bool namingReported)
{
    QStringList codes;
    if (pair.action == BindingAction::Blocked) {
        const QString code = bindingBlockReasonCode(pair.blockReason);
        if (!(namingReported && ImportBindingCheck::repeatsNamingIssue(code)))
            codes << code;
    } else if (pair.action == BindingAction::Takeover || pair.action == BindingAction::AlreadyBound) {
        codes << bindingActionCode(pair.action);
    }
    for (const BindingWarning warning : pair.warnings.toList())
        codes << bindingWarningCode(warning);
    Q_UNUSED(plan);
    codes.sort();
    return codes;
}

} // namespace

class TestImportValidatorBulk : public QObject
{
    Q_OBJECT

private slots:
    void bulkEqualsRowByRowPlanner();
};

void TestImportValidatorBulk::bulkEqualsRowByRowPlanner()
{
    const OrgSnapshot org = generatedOrg();
    QBuffer buffer;
    const QByteArray csv = makeCsv(org);
    buffer.setData(csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    QList<CsvRecord> records = reader.readAll();
    const QStringList header = records.takeFirst().fields;
    QCOMPARE(records.size(), Rows);
    ImportValidator validator(org, ImportMapping::fromHeader(header), ImportValidatorOptions { true });
    validator.setRecords(records);

    const BindingPlanInputBuilder builder(org);
    const int deviceColumn = int(header.indexOf(u"SystemID"_s));
    QHash<QString, const User *> usersByName;
    for (const User &user : org.users)
        usersByName.insert(user.username.toLower(), &user);
    int checked = 0;
    QSet<QString> seen;
    for (int row = 0; row < Rows; ++row) {
        const ImportRowResult &result = validator.results().at(row);
        if (result.bindings != 1)
            continue;
        const QStringList &f = records.at(row).fields;
        BindingSelection selection;
        selection.deviceIds = { f.at(deviceColumn) };
        if (result.action == ImportRowAction::Update) {
            User user = *usersByName.value(f.at(0).toLower());
            if (!f.at(5).isEmpty())
                user.systemUsername = f.at(5);
            selection.extraUsers = { user };
        } else {
            User user;
            user.username = f.at(0);
            user.firstName = f.at(1);
            user.lastName = f.at(2);
            user.systemUsername = f.at(5);
            user.state = result.staged ? UserState::Staged : UserState::Activated;
            selection.extraUsers = { user };
        }
        auto input = builder.build(selection);
        QVERIFY(input.ok());
        const BindingPlan plan = BindingPlanner(std::move(input).value()).plan();
        QCOMPARE(plan.size(), 1);
        const bool namingReported = result.hasIssue(u"username-invalid"_s) || result.hasIssue(u"username-too-long"_s);
        QStringList actual;
        for (const ImportIssue &issue : result.issues) {
            if (issue.column == deviceColumn)
                actual << issue.code;
        }
        actual.sort();
        const QStringList expected = planCodes(plan, plan.at(0), namingReported);
        QVERIFY2(actual == expected,
            qPrintable(u"line %1: %2 vs %3"_s.arg(result.line).arg(actual.join(u' '), expected.join(u' '))));
        for (const QString &code : expected)
            seen.insert(code);
        ++checked;
    }
    QVERIFY(checked > Rows / 2);
    // The file reaches the interesting outcomes, so the comparison above means something.
    for (const QString &code : { u"takeover"_s, u"case-differs"_s, u"similar-account"_s, u"already-bound"_s,
             u"staged-user"_s, u"takeover-signs-out"_s }) {
        QVERIFY2(seen.contains(code), qPrintable(code));
    }

    // Re-validating a row alone (the inline-edit path) gives what the bulk run gave.
    for (int row = 0; row < Rows; row += 7)
        QCOMPARE(validator.updateRecord(row, records.at(row)), QList<int> {});
}

QTEST_GUILESS_MAIN(TestImportValidatorBulk)
#include "test_import_validator_bulk.moc"
