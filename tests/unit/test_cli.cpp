// bindery-cli, run as the real executable: exit codes, one-line errors on stderr, generate-org
// followed by export of every kind to a file and to standard output.
#include "CacheExporter.h"
#include "StrictCsv.h"
#include "TempCache.h"

#include <QFile>
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

QString oneLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void helpAndVersion();
    void missingCacheFailsWithOneLine();
    void corruptCacheFailsWithOneLine();
    void exportsEveryKindToFileAndStdout_data();
    void exportsEveryKindToFileAndStdout();
    void generatesAnOrgThatExports();
    void unwritableOutputFails();

private:
    TempCache m_dir;
    QString m_sample;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QString::fromUtf8(BINDERY_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.path(u"sample.sqlite"_s);
    const Run run = runCli({ u"generate-org"_s, u"--sample"_s, u"--out"_s, m_sample });
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("export without kind") << QStringList { u"export"_s, u"--cache"_s, u"x"_s, u"--out"_s, u"-"_s };
    QTest::newRow("export unknown kind") << QStringList { u"export"_s, u"people"_s, u"--cache"_s, u"x"_s, u"--out"_s,
        u"-"_s };
    QTest::newRow("export without --out") << QStringList { u"export"_s, u"users"_s, u"--cache"_s, u"x"_s };
    QTest::newRow("export without --cache") << QStringList { u"export"_s, u"users"_s, u"--out"_s, u"-"_s };
    QTest::newRow("export unknown option") << QStringList { u"export"_s, u"users"_s, u"--colour"_s };
    QTest::newRow("generate without --out") << QStringList { u"generate-org"_s };
    QTest::newRow("generate bad count") << QStringList { u"generate-org"_s, u"--out"_s, u"x"_s, u"--users"_s,
        u"many"_s };
    QTest::newRow("generate negative") << QStringList { u"generate-org"_s, u"--out"_s, u"x"_s, u"--devices"_s,
        u"-3"_s };
    QTest::newRow("generate bad seed") << QStringList { u"generate-org"_s, u"--out"_s, u"x"_s, u"--seed"_s, u"x"_s };
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(u"x"_s));
}

void TestCli::helpAndVersion()
{
    const Run help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("export"));
    QVERIFY(help.out.contains("generate-org"));
    const Run exportHelp = runCli({ u"export"_s, u"--help"_s });
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.startsWith("Usage: bindery-cli export"));
    const Run version = runCli({ u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("bindery-cli "));
}

void TestCli::missingCacheFailsWithOneLine()
{
    const QString missing = m_dir.path(u"missing.sqlite"_s);
    const QString out = m_dir.path(u"missing.csv"_s);
    const Run run = runCli({ u"export"_s, u"users"_s, u"--cache"_s, missing, u"--out"_s, out });
    QCOMPARE(run.exitCode, 1);
    const QString message = oneLine(run.err);
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.startsWith(u"bindery-cli: ") && message.contains(missing), qPrintable(message));
    QVERIFY(!QFile::exists(missing)); // not created by the attempt
    QVERIFY(!QFile::exists(out));
}

void TestCli::corruptCacheFailsWithOneLine()
{
    const QString corrupt = m_dir.path(u"corrupt.sqlite"_s);
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QString out = m_dir.path(u"corrupt.csv"_s);
    const Run run = runCli({ u"export"_s, u"devices"_s, u"--cache"_s, corrupt, u"--out"_s, out });
    QCOMPARE(run.exitCode, 1);
    const QString message = oneLine(run.err);
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(message.contains(corrupt) && message.contains(u"rebuild"), qPrintable(message));
    QVERIFY(!QFile::exists(out));
}

void TestCli::exportsEveryKindToFileAndStdout_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::newRow("users") << u"users"_s << 12;
    QTest::newRow("devices") << u"devices"_s << 8;
    QTest::newRow("user-groups") << u"user-groups"_s << 3;
    QTest::newRow("device-groups") << u"device-groups"_s << 2;
    QTest::newRow("bindings") << u"bindings"_s << 25;
}

void TestCli::exportsEveryKindToFileAndStdout()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    const QString out = m_dir.path(kind + u".csv"_s);
    const Run toFile = runCli({ u"export"_s, kind, u"--cache"_s, m_sample, u"--out"_s, out });
    QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
    QVERIFY(toFile.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QList<QStringList> parsed;
    QVERIFY(StrictCsv::parse(QString::fromUtf8(written), parsed));
    QCOMPARE(parsed.size(), rows + 1);
    QCOMPARE(parsed.first(), CacheExporter::header(*exportKindFromName(kind)));

    const Run toStdout = runCli({ u"export"_s, kind, u"--cache"_s, m_sample, u"--out"_s, u"-"_s });
    QVERIFY2(toStdout.exitCode == 0, toStdout.err.constData());
    QCOMPARE(toStdout.out, written);
    QVERIFY(toStdout.err.isEmpty()); // a pipe gets the CSV and nothing else
}

void TestCli::generatesAnOrgThatExports()
{
    const QString cache = m_dir.path(u"generated.sqlite"_s);
    const Run generate = runCli({ u"generate-org"_s, u"--out"_s, cache, u"--users"_s, u"250"_s, u"--devices"_s, u"80"_s,
        u"--user-groups"_s, u"12"_s, u"--device-groups"_s, u"7"_s, u"--bindings"_s, u"400"_s, u"--local-accounts"_s,
        u"300"_s, u"--seed"_s, u"9"_s });
    QVERIFY2(generate.exitCode == 0, generate.err.constData());
    QVERIFY(generate.err.contains("250 users"));
    const QHash<QString, int> expected
        = { { u"users"_s, 250 }, { u"devices"_s, 80 }, { u"user-groups"_s, 12 }, { u"device-groups"_s, 7 } };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Run run = runCli({ u"export"_s, it.key(), u"--cache"_s, cache, u"--out"_s, u"-"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QList<QStringList> parsed;
        QVERIFY(StrictCsv::parse(QString::fromUtf8(run.out), parsed));
        QCOMPARE(parsed.size(), it.value() + 1);
    }
    const Run bindings = runCli({ u"export"_s, u"bindings"_s, u"--cache"_s, cache, u"--out"_s, u"-"_s });
    QCOMPARE(bindings.exitCode, 0);
    QVERIFY(bindings.out.count("\r\n") >= 401); // header + the direct bindings, plus group access
}

void TestCli::unwritableOutputFails()
{
    const QString out = m_dir.path(u"no/such/dir/users.csv"_s);
    const Run run = runCli({ u"export"_s, u"users"_s, u"--cache"_s, m_sample, u"--out"_s, out });
    QCOMPARE(run.exitCode, 1);
    const QString message = oneLine(run.err);
    QVERIFY2(!message.contains(u'\n') && message.contains(out), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
