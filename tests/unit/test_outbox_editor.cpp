// OutboxEditor: which rows undo, retry and discard touch (whole batches for undo, dependents by
// "<key>FromRow"), and applying a plan re-checks states so a row the pusher took is left alone.
#include "CacheDatabase.h"
#include "OutboxEditor.h"
#include "OutboxStore.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QTest>

using namespace Qt::StringLiterals;
using State = OutboxRow::State;
using Operation = OutboxEditor::Operation;

namespace {

OutboxRow row(qint64 id, State state, const QString &batch = {}, const QJsonObject &payload = {})
{
    OutboxRow r;
    r.id = id;
    r.state = state;
    r.batchId = batch;
    r.kind = u"binding.add"_s;
    r.summary = u"change %1"_s.arg(id);
    r.payload = payload;
    return r;
}

QJsonObject from(qint64 id)
{
    return QJsonObject { { u"userIdFromRow"_s, double(id) }, { u"deviceId"_s, u"d1"_s } };
}

} // namespace

class TestOutboxEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void applyLeavesRowsThePusherTook();
    void appendIsAllOrNothing();
};

void TestOutboxEditor::plans_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QList<OutboxRow>>("rows");
    QTest::addColumn<QList<qint64>>("picked");
    QTest::addColumn<QList<qint64>>("chosen");
    QTest::addColumn<QList<qint64>>("dependents");
    QTest::addColumn<QList<qint64>>("skipped");

    const QList<OutboxRow> batch { row(1, State::Done, u"b"_s), row(2, State::Pending, u"b"_s),
        row(3, State::Pending, u"b"_s), row(4, State::Pending, u"c"_s), row(5, State::Pending) };
    QTest::newRow("undo one row undoes its batch's pending rows")
        << int(Operation::Undo) << batch << QList<qint64> { 3 } << QList<qint64> { 2, 3 } << QList<qint64> {}
        << QList<qint64> { 1 };
    QTest::newRow("undo a row without batch") << int(Operation::Undo) << batch << QList<qint64> { 5 }
                                              << QList<qint64> { 5 } << QList<qint64> {} << QList<qint64> {};
    QTest::newRow("undo a done row: nothing")
        << int(Operation::Undo) << QList<OutboxRow> { row(1, State::Done) } << QList<qint64> { 1 } << QList<qint64> {}
        << QList<qint64> {} << QList<qint64> { 1 };
    QTest::newRow("undo a pushing row: nothing")
        << int(Operation::Undo) << QList<OutboxRow> { row(1, State::Pushing) } << QList<qint64> { 1 }
        << QList<qint64> {} << QList<qint64> {} << QList<qint64> { 1 };

    const QList<OutboxRow> chain { row(10, State::Pending, u"create"_s), row(11, State::Pending, u"bind"_s, from(10)),
        row(12, State::Pending, u"more"_s, from(11)), row(13, State::Pending) };
    QTest::newRow("undo a create takes what depends on it, transitively")
        << int(Operation::Undo) << chain << QList<qint64> { 10 } << QList<qint64> { 10 } << QList<qint64> { 11, 12 }
        << QList<qint64> {};
    QTest::newRow("undo a dependent leaves the create")
        << int(Operation::Undo) << chain << QList<qint64> { 11 } << QList<qint64> { 11 } << QList<qint64> { 12 }
        << QList<qint64> {};

    const QList<OutboxRow> failed { row(20, State::Failed, u"f"_s), row(21, State::Failed, u"f"_s, from(20)),
        row(22, State::Pending, {}, from(20)), row(23, State::Done), row(24, State::Failed) };
    QTest::newRow("retry sets failed rows pending, not the whole batch")
        << int(Operation::Retry) << failed << QList<qint64> { 24 } << QList<qint64> { 24 } << QList<qint64> {}
        << QList<qint64> {};
    QTest::newRow("retry takes the failed create it needs")
        << int(Operation::Retry) << failed << QList<qint64> { 21 } << QList<qint64> { 21 } << QList<qint64> { 20 }
        << QList<qint64> {};
    QTest::newRow("retry a pending or done row: nothing")
        << int(Operation::Retry) << failed << QList<qint64> { 22, 23 } << QList<qint64> {} << QList<qint64> {}
        << QList<qint64> { 22, 23 };
    QTest::newRow("discard a failed create takes its dependents, pending or failed")
        << int(Operation::Discard) << failed << QList<qint64> { 20 } << QList<qint64> { 20 } << QList<qint64> { 21, 22 }
        << QList<qint64> {};
    QTest::newRow("discard leaves pending rows picked directly")
        << int(Operation::Discard) << failed << QList<qint64> { 22, 24 } << QList<qint64> { 24 } << QList<qint64> {}
        << QList<qint64> { 22 };
}

void TestOutboxEditor::plans()
{
    QFETCH(int, operation);
    QFETCH(QList<OutboxRow>, rows);
    QFETCH(QList<qint64>, picked);
    QFETCH(QList<qint64>, chosen);
    QFETCH(QList<qint64>, dependents);
    QFETCH(QList<qint64>, skipped);
    const OutboxEditor::Plan plan = OutboxEditor::plan(Operation(operation), rows, picked);
    QCOMPARE(plan.chosen, chosen);
    QCOMPARE(plan.dependents, dependents);
    QCOMPARE(plan.skipped, skipped);
    QCOMPARE(plan.isEmpty(), chosen.isEmpty() && dependents.isEmpty());
}

void TestOutboxEditor::applyLeavesRowsThePusherTook()
{
    TempCache dir;
    auto opened = CacheDatabase::open(dir.path());
    QVERIFY_RESULT(opened);
    CacheDatabase &cache = *opened.value();
    OutboxStore store(cache);
    QList<OutboxRow> rows;
    for (int i = 0; i < 3; ++i)
        rows.append(row(0, State::Pending, u"b"_s));
    const auto ids = OutboxEditor::append(cache, rows);
    QVERIFY_RESULT(ids);
    QCOMPARE(ids.value().size(), 3);

    const auto plan = OutboxEditor::plan(Operation::Undo, store.rows().value(), { ids.value().at(0) });
    QCOMPARE(plan.chosen, ids.value());
    // The pusher starts on the first row after the admin chose Undo.
    QVERIFY_RESULT(store.setState(ids.value().at(0), State::Pushing));
    const auto undone = OutboxEditor::apply(cache, plan);
    QVERIFY_RESULT(undone);
    QCOMPARE(undone.value(), ids.value().mid(1));
    QCOMPARE(store.rows().value().size(), 1);
    QCOMPARE(store.rows().value().first().state, State::Pushing);

    QVERIFY_RESULT(store.setState(ids.value().at(0), State::Failed, u"Conflict"_s));
    const auto retried
        = OutboxEditor::apply(cache, OutboxEditor::plan(Operation::Retry, store.rows().value(), ids.value()));
    QVERIFY_RESULT(retried);
    QCOMPARE(retried.value(), ids.value().mid(0, 1));
    QCOMPARE(store.rows().value().first().state, State::Pending);
    QCOMPARE(store.rows().value().first().error, QString());

    QVERIFY_RESULT(store.setState(ids.value().at(0), State::Failed, u"Conflict"_s));
    const auto discarded
        = OutboxEditor::apply(cache, OutboxEditor::plan(Operation::Discard, store.rows().value(), ids.value()));
    QVERIFY_RESULT(discarded);
    QCOMPARE(store.rows().value().size(), 0);
}

void TestOutboxEditor::appendIsAllOrNothing()
{
    TempCache dir;
    auto opened = CacheDatabase::open(dir.path());
    QVERIFY_RESULT(opened);
    CacheDatabase &cache = *opened.value();
    // A transaction already open on the connection makes BEGIN IMMEDIATE fail: nothing is written.
    QVERIFY(cache.database().transaction());
    const auto failed = OutboxEditor::append(cache, { row(0, State::Pending), row(0, State::Pending) });
    QVERIFY(!failed.ok());
    QVERIFY(cache.database().rollback());
    QCOMPARE(OutboxStore(cache).rows().value().size(), 0);
    QVERIFY_RESULT(OutboxEditor::append(cache, { row(0, State::Pending), row(0, State::Pending) }));
    QCOMPARE(OutboxStore(cache).rows().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestOutboxEditor)
#include "test_outbox_editor.moc"
