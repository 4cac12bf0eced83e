// The schema's numbered migrations: from every older version to the latest, data kept.
#include "CacheDatabase.h"
#include "CacheSchema.h"
#include "OutboxStore.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

} // namespace

class TestCacheSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsAreNumberedInOrder();
    void freshCacheIsAtLatestVersion();
    void freshCacheUsesWalAndForeignKeys();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void lookupIndexesAreCaseInsensitive();
    void failedMigrationLeavesThePreviousVersion();
    void concurrentOpensOfANewFileMigrateOnce();
};

void TestCacheSchema::versionsAreNumberedInOrder()
{
    int expected = 1;
    for (const CacheSchema::Migration &migration : CacheSchema::migrations()) {
        QCOMPARE(migration.version, expected++);
        QVERIFY(!migration.statements.isEmpty());
    }
    QCOMPARE(CacheSchema::latestVersion(), expected - 1);
}

void TestCacheSchema::freshCacheIsAtLatestVersion()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    QCOMPARE(cache.value()->schemaVersion(), CacheSchema::latestVersion());
}

void TestCacheSchema::freshCacheUsesWalAndForeignKeys()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    QSqlQuery query(cache.value()->database());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QCOMPARE(scalar(cache.value()->database(), u"PRAGMA foreign_keys"_s), 1);
    // A binding to a user that does not exist is refused.
    QVERIFY(!exec(
        cache.value()->database(), u"INSERT INTO user_device_bindings (user_id, device_id) VALUES ('nope', 'nope')"_s));
}

void TestCacheSchema::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < CacheSchema::latestVersion(); ++version)
        QTest::addRow("from v%d", version) << version;
}

void TestCacheSchema::migratesFromEveryOlderVersion()
{
    QFETCH(int, from);
    TempCache dir;
    {
        auto old = CacheDatabase::openAtVersion(dir.path(), from);
        QVERIFY(old.ok());
        QCOMPARE(old.value()->schemaVersion(), from);
        QSqlDatabase db = old.value()->database();
        // Data that existed at that version, which the upgrade must keep.
        if (from >= 1) {
            QVERIFY(exec(db, u"INSERT INTO users (id, username, email) VALUES ('u1', 'jdoe', 'j@example.com')"_s));
            QVERIFY(exec(db, u"INSERT INTO devices (id, hostname) VALUES ('d1', 'build-01')"_s));
            QVERIFY(exec(db, u"INSERT INTO user_device_bindings (user_id, device_id) VALUES ('u1', 'd1')"_s));
            QVERIFY(exec(db, u"INSERT INTO local_accounts (device_id, username) VALUES ('d1', 'JDoe')"_s));
        }
        if (from >= 2) {
            QVERIFY(exec(db,
                u"INSERT INTO outbox (created_at, kind, summary) VALUES "
                "('2026-01-01T00:00:00.000Z', 'binding.add', 'Bind jdoe to build-01')"_s));
        }
    }
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().detail));
    QSqlDatabase db = cache.value()->database();
    QCOMPARE(cache.value()->schemaVersion(), CacheSchema::latestVersion());
    if (from >= 1) {
        QCOMPARE(scalar(db, u"SELECT count(*) FROM users WHERE username = 'jdoe'"_s), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM user_device_bindings"_s), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM local_accounts"_s), 1);
    }
    QCOMPARE(scalar(db, u"SELECT count(*) FROM outbox"_s), from >= 2 ? 1 : 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM snapshot"_s), 1);
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'users_username_nocase'"_s), 1);
}

void TestCacheSchema::lookupIndexesAreCaseInsensitive()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    QSqlDatabase db = cache.value()->database();
    QVERIFY(exec(db,
        u"INSERT INTO users (id, username, email, system_username) VALUES "
        "('u1', 'JDoe', 'J.Doe@Example.com', 'Jane')"_s));
    const struct
    {
        QString where;
        QString index;
    } lookups[] = {
        { u"username = 'jdoe' COLLATE NOCASE"_s, u"users_username_nocase"_s },
        { u"email = 'j.doe@example.com' COLLATE NOCASE"_s, u"users_email_nocase"_s },
        { u"system_username = 'JANE' COLLATE NOCASE"_s, u"users_system_username_nocase"_s },
    };
    for (const auto &lookup : lookups) {
        QCOMPARE(scalar(db, u"SELECT count(*) FROM users WHERE "_s + lookup.where), 1);
        QSqlQuery plan(db);
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM users WHERE "_s + lookup.where));
        QString details;
        while (plan.next())
            details += plan.value(3).toString();
        QVERIFY2(details.contains(lookup.index), qPrintable(details));
    }
}

void TestCacheSchema::failedMigrationLeavesThePreviousVersion()
{
    TempCache dir;
    {
        auto old = CacheDatabase::openAtVersion(dir.path(), 2);
        QVERIFY(old.ok());
        // An index name that migration 3 wants to create already exists as a table: its
        // CREATE INDEX fails half-way through the migration.
        QVERIFY(exec(old.value()->database(), u"CREATE TABLE devices_hostname_nocase (x)"_s));
    }
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(!cache.ok());
    QCOMPARE(cache.error().code, QString::fromLatin1(CacheDatabase::Sql));
    QVERIFY(cache.error().detail.contains(u"schema 3"_s));
    auto reopened = CacheDatabase::openAtVersion(dir.path(), 2);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->schemaVersion(), 2);
    // Nothing of the failed migration stayed behind.
    QCOMPARE(scalar(reopened.value()->database(),
                 u"SELECT count(*) FROM sqlite_master WHERE name = 'users_username_nocase'"_s),
        0);
}

void TestCacheSchema::concurrentOpensOfANewFileMigrateOnce()
{
    // The sync thread creates a profile's first cache while the window's loader opens it: both must succeed, and
    // each migration runs once (a second CREATE TABLE would fail the loser).
    TempCache temp;
    for (int round = 0; round < 20; ++round) {
        const QString path = temp.path(u"race-%1.sqlite"_s.arg(round));
        QList<QThread *> threads;
        QList<QString> errors(4);
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&errors, i, path] {
                auto opened = CacheDatabase::open(path);
                errors[i] = opened ? QString() : opened.error().detail;
            }));
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        for (const QString &error : std::as_const(errors))
            QVERIFY2(error.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(error)));
        auto check = CacheDatabase::open(path);
        QVERIFY(check);
        QCOMPARE(check.value()->schemaVersion(), CacheSchema::latestVersion());
    }
}

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "test_cache_schema.moc"
