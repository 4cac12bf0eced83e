// The outbox keeps every change in order with its state, across reopening the file.
#include "CacheDatabase.h"
#include "OutboxStore.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOutboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsInOrderAndSurvivesReopen();
    void statesAndErrors();
    void removeAndRestore();
};

void TestOutboxStore::appendsInOrderAndSurvivesReopen()
{
    TempCache dir;
    {
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache.ok());
        OutboxStore outbox(*cache.value());
        for (int i = 0; i < 3; ++i) {
            OutboxRow row;
            row.kind = u"binding.add"_s;
            row.batchId = u"drop-1"_s;
            row.summary = u"change %1"_s.arg(i);
            row.payload = QJsonObject { { u"n"_s, i } };
            QVERIFY_RESULT(outbox.append(row));
        }
    }
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    auto rows = OutboxStore(*cache.value()).rows();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows.value().at(i).summary, u"change %1"_s.arg(i));
        QCOMPARE(rows.value().at(i).payload.value("n"_L1).toInt(), i);
        QCOMPARE(rows.value().at(i).state, OutboxRow::State::Pending);
        QVERIFY(rows.value().at(i).createdAt.isValid());
    }
    QVERIFY(rows.value().at(0).id < rows.value().at(1).id);
}

void TestOutboxStore::statesAndErrors()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    OutboxStore outbox(*cache.value());
    OutboxRow row;
    row.kind = u"user.create"_s;
    const qint64 id = outbox.append(row).value();
    QVERIFY(outbox.setState(id, OutboxRow::State::Pushing).ok());
    QVERIFY(outbox.setState(id, OutboxRow::State::Failed, u"Username already exists"_s).ok());
    const OutboxRow stored = outbox.rows().value().constFirst();
    QCOMPARE(stored.state, OutboxRow::State::Failed);
    QCOMPARE(stored.error, u"Username already exists"_s);
    QCOMPARE(stored.attempts, 1);
    QCOMPARE(outbox.countInState(OutboxRow::State::Failed).value(), 1);
    QCOMPARE(outbox.countInState(OutboxRow::State::Pending).value(), 0);
}

void TestOutboxStore::removeAndRestore()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY(cache.ok());
    OutboxStore outbox(*cache.value());
    OutboxRow row;
    row.kind = u"group.member.add"_s;
    row.summary = u"Add alice to Engineering"_s;
    const qint64 id = outbox.append(row).value();
    const QList<OutboxRow> saved = outbox.rows().value();
    QVERIFY(outbox.remove(id).ok());
    QVERIFY(outbox.rows().value().isEmpty());
    QVERIFY(outbox.restore(saved).ok());
    QCOMPARE(outbox.rows().value().constFirst().summary, row.summary);
}

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "test_outbox_store.moc"
