// ImportMapping: case-sensitive portal headers with header-case offers, the extended columns, numbered Group and
// Attribute columns, manual mapping, JSON round trip and the two templates.
#include "ImportMapping.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void portalHeaders();
    void headerCase();
    void extendedColumns();
    void attributeOrder();
    void manualMapping();
    void jsonRoundTrip();
    void templates();
};

void TestImportMapping::portalHeaders()
{
    const ImportMapping m
        = ImportMapping::fromHeader({ u"firstname"_s, u"lastname"_s, u"username"_s, u"email"_s, u"password"_s });
    QCOMPARE(m.column(ImportField::FirstName), 0);
    QCOMPARE(m.column(ImportField::Username), 2);
    QCOMPARE(m.column(ImportField::Password), 4);
    QVERIFY(m.issues().isEmpty());
}

void TestImportMapping::headerCase()
{
    ImportMapping m = ImportMapping::fromHeader({ u"Firstname"_s, u"USERNAME"_s, u"email"_s, u"group1"_s });
    QCOMPARE(m.column(ImportField::Username), -1); // not silently mapped
    const QList<ImportMappingIssue> issues = m.issues();
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(1).code, u"header-case"_s);
    QCOMPARE(issues.at(1).suggestion.key(), u"Username"_s);
    QCOMPARE(issues.at(2).suggestion.key(), u"Group1"_s);
    QVERIFY(issues.at(1).message.contains(u"USERNAME"_s));
    QVERIFY(m.acceptSuggestion(1));
    QCOMPARE(m.column(ImportField::Username), 1);
    QCOMPARE(m.issues().size(), 2);
}

void TestImportMapping::extendedColumns()
{
    const QStringList header { u"Username"_s, u"home_city"_s, u"work_fax_number"_s, u"EnrollmentDays"_s, u"unix_guid"_s,
        u"SystemID"_s, u"Administrator"_s, u"Group2"_s, u"Group10"_s, u"Group1"_s, u"systemUsername"_s, u"Shoe size"_s,
        u"Username"_s };
    const ImportMapping m = ImportMapping::fromHeader(header);
    QCOMPARE(m.column(ImportField::HomeCity), 1);
    QCOMPARE(m.column(ImportField::WorkFaxNumber), 2);
    QCOMPARE(m.column(ImportField::UnixGuid), 4);
    QCOMPARE(m.deviceColumn(), 5);
    QCOMPARE(m.column(ImportField::SystemUsername), 10);
    QCOMPARE(m.groupColumns(), (QList<int> { 9, 7, 8 }));
    QCOMPARE(m.column(ImportField::Username), 0);
    QStringList codes;
    for (const ImportMappingIssue &issue : m.issues())
        codes << issue.code;
    QCOMPARE(codes, (QStringList { u"unknown-column"_s, u"duplicate-column"_s }));
}

void TestImportMapping::attributeOrder()
{
    const ImportMapping m = ImportMapping::fromHeader({ u"Attribute10_name"_s, u"Attribute10_value"_s,
        u"Attribute2_name"_s, u"Attribute2_value"_s, u"Attribute3_name"_s });
    const QList<ImportMapping::AttributePair> pairs = m.attributePairs();
    QCOMPARE(pairs.size(), 3);
    QCOMPARE(pairs.at(0).index, 2);
    QCOMPARE(pairs.at(1).index, 3);
    QCOMPARE(pairs.at(2).index, 10);
    QCOMPARE(pairs.at(1).valueColumn, -1);
    QCOMPARE(m.issues().size(), 1);
    QCOMPARE(m.issues().first().code, u"attribute-unpaired"_s);
}

void TestImportMapping::manualMapping()
{
    ImportMapping m = ImportMapping::fromHeader({ u"Login"_s, u"Mail"_s, u"Username"_s });
    QVERIFY(m.setMapping(0, u"Username"_s).ok());
    QCOMPARE(m.column(ImportField::Username), 0); // taken from column 2
    QCOMPARE(m.target(2).isNone(), true);
    QCOMPARE(m.setMapping(1, u"nonsense"_s).error().code, u"unknown-field"_s);
    QVERIFY(m.setMapping(1, u"Email"_s).ok());
    QCOMPARE(m.column(ImportField::Email), 1);
}

void TestImportMapping::jsonRoundTrip()
{
    ImportMapping m = ImportMapping::fromHeader({ u"Login"_s, u"Mail"_s, u"Team"_s, u"Ignored"_s });
    QVERIFY(m.setMapping(0, u"Username"_s).ok());
    QVERIFY(m.setMapping(1, u"Email"_s).ok());
    QVERIFY(m.setMapping(2, u"Group1"_s).ok());
    const QJsonObject json = m.toJson();
    // Next month's export has the columns in another order.
    const auto loaded = ImportMapping::fromJson(json, { u"Team"_s, u"Mail"_s, u"Login"_s });
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().column(ImportField::Username), 2);
    QCOMPARE(loaded.value().column(ImportField::Email), 1);
    QCOMPARE(loaded.value().column(ImportField::Group, 1), 0);
    QCOMPARE(ImportMapping::fromJson(QJsonObject { { u"x"_s, 1 } }, {}).error().code, u"mapping-format"_s);
}

void TestImportMapping::templates()
{
    QCOMPARE(ImportMapping::portalTemplate(), u"firstname,lastname,username,email,password\r\n"_s);
    const QString extended = ImportMapping::extendedTemplate(2, 2);
    QVERIFY(extended.startsWith(u"Username,FirstName,LastName,Email,Password,"_s));
    QVERIFY(extended.endsWith(u",SystemID,Administrator,Group1,Group2,Attribute1_name,Attribute1_value,Attribute2_name,"
                              "Attribute2_value\r\n"_s));
    // Every column of the extended template maps back to itself, with no issues.
    const ImportMapping m = ImportMapping::fromHeader(extended.trimmed().split(u','));
    QVERIFY(m.issues().isEmpty());
    QVERIFY(extended.contains(u"home_postalCode"_s) && extended.contains(u"systemUsername"_s)
        && extended.contains(u"unix_uid"_s) && extended.contains(u"EnrollmentDays"_s));
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "test_import_mapping.moc"
