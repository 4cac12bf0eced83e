// Damaged, cut-short and newer cache files: a clear error, never a crash, and a rebuild
// that keeps the admin's pending changes and the old file.
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "CacheRecovery.h"
#include "OutboxStore.h"
#include "SnapshotWriter.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A cache with `users` users and one pending change, closed so the WAL is checkpointed.
void writeCache(const QString &path, int users)
{
    auto cache = CacheDatabase::open(path);
    QVERIFY(cache.ok());
    OrgSnapshot snapshot;
    snapshot.settings.orgName = u"Acme"_s;
    for (int i = 0; i < users; ++i) {
        User user;
        user.id = u"u%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        user.username = u"user%1"_s.arg(i);
        user.email = u"user%1@example.com"_s.arg(i);
        user.description = QString(200, QLatin1Char('x')); // spread the rows over many pages
        snapshot.users.append(user);
    }
    QVERIFY_RESULT(SnapshotWriter(*cache.value()).replaceSnapshot(snapshot));
    OutboxRow row;
    row.kind = u"user.create"_s;
    row.summary = u"Create user newbie"_s;
    row.payload = QJsonObject { { u"username"_s, u"newbie"_s } };
    QVERIFY(OutboxStore(*cache.value()).append(row).ok());
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestCacheDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBytesAreNotADatabase();
    void shortFileIsTruncated();
    void cutShortCacheIsTruncated();
    void newerSchemaIsRefused();
    void damagedPagesAreReportedAsCorrupt();
    void rebuildKeepsPendingChangesAndTheOldFile();
    void rebuildOfUnreadableFileSaysWhatWasLost();
    void unwritableLocationIsUnavailable();
};

void TestCacheDamage::randomBytesAreNotADatabase()
{
    TempCache dir;
    QFile file(dir.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = char(generator.bounded(256));
    file.write(noise);
    file.close();
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(!cache.ok());
    QCOMPARE(cache.error().code, QString::fromLatin1(CacheDatabase::NotADatabase));
    QVERIFY(cache.error().detail.contains(dir.path()));
}

void TestCacheDamage::shortFileIsTruncated()
{
    TempCache dir;
    QFile file(dir.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0\x10\x00", 18));
    file.close();
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(!cache.ok());
    QCOMPARE(cache.error().code, QString::fromLatin1(CacheDatabase::Truncated));
}

void TestCacheDamage::cutShortCacheIsTruncated()
{
    TempCache dir;
    writeCache(dir.path(), 2000);
    QFile file(dir.path());
    const qint64 size = file.size();
    QVERIFY(size > 100000);
    QVERIFY(file.resize(size / 2));
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(!cache.ok());
    QCOMPARE(cache.error().code, QString::fromLatin1(CacheDatabase::Truncated));
    QVERIFY(cache.error().detail.contains(u"cut short"_s));
}

void TestCacheDamage::newerSchemaIsRefused()
{
    TempCache dir;
    writeCache(dir.path(), 3);
    {
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        QSqlQuery query(cache.value()->database());
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
    }
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(!cache.ok());
    QCOMPARE(cache.error().code, QString::fromLatin1(CacheDatabase::NewerSchema));
    QVERIFY(cache.error().detail.contains(u"newer Bindery"_s));
    // Refusing must not have touched the file.
    auto again = CacheDatabase::openAtVersion(dir.path(), 0);
    QCOMPARE(again.ok(), false);
}

void TestCacheDamage::damagedPagesAreReportedAsCorrupt()
{
    TempCache dir;
    writeCache(dir.path(), 2000);
    const qint64 size = QFile(dir.path()).size();
    // Scribble over the middle of the file (b-tree pages of the users table), not the header.
    overwrite(dir.path(), size / 2, QByteArray(16384, '\xA5'));
    auto cache = CacheDatabase::open(dir.path());
    if (!cache.ok()) {
        QCOMPARE(cache.error().code, QString::fromLatin1(CacheDatabase::Corrupt));
        return;
    }
    auto users = CacheReader(*cache.value()).userRows();
    const auto integrity = cache.value()->checkIntegrity();
    QVERIFY(!users.ok() || !integrity.ok());
    const Error error = users.ok() ? integrity.error() : users.error();
    QCOMPARE(error.code, QString::fromLatin1(CacheDatabase::Corrupt));
}

void TestCacheDamage::rebuildKeepsPendingChangesAndTheOldFile()
{
    TempCache dir;
    writeCache(dir.path(), 10);
    {
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        QSqlQuery query(cache.value()->database());
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
    }
    const QByteArray before = [&] {
        QFile f(dir.path());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    auto report = CacheRecovery::rebuild(dir.path());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail));
    QCOMPARE(report.value().pendingChangesSaved, 1);
    QVERIFY(report.value().salvageProblem.isEmpty());
    QFile kept(report.value().keptAs);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);

    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    auto rows = OutboxStore(*cache.value()).rows();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().at(0).summary, u"Create user newbie"_s);
    QCOMPARE(rows.value().at(0).payload.value("username"_L1).toString(), u"newbie"_s);
    QVERIFY(CacheReader(*cache.value()).userRows().value().isEmpty());
}

void TestCacheDamage::rebuildOfUnreadableFileSaysWhatWasLost()
{
    TempCache dir;
    QFile file(dir.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();
    auto report = CacheRecovery::rebuild(dir.path());
    QVERIFY(report.ok());
    QCOMPARE(report.value().pendingChangesSaved, 0);
    QVERIFY(!report.value().salvageProblem.isEmpty());
    QVERIFY(QFile::exists(report.value().keptAs));
    QVERIFY(CacheDatabase::open(dir.path()).ok());
}

void TestCacheDamage::unwritableLocationIsUnavailable()
{
    auto cache = CacheDatabase::open(u"/proc/bindery-no-such-dir/cache.sqlite"_s);
    QVERIFY(!cache.ok());
    QCOMPARE(cache.error().code, QString::fromLatin1(CacheDatabase::Unavailable));
}

QTEST_GUILESS_MAIN(TestCacheDamage)
#include "test_cache_damage.moc"
