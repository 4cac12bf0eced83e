// A cache that cannot be opened: the dialog names the file and the cure, answered through the
// MessageBox seam; a rebuild keeps the old file and every pending change.
#include "CacheDatabase.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "OutboxStore.h"
#include "SampleOrg.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCacheErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void notADatabaseOffersRebuildAndKeepsTheOldFile();
    void newerSchemaRebuildKeepsPendingChanges();
    void openAnotherFileFromTheErrorDialog();
    void quitFromTheErrorDialogClosesTheWindow();
    void closingTheDialogLeavesTheStartPage();
    void missingFileOffersTryAgainNotRebuild();

private:
    static QString pageOf(const MainWindow &window);
    static QStringList brokenCopies(const QString &cachePath);

    QTemporaryDir m_settingsDir;
};

void TestCacheErrors::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
}

void TestCacheErrors::init()
{
    GuiTestSupport::resetState();
}

QString TestCacheErrors::pageOf(const MainWindow &window)
{
    return window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName();
}

QStringList TestCacheErrors::brokenCopies(const QString &cachePath)
{
    const QFileInfo info(cachePath);
    QStringList copies = info.dir().entryList({ info.fileName() + u".broken-*"_s }, QDir::Files);
    // SQLite's -wal and -shm files move aside with the file they belong to.
    copies.removeIf([](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
    return copies;
}

void TestCacheErrors::notADatabaseOffersRebuildAndKeepsTheOldFile()
{
    TempCache temp;
    const QString path = temp.path(u"garbage.sqlite"_s);
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }

    MessageBox::setNextAnswer(MessageBox::RebuildCache);
    MessageBox::setNextAnswer(MessageBox::Ok); // the rebuild report
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::cacheOpened);
    window.openCache(path);
    QTRY_COMPARE(opened.count(), 1);

    QCOMPARE(MessageBox::history().size(), 2);
    const MessageBox::Message &error = MessageBox::history().at(0);
    QCOMPARE(error.icon, QMessageBox::Critical);
    QVERIFY2(error.text.contains(path.toHtmlEscaped()), qPrintable(error.text));
    QVERIFY2(error.informativeText.contains(u"not a Bindery cache"_s), qPrintable(error.informativeText));
    QVERIFY(error.buttons.testFlag(MessageBox::RebuildCache));
    QVERIFY(error.buttons.testFlag(MessageBox::OpenAnother));
    QVERIFY(error.buttons.testFlag(MessageBox::Quit));

    const QStringList kept = brokenCopies(path);
    QCOMPARE(kept.size(), 1);
    QFile keptFile(QFileInfo(path).dir().filePath(kept.first()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), garbage);

    // Nothing could be read from random bytes: the report says so and where the file went.
    const MessageBox::Message &report = MessageBox::history().at(1);
    QVERIFY2(
        report.informativeText.contains(u"No pending changes could be read"_s), qPrintable(report.informativeText));
    QVERIFY2(report.informativeText.contains(kept.first()), qPrintable(report.informativeText));

    QCOMPARE(pageOf(window), u"workspace"_s);
    const QString status = window.findChild<QLabel *>(u"connectionStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"never been synced"_s), qPrintable(status));
}

void TestCacheErrors::newerSchemaRebuildKeepsPendingChanges()
{
    TempCache temp;
    const QString path = temp.path(u"newer.sqlite"_s);
    QCOMPARE(SampleOrg::writeCache(path), QString());
    {
        auto cache = CacheDatabase::open(path);
        QVERIFY_RESULT(cache);
        OutboxRow row;
        row.createdAt = QDateTime::currentDateTimeUtc();
        row.updatedAt = row.createdAt;
        row.batchId = u"batch-1"_s;
        row.kind = u"binding.add"_s;
        row.objectType = u"user"_s;
        row.objectId = QLatin1String(SampleOrg::Id::JohnDoe);
        row.summary = u"Bind john.doe to WIN-FIN-01"_s;
        QVERIFY_RESULT(OutboxStore(*cache.value()).append(row));
        QSqlQuery bump(cache.value()->database());
        QVERIFY(bump.exec(u"PRAGMA user_version = 999"_s));
    }

    MessageBox::setNextAnswer(MessageBox::RebuildCache);
    MessageBox::setNextAnswer(MessageBox::Ok);
    auto window = GuiTestSupport::openWindow(path);
    QVERIFY(window);

    const MessageBox::Message &error = MessageBox::history().at(0);
    QVERIFY2(error.informativeText.contains(u"newer version of Bindery"_s), qPrintable(error.informativeText));
    const MessageBox::Message &report = MessageBox::history().at(1);
    QVERIFY2(report.informativeText.startsWith(u"1 pending change was kept."_s), qPrintable(report.informativeText));
    QCOMPARE(brokenCopies(path).size(), 1);

    auto rebuilt = CacheDatabase::open(path);
    QVERIFY_RESULT(rebuilt);
    const auto rows = OutboxStore(*rebuilt.value()).rows();
    QVERIFY_RESULT(rows);
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().first().summary, u"Bind john.doe to WIN-FIN-01"_s);
}

void TestCacheErrors::openAnotherFileFromTheErrorDialog()
{
    TempCache temp;
    const QString broken = temp.path(u"truncated.sqlite"_s);
    const QString good = temp.path(u"good.sqlite"_s);
    QCOMPARE(SampleOrg::writeCache(good), QString());
    {
        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile target(broken);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(source.read(source.size() / 3)); // a copy cut short
    }

    MessageBox::setNextAnswer(MessageBox::OpenAnother);
    FileDialog::setNextFileName(good);
    auto window = GuiTestSupport::openWindow(broken);
    QVERIFY(window);
    QCOMPARE(window->cachePath(), good);
    QCOMPARE(MessageBox::history().size(), 1);
    QVERIFY(brokenCopies(broken).isEmpty()); // nothing was moved without asking
    QVERIFY(QFile::exists(broken));
}

void TestCacheErrors::quitFromTheErrorDialogClosesTheWindow()
{
    TempCache temp;
    const QString path = temp.path(u"garbage.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    MessageBox::setNextAnswer(MessageBox::Quit);
    MainWindow window;
    window.show();
    window.openCache(path);
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(QFile::exists(path));
    QVERIFY(brokenCopies(path).isEmpty());
}

void TestCacheErrors::closingTheDialogLeavesTheStartPage()
{
    TempCache temp;
    const QString path = temp.path(u"garbage.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    MessageBox::setNextAnswer(MessageBox::NoButton); // Escape
    MainWindow window;
    window.show();
    window.openCache(path);
    QTRY_COMPARE(pageOf(window), u"startPage"_s);
    QVERIFY(window.isVisible());
    QVERIFY(brokenCopies(path).isEmpty());
}

void TestCacheErrors::missingFileOffersTryAgainNotRebuild()
{
    TempCache temp;
    const QString path = temp.path(u"missing.sqlite"_s);
    MessageBox::setNextAnswer(MessageBox::NoButton);
    MainWindow window;
    window.show();
    window.openCache(path);
    QTRY_COMPARE(pageOf(window), u"startPage"_s);
    QCOMPARE(MessageBox::history().size(), 1);
    const MessageBox::Message &error = MessageBox::history().first();
    QVERIFY(error.buttons.testFlag(MessageBox::TryAgain));
    QVERIFY(!error.buttons.testFlag(MessageBox::RebuildCache));
    QVERIFY(!QFile::exists(path)); // never conjured an empty cache
}

QTEST_MAIN(TestCacheErrors)
#include "test_cache_errors.moc"
