// ImportValidator: every stable code on the cell it belongs to, rows that must stay clean, update diffs, the summary
// and incremental re-validation after an inline edit.
#include "ImportTestOrg.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Validation
{
    OrgSnapshot org = importTestOrg();
    std::unique_ptr<ImportValidator> validator;
};

std::unique_ptr<Validation> validate(const QByteArray &csv, bool updateExisting = false)
{
    auto v = std::make_unique<Validation>();
    QList<CsvRecord> records = readCsvText(csv);
    const QStringList header = records.takeFirst().fields;
    v->validator = std::make_unique<ImportValidator>(
        v->org, ImportMapping::fromHeader(header), ImportValidatorOptions { updateExisting });
    v->validator->setRecords(records);
    return v;
}

QStringList describe(const ImportRowResult &row)
{
    QStringList list;
    for (const ImportIssue &issue : row.issues)
        list << issue.columnName % u':' % issue.code % u':' % importSeverityKey(issue.severity);
    return list;
}
} // namespace

class TestImportValidator : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void clean_data();
    void clean();
    void messagesNameTheValue();
    void updateDiff();
    void summary();
    void incrementalEdit();
    void sharedEffectiveNameOwnerIsWhoReachesTheDevice();
};

void TestImportValidator::codes_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("update");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected"); // "column:code:severity"

    const QByteArray pw = "Passw0rdPassw0rd";
    QTest::newRow("required-missing username") << "Username,Email,Password\n,x@example.com," + pw + "\n"_ba << false
                                               << 0 << u"Username:required-missing:error"_s;
    QTest::newRow("required-missing email")
        << "Username,Email,Password\nbob,," + pw + "\n"_ba << false << 0 << u"Email:required-missing:error"_s;
    QTest::newRow("email-invalid") << "Username,Email\nbob,bob@\n"_ba << false << 0 << u"Email:email-invalid:error"_s;
    QTest::newRow("email-invalid alternateEmail") << "Username,Email,alternateEmail\nbob,bob@example.com,not mail\n"_ba
                                                  << false << 0 << u"alternateEmail:email-invalid:error"_s;
    QTest::newRow("username-invalid digit first")
        << "Username,Email\n1bob,b@example.com\n"_ba << false << 0 << u"Username:username-invalid:error"_s;
    QTest::newRow("username-invalid @") << "Username,Email\nbob@x,b@example.com\n"_ba << false << 0
                                        << u"Username:username-invalid:error"_s;
    QTest::newRow("username-too-long on Windows (21)")
        << "Username,Email,SystemID\nabcdefghijklmnopqrstu,a@example.com,d1\n"_ba << false << 0
        << u"Username:username-too-long:error"_s;
    QTest::newRow("username-too-long on macOS (31), by name")
        << "Username,Email,DeviceName\nabcdefghijklmnopqrstuvwxyzabcde,a@example.com,MAC-01\n"_ba << false << 0
        << u"Username:username-too-long:error"_s;
    QTest::newRow("username-too-long on the local account name")
        << "Username,Email,systemUsername,SystemID\nbob,b@example.com,abcdefghijklmnopqrstu,d1\n"_ba << false << 0
        << u"systemUsername:username-too-long:error"_s;
    QTest::newRow("duplicate-username-in-file (case-insensitive)")
        << "Username,Email\nbob,b1@example.com\nBOB,b2@example.com\n"_ba << false << 1
        << u"Username:duplicate-username-in-file:error"_s;
    QTest::newRow("duplicate-email-in-file (case-insensitive)")
        << "Username,Email\nbob,b@example.com\ncarl,B@Example.com\n"_ba << false << 0
        << u"Email:duplicate-email-in-file:error"_s;
    QTest::newRow("username-exists") << "Username,Email\njdoe,new@example.com\n"_ba << false << 0
                                     << u"Username:username-exists:error"_s;
    QTest::newRow("email-exists") << "Username,Email\nbob,JDOE@example.com\n"_ba << false << 0
                                  << u"Email:email-exists:error"_s;
    QTest::newRow("email-exists on update of another user")
        << "Username,Email\nasmith,jdoe@example.com\n"_ba << true << 0 << u"Email:email-exists:error"_s;
    QTest::newRow("employee-id-duplicate in org") << "Username,Email,employeeIdentifier\nbob,b@example.com,E1\n"_ba
                                                  << false << 0 << u"employeeIdentifier:employee-id-duplicate:error"_s;
    QTest::newRow("employee-id-duplicate in file")
        << "Username,Email,employeeIdentifier\nbob,b@example.com,E9\ncarl,c@example.com,E9\n"_ba << false << 1
        << u"employeeIdentifier:employee-id-duplicate:error"_s;
    QTest::newRow("local-account-conflict: another user's username")
        << "Username,Email,systemUsername\nbob,b@example.com,asmith\n"_ba << false << 0
        << u"systemUsername:local-account-conflict:error"_s;
    QTest::newRow("local-account-conflict: another user's local account")
        << "Username,Email,systemUsername\nbob,b@example.com,JohnD\n"_ba << false << 0
        << u"systemUsername:local-account-conflict:error"_s;
    QTest::newRow("local-account-conflict: username is someone's local account")
        << "Username,Email\njohnd,b@example.com\n"_ba << false << 0 << u"Username:local-account-conflict:error"_s;
    QTest::newRow("local-account-locked: a bound user's local account name changes")
        << "Username,Email,systemUsername\nlbound,lbound@example.com,lee.b\n"_ba << true << 0
        << u"systemUsername:local-account-locked:error"_s;
    QTest::newRow("local-account-conflict in file")
        << "Username,Email,systemUsername\nbob,b@example.com,carl\ncarl,c@example.com,\n"_ba << false << 0
        << u"systemUsername:local-account-conflict:error"_s;
    QTest::newRow("unknown-device by id")
        << "Username,Email,SystemID\nbob,b@example.com,d9\n"_ba << false << 0 << u"SystemID:unknown-device:error"_s;
    QTest::newRow("unknown-device by hostname") << "Username,Email,DeviceHostname\nbob,b@example.com,nowhere.local\n"_ba
                                                << false << 0 << u"DeviceHostname:unknown-device:error"_s;
    QTest::newRow("ambiguous-device") << "Username,Email,DeviceName\nbob,b@example.com,shared\n"_ba << false << 0
                                      << u"DeviceName:ambiguous-device:error"_s;
    QTest::newRow("unknown-group") << "Username,Email,Group1,Group2\nbob,b@example.com,Sales,Marketing\n"_ba << false
                                   << 0 << u"Group2:unknown-group:error"_s;
    QTest::newRow("unknown-group differing in case")
        << "Username,Email,Group1\nbob,b@example.com,engineering\n"_ba << false << 0 << u"Group1:unknown-group:error"_s;
    QTest::newRow("invalid-boolean") << "Username,Email,sudo\nbob,b@example.com,maybe\n"_ba << false << 0
                                     << u"sudo:invalid-boolean:error"_s;
    QTest::newRow("invalid-boolean Administrator")
        << "Username,Email,SystemID,Administrator\nbob,b@example.com,d1,admin\n"_ba << false << 0
        << u"Administrator:invalid-boolean:error"_s;
    QTest::newRow("password-policy length")
        << "Username,Email,Password\nbob,b@example.com,Sh0rt\n"_ba << false << 0 << u"Password:password-policy:error"_s;
    QTest::newRow("password-policy complexity") << "Username,Email,Password\nbob,b@example.com,alllowercaseletters\n"_ba
                                                << false << 0 << u"Password:password-policy:error"_s;
    QTest::newRow("no-password-staged") << "Username,Email,Password\nbob,b@example.com,\n"_ba << false << 0
                                        << u"Password:no-password-staged:warning"_s;
    QTest::newRow("formula-like") << "Username,Email,department\nbob,b@example.com,=SUM(A1:A3)\n"_ba << false << 0
                                  << u"department:formula-like:warning"_s;
    QTest::newRow("formula-like @") << "Username,Email,jobTitle\nbob,b@example.com,@cmd\n"_ba << false << 0
                                    << u"jobTitle:formula-like:warning"_s;
    QTest::newRow("attribute-missing-value")
        << "Username,Email,Attribute1_name,Attribute1_value\nbob,b@example.com,badge,\n"_ba << false << 0
        << u"Attribute1_value:attribute-missing-value:error"_s;
    QTest::newRow("enrollment-days-range 0") << "Username,Email,EnrollmentDays\nbob,b@example.com,0\n"_ba << false << 0
                                             << u"EnrollmentDays:enrollment-days-range:error"_s;
    QTest::newRow("enrollment-days-range 366") << "Username,Email,EnrollmentDays\nbob,b@example.com,366\n"_ba << false
                                               << 0 << u"EnrollmentDays:enrollment-days-range:error"_s;
    QTest::newRow("enrollment-days-range text") << "Username,Email,EnrollmentDays\nbob,b@example.com,week\n"_ba << false
                                                << 0 << u"EnrollmentDays:enrollment-days-range:error"_s;
    QTest::newRow("ragged-row") << "Username,Email,department\nbob,b@example.com\n"_ba << false << 0
                                << u":ragged-row:warning"_s;
    QTest::newRow("unknown-manager") << "Username,Email,manager\nbob,b@example.com,nobody\n"_ba << false << 0
                                     << u"manager:unknown-manager:error"_s;
    // The binding planner's codes on the device column.
    QTest::newRow("planner: takeover shown")
        << "Username,Email,SystemID\nkim,k@example.com,d1\n"_ba << false << 0 << u"SystemID:takeover:info"_s;
    QTest::newRow("planner: takeover-signs-out") << "Username,Email,SystemID\nkim,k@example.com,d1\n"_ba << false << 0
                                                 << u"SystemID:takeover-signs-out:warning"_s;
    QTest::newRow("planner: macos-relogin")
        << "Username,Email,DeviceName,Password\nPat,p@example.com,mac-01,Passw0rdPassw0rd\n"_ba << false << 0
        << u"DeviceName:macos-relogin:warning"_s;
    QTest::newRow("planner: case-differs on macOS") << "Username,Email,DeviceName\npat,p@example.com,mac-01\n"_ba
                                                    << false << 0 << u"DeviceName:case-differs:warning"_s;
    QTest::newRow("planner: staged-user")
        << "Username,Email,SystemID\nbob,b@example.com,d1\n"_ba << false << 0 << u"SystemID:staged-user:warning"_s;
}

void TestImportValidator::codes()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, update);
    QFETCH(int, row);
    QFETCH(QString, expected);
    const auto v = validate(csv, update);
    const QStringList issues = describe(v->validator->results().at(row));
    QVERIFY2(issues.contains(expected), qPrintable(issues.join(u" | "_s)));
    const ImportRowStatus status = v->validator->results().at(row).status;
    QCOMPARE(status, expected.endsWith(":error"_L1) ? ImportRowStatus::Error : status);
}

void TestImportValidator::clean_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("update");
    const QByteArray pw = "Passw0rdPassw0rd";
    QTest::newRow("portal template row") << "firstname,lastname,username,email,password\nBob,B,bob,b@example.com," + pw
            + "\n"_ba << false;
    QTest::newRow("booleans in every spelling")
        << "Username,Email,Password,sudo,account_locked,allow_public_key,Administrator,SystemID\n"
           "bob,b@example.com,"
            + pw + ",$True,no,1,TRUE,d1\n"_ba
        << false;
    QTest::newRow("macOS account of 30")
        << "Username,Email,Password,DeviceName\nabcdefghijklmnopqrstuvwxyzabcd,a@example.com," + pw + ",mac-01\n"_ba
        << false;
    QTest::newRow("phone number with +") << "Username,Email,Password,mobile_number\nbob,b@example.com," + pw
            + ",+1 (555) 010-0000\n"_ba << false;
    QTest::newRow("existing user as update") << "Username,Email,department\njdoe,jdoe@example.com,Sales\n"_ba << true;
    QTest::newRow("bound user keeps the local account name")
        << "Username,Email,systemUsername,department\nlbound,lbound@example.com,lee,Sales\n"_ba << true;
    QTest::newRow("Attribute10 after Attribute2")
        << "Username,Email,Password,Attribute10_name,Attribute10_value,Attribute2_name,Attribute2_value\n"
           "bob,b@example.com,"
            + pw + ",a,1,b,2\n"_ba
        << false;
    QTest::newRow("manager in the file") << "Username,Email,Password,manager\nbob,b@example.com," + pw
            + ",carl\ncarl,c@example.com," + pw
            + ",jdoe\n"_ba << false;
}

void TestImportValidator::clean()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, update);
    const auto v = validate(csv, update);
    for (const ImportRowResult &row : v->validator->results())
        QVERIFY2(row.status == ImportRowStatus::Ok, qPrintable(describe(row).join(u" | "_s)));
}

void TestImportValidator::messagesNameTheValue()
{
    const auto v = validate("Username,Email,Group1\nbob,bob@,Marketing\n"_ba);
    for (const ImportIssue &issue : v->validator->results().at(0).issues) {
        if (issue.code == "email-invalid"_L1)
            QVERIFY(issue.message.contains(u"bob@"_s));
        if (issue.code == "unknown-group"_L1)
            QVERIFY(issue.message.contains(u"Marketing"_s));
    }
    // A password never appears in a message.
    const auto p = validate("Username,Email,Password\nbob,b@example.com,Sh0rt\n"_ba);
    for (const ImportIssue &issue : p->validator->results().at(0).issues)
        QVERIFY(!issue.message.contains(u"Sh0rt"_s));
}

void TestImportValidator::updateDiff()
{
    const auto v = validate("Username,Email,FirstName,department,sudo,home_city,Password\n"
                            "jdoe,jdoe@example.com,John,Sales,yes,Lyon,Passw0rdPassw0rd\n"_ba,
        true);
    const ImportRowResult &row = v->validator->results().at(0);
    QCOMPARE(row.action, ImportRowAction::Update);
    QCOMPARE(row.existingUserId, u"u1"_s);
    QVERIFY(!row.staged);
    const QList<ImportFieldChange> expected { { u"department"_s, u"IT"_s, u"Sales"_s, true },
        { u"sudo"_s, u"false"_s, u"true"_s, true }, { u"home_city"_s, QString(), u"Lyon"_s, false },
        { u"Password"_s, QString(), u"(new password)"_s, false } };
    QCOMPARE(row.changes, expected);
    // Without the option the same row is an error.
    const auto strict = validate("Username,Email\njdoe,jdoe@example.com\n"_ba, false);
    QCOMPARE(strict->validator->results().at(0).status, ImportRowStatus::Error);
}

void TestImportValidator::summary()
{
    const auto v = validate("Username,Email,Password,SystemID,Group1,Group2\n"
                            "bob,b@example.com,Passw0rdPassw0rd,d1,Sales,Engineering\n"
                            "carl,c@example.com,,,Sales,\n"
                            ",,,,,\n"
                            "jdoe,x@example.com,,,,\n"_ba);
    const ImportSummary &s = v->validator->summary();
    QCOMPARE(s.rows, 4);
    QCOMPARE(s.creates, 2);
    QCOMPARE(s.skipped, 1);
    QCOMPARE(s.bindings, 1);
    QCOMPARE(s.groupAdds, 3);
    QCOMPARE(s.staged, 1);
    QCOMPARE(s.errorRows, 1);
    QVERIFY(s.warnings >= 1);
}

void TestImportValidator::incrementalEdit()
{
    const auto v = validate("Username,Email,Password\n"
                            "bob,b@example.com,Passw0rdPassw0rd\n"
                            "bob,c@example.com,Passw0rdPassw0rd\n"
                            "dan,d@example.com,Passw0rdPassw0rd\n"_ba);
    ImportValidator &validator = *v->validator;
    QCOMPARE(validator.results().at(0).status, ImportRowStatus::Error);
    QCOMPARE(validator.results().at(1).status, ImportRowStatus::Error);
    // Renaming the second bob clears both rows, and only those change.
    CsvRecord edited = validator.records().at(1);
    edited.fields[0] = u"carl"_s;
    QCOMPARE(validator.updateRecord(1, edited), (QList<int> { 0, 1 }));
    QCOMPARE(validator.results().at(0).status, ImportRowStatus::Ok);
    QCOMPARE(validator.results().at(1).status, ImportRowStatus::Ok);
    QCOMPARE(validator.summary().errorRows, 0);
    QCOMPARE(validator.summary().creates, 3);
    // Same result as validating from scratch.
    const auto fresh = validate("Username,Email,Password\n"
                                "bob,b@example.com,Passw0rdPassw0rd\n"
                                "carl,c@example.com,Passw0rdPassw0rd\n"
                                "dan,d@example.com,Passw0rdPassw0rd\n"_ba);
    QCOMPARE(validator.results(), fresh->validator->results());
    QCOMPARE(validator.summary(), fresh->validator->summary());
    // Editing dan into a duplicate of carl makes both rows errors again.
    edited = validator.records().at(2);
    edited.fields[0] = u"CARL"_s;
    QCOMPARE(validator.updateRecord(2, edited), (QList<int> { 1, 2 }));
    QCOMPARE(validator.summary().errorRows, 2);

    // Three duplicates, the first edited away and back: messages name the other lines in file order, as a fresh
    // validation does (found by fuzz_csv_import's edit property).
    const QByteArray triple = "Username,Email\nbob,a@example.com\nbob,b@example.com\nbob,c@example.com\n";
    const auto edits = validate(triple);
    CsvRecord first = edits->validator->records().at(0);
    first.fields[0] = u"zed"_s;
    edits->validator->updateRecord(0, first);
    first.fields[0] = u"bob"_s;
    edits->validator->updateRecord(0, first);
    QCOMPARE(edits->validator->results(), validate(triple)->validator->results());
}

void TestImportValidator::sharedEffectiveNameOwnerIsWhoReachesTheDevice()
{
    // A cache that breaks name uniqueness: "sam.b" has the local account name "sam", and "sam" is a username too. The
    // managed account "sam" on the Mac belongs to the one who reaches the Mac (sam.b, through a group), not to the
    // first in the list (sam), so binding sam there is refused: the agent would hand sam.b's account to sam.
    Validation v;
    User samB;
    samB.id = u"u5"_s;
    samB.username = u"sam.b"_s;
    samB.email = u"samb@example.com"_s;
    samB.systemUsername = u"sam"_s;
    User sam;
    sam.id = u"u4"_s;
    sam.username = u"sam"_s;
    sam.email = u"sam@example.com"_s;
    v.org.users << sam << samB;
    LocalAccount account;
    account.deviceId = u"d2"_s;
    account.username = u"sam"_s;
    account.managed = true;
    v.org.localAccounts << account;
    v.org.userGroupMemberships << UserGroupMembership { u"g1"_s, u"u5"_s };
    v.org.deviceGroupMemberships << DeviceGroupMembership { u"dg1"_s, u"d2"_s };
    v.org.groupBindings << GroupBinding { u"g1"_s, u"dg1"_s };

    QList<CsvRecord> records = readCsvText("Username,Email,SystemID\nsam,sam@example.com,d2\n"_ba);
    const QStringList header = records.takeFirst().fields;
    v.validator
        = std::make_unique<ImportValidator>(v.org, ImportMapping::fromHeader(header), ImportValidatorOptions { true });
    v.validator->setRecords(records);
    const QStringList issues = describe(v.validator->results().at(0));
    QVERIFY2(issues.contains(u"SystemID:account-owned-by-other-user:error"_s), qPrintable(issues.join(u", ")));
}

QTEST_GUILESS_MAIN(TestImportValidator)
#include "test_import_validator.moc"
