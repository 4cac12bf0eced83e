// `bindery-cli import`, run as the real executable on the sample org: validate's exit codes (0 clean, 1 some row
// has an error, 2 unreadable input), its --json shape, a saved mapping, the --report file (outcomes, no passwords,
// formulas neutralised), and commit's command-line checks (commit itself runs against the sandbox in
// tests/integration/test_import_sandbox).
#include "TempCache.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(BINDERY_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString data(const QString &name)
{
    return QStringLiteral(BINDERY_CSV_DATA_DIR) + u'/' + name;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanFileExitsZero();
    void errorsExitOne();
    void jsonNamesEveryIssue();
    void unreadableInputExitsTwo_data();
    void unreadableInputExitsTwo();
    void savedMappingApplies();
    void reportFile();
    void commitCommandLine_data();
    void commitCommandLine();

private:
    TempCache m_temp;
    QString m_cache;
};

void TestCliImport::initTestCase()
{
    m_cache = m_temp.path(u"sample.sqlite"_s);
    const Run run = runCli({ u"generate-org"_s, u"--sample"_s, u"--out"_s, m_cache });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliImport::cleanFileExitsZero()
{
    const Run run = runCli({ u"import"_s, u"validate"_s, data(u"import_clean.csv"_s), u"--cache"_s, m_cache });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.contains("2 rows: 2 to create, 0 to update, 1 bindings, 3 group adds"), run.out.constData());
    QVERIFY(run.out.contains("0 rows with errors"));
}

void TestCliImport::errorsExitOne()
{
    const Run run = runCli({ u"import"_s, u"validate"_s, data(u"import_mixed.csv"_s), u"--cache"_s, m_cache });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("line 3: error Username username-exists:"), run.out.constData());
    QVERIFY(run.out.contains("line 4: error Email email-invalid:"));
    QVERIFY(run.out.contains("4 rows with errors"));
    QVERIFY(run.err.isEmpty());
}

void TestCliImport::jsonNamesEveryIssue()
{
    const Run run
        = runCli({ u"import"_s, u"validate"_s, data(u"import_mixed.csv"_s), u"--cache"_s, m_cache, u"--json"_s });
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = json.value("rows"_L1).toArray();
    QCOMPARE(rows.size(), 6);
    QStringList statuses;
    for (const QJsonValue &row : rows)
        statuses << row.toObject().value("status"_L1).toString();
    QCOMPARE(statuses, (QStringList { u"warning"_s, u"error"_s, u"error"_s, u"error"_s, u"error"_s, u"ok"_s }));
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value("line"_L1).toInt(), 2);
    QStringList codes;
    for (const QJsonValue &issue : first.value("issues"_L1).toArray()) {
        const QJsonObject o = issue.toObject();
        QVERIFY(o.contains("column"_L1) && o.contains("severity"_L1) && !o.value("message"_L1).toString().isEmpty());
        codes << o.value("column"_L1).toString() + u':' + o.value("code"_L1).toString();
    }
    QVERIFY2(codes.contains(u"DeviceHostname:takeover-signs-out"_s), qPrintable(codes.join(u' ')));
    QVERIFY(codes.contains(u"department:formula-like"_s));
    const QJsonObject summary = json.value("summary"_L1).toObject();
    QCOMPARE(summary.value("rows"_L1).toInt(), 6);
    QCOMPARE(summary.value("errorRows"_L1).toInt(), 4);
    QCOMPARE(summary.value("creates"_L1).toInt(), 2);
    QVERIFY(summary.contains("warnings"_L1) && summary.contains("bindings"_L1) && summary.contains("staged"_L1));
}

void TestCliImport::unreadableInputExitsTwo_data()
{
    // CACHE stands for the sample cache.
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("missing file") << QStringList { u"validate"_s, u"/nonexistent/users.csv"_s, u"--cache"_s,
        u"CACHE"_s };
    QTest::newRow("missing cache") << QStringList { u"validate"_s, data(u"import_clean.csv"_s), u"--cache"_s,
        u"/nonexistent/cache.sqlite"_s };
    QTest::newRow("no cache option") << QStringList { u"validate"_s, data(u"import_clean.csv"_s) };
    QTest::newRow("not a mapping") << QStringList { u"validate"_s, data(u"import_clean.csv"_s), u"--cache"_s,
        u"CACHE"_s, u"--mapping"_s, data(u"import_clean.csv"_s) };
    QTest::newRow("two files") << QStringList { u"validate"_s, data(u"import_clean.csv"_s), data(u"import_mixed.csv"_s),
        u"--cache"_s, u"CACHE"_s };
    QTest::newRow("unknown subcommand") << QStringList { u"check"_s, data(u"import_clean.csv"_s) };
}

void TestCliImport::unreadableInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(u"CACHE"_s, m_cache);
    const Run run = runCli(QStringList { u"import"_s } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("bindery-cli: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

void TestCliImport::savedMappingApplies()
{
    // The headers match no template: without a mapping the file has no Username or Email column.
    const QString file = data(u"import_custom_headers.csv"_s);
    const Run unmapped = runCli({ u"import"_s, u"validate"_s, file, u"--cache"_s, m_cache });
    QCOMPARE(unmapped.exitCode, 1);
    QVERIFY(unmapped.out.contains("required-missing"));

    const QString mappingPath = m_temp.path(u"mapping.json"_s);
    QFile mapping(mappingPath);
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    const auto column = [](const char *header, int index, const char *field) {
        return QJsonObject { { u"header"_s, QString::fromUtf8(header) }, { u"index"_s, index },
            { u"field"_s, QString::fromUtf8(field) } };
    };
    mapping.write(QJsonDocument(QJsonObject { { u"format"_s, u"bindery-import-mapping"_s }, { u"version"_s, 1 },
                                    { u"columns"_s,
                                        QJsonArray { column("Login", 0, "Username"), column("Mail", 1, "Email"),
                                            column("First", 2, "FirstName"), column("Last", 3, "LastName") } } })
                      .toJson());
    mapping.close();
    const Run mapped = runCli({ u"import"_s, u"validate"_s, file, u"--cache"_s, m_cache, u"--mapping"_s, mappingPath });
    QVERIFY2(mapped.exitCode == 0, QByteArray(mapped.out + mapped.err).constData());
    QVERIFY(mapped.out.contains("1 rows: 1 to create"));
}

void TestCliImport::reportFile()
{
    const QString report = m_temp.path(u"report.csv"_s);
    const Run run = runCli(
        { u"import"_s, u"validate"_s, data(u"import_mixed.csv"_s), u"--cache"_s, m_cache, u"--report"_s, report });
    QCOMPARE(run.exitCode, 1);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM for Excel
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.at(0).trimmed(),
        QByteArray(
            "Username,FirstName,LastName,Email,Password,department,DeviceHostname,Group1,Outcome,Message,NewId"));
    QVERIFY2(lines.at(1).startsWith("zoe,Zoe,Zed,zoe@anders.example,,\"'=HYPERLINK(\"\"x\"\")\","),
        lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",valid,"));
    QVERIFY(lines.at(2).contains(",invalid,"));
    QVERIFY(lines.at(2).contains("already exists"));
    QVERIFY(!bytes.contains("Correct-Horse"));
}

void TestCliImport::commitCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no url") << QStringList { u"--api-key-env"_s, u"BINDERY_NO_SUCH_VARIABLE"_s, u"--cache"_s }
                            << u"needs --url"_s;
    QTest::newRow("key on the command line") << QStringList { u"--url"_s, u"http://127.0.0.1:9"_s, u"--api-key"_s,
        u"secret"_s, u"--cache"_s } << u"there is no --api-key"_s;
    QTest::newRow("empty key variable") << QStringList { u"--url"_s, u"http://127.0.0.1:9"_s, u"--api-key-env"_s,
        u"BINDERY_NO_SUCH_VARIABLE"_s, u"--cache"_s }
                                        << u"is not set or empty"_s;
}

void TestCliImport::commitCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run
        = runCli(QStringList { u"import"_s, u"commit"_s, data(u"import_clean.csv"_s) } + arguments << m_cache);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!run.err.contains("secret"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
