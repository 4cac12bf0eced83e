// OutboxModel: columns, roles and counts; refresh applies a difference (no reset) so a view keeps
// its selection; always under QAbstractItemModelTester.
#include "CacheDatabase.h"
#include "OutboxChangeFactory.h"
#include "OutboxModel.h"
#include "OutboxStore.h"
#include "TempCache.h"
#include "VerifyResult.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

OutboxRow makeRow(
    qint64 id, const QString &summary, OutboxRow::State state = OutboxRow::State::Pending, const QString &batch = {})
{
    OutboxRow row;
    row.id = id;
    row.createdAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc()).addSecs(id * 60);
    row.updatedAt = row.createdAt;
    row.kind = u"user.activate"_s;
    row.summary = summary;
    row.state = state;
    row.batchId = batch;
    return row;
}

QList<qint64> idsOf(const OutboxModel &model)
{
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids.append(model.index(i, 0).data(OutboxModel::RowIdRole).toLongLong());
    return ids;
}

} // namespace

class TestOutboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndRoles();
    void differenceWithoutReset();
    void insertsBetweenAndAtBothEnds();
    void countsAndSignal();
    void batchColumnNumbersRowsOfABatch();
    void refreshReadsTheCache();
};

void TestOutboxModel::columnsAndRoles()
{
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OutboxRow failed = makeRow(7, u"Suspend user jdoe"_s, OutboxRow::State::Failed);
    failed.error = u"User not found\n(404)"_s;
    failed.objectId = u"u1"_s;
    model.setRows({ failed });
    QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));
    QCOMPARE(model.headerData(OutboxModel::Change, Qt::Horizontal).toString(), u"Change"_s);
    QCOMPARE(model.index(0, OutboxModel::Change).data().toString(), u"Suspend user jdoe"_s);
    QCOMPARE(model.index(0, OutboxModel::State).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(0, OutboxModel::Message).data().toString(), u"User not found (404)"_s);
    QVERIFY(model.index(0, OutboxModel::Message).data(Qt::ToolTipRole).toString().contains(u"User not found"_s));
    QCOMPARE(model.index(0, OutboxModel::Time).data(OutboxModel::RowIdRole).toLongLong(), 7);
    QCOMPARE(model.index(0, 0).data(OutboxModel::StateRole).toInt(), int(OutboxRow::State::Failed));
    QCOMPARE(model.index(0, 0).data(OutboxModel::ObjectIdRole).toString(), u"u1"_s);
    QCOMPARE(model.index(0, 0).data(OutboxModel::KindRole).toString(), u"user.activate"_s);
    QVERIFY(!model.index(0, OutboxModel::Time).data().toString().isEmpty());

    QPixmap red(8, 8);
    red.fill(Qt::red);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStateIcon(OutboxRow::State::Failed, QIcon(red));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.index(0, OutboxModel::State).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(0, OutboxModel::Change).data(Qt::DecorationRole).isValid());
}

void TestOutboxModel::differenceWithoutReset()
{
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ makeRow(1, u"a"_s), makeRow(2, u"b"_s), makeRow(3, u"c"_s), makeRow(4, u"d"_s) });
    QPersistentModelIndex kept = model.index(2, 0); // row id 3

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // 2 undone, 3 pushed, 5 added; 1 and 4 untouched.
    model.setRows(
        { makeRow(1, u"a"_s), makeRow(3, u"c"_s, OutboxRow::State::Done), makeRow(4, u"d"_s), makeRow(5, u"e"_s) });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(idsOf(model), (QList<qint64> { 1, 3, 4, 5 }));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 1);
    QCOMPARE(kept.data(OutboxModel::RowIdRole).toLongLong(), 3);

    // The same rows again: nothing at all.
    changed.clear();
    inserted.clear();
    removed.clear();
    model.setRows(
        { makeRow(1, u"a"_s), makeRow(3, u"c"_s, OutboxRow::State::Done), makeRow(4, u"d"_s), makeRow(5, u"e"_s) });
    QCOMPARE(changed.count() + inserted.count() + removed.count(), 0);

    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestOutboxModel::insertsBetweenAndAtBothEnds()
{
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ makeRow(3, u"c"_s), makeRow(6, u"f"_s) });
    // A restore can bring back older ids; rows arrive in id order.
    model.setRows({ makeRow(1, u"a"_s), makeRow(2, u"b"_s), makeRow(3, u"c"_s), makeRow(4, u"d"_s), makeRow(6, u"f"_s),
        makeRow(8, u"h"_s) });
    QCOMPARE(idsOf(model), (QList<qint64> { 1, 2, 3, 4, 6, 8 }));
    model.setRows({ makeRow(2, u"b"_s), makeRow(8, u"h"_s), makeRow(9, u"i"_s) });
    QCOMPARE(idsOf(model), (QList<qint64> { 2, 8, 9 }));
}

void TestOutboxModel::countsAndSignal()
{
    OutboxModel model;
    QSignalSpy counts(&model, &OutboxModel::countsChanged);
    model.setRows({ makeRow(1, u"a"_s), makeRow(2, u"b"_s, OutboxRow::State::Pushing),
        makeRow(3, u"c"_s, OutboxRow::State::Failed), makeRow(4, u"d"_s, OutboxRow::State::Done) });
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model.unsentCount(), 2);
    QCOMPARE(model.countInState(OutboxRow::State::Failed), 1);
    QCOMPARE(model.countInState(OutboxRow::State::Done), 1);
    // A change of text only keeps the counts, and says nothing.
    model.setRows({ makeRow(1, u"a2"_s), makeRow(2, u"b"_s, OutboxRow::State::Pushing),
        makeRow(3, u"c"_s, OutboxRow::State::Failed), makeRow(4, u"d"_s, OutboxRow::State::Done) });
    QCOMPARE(counts.count(), 1);
    model.setRows({ makeRow(1, u"a2"_s, OutboxRow::State::Done) });
    QCOMPARE(counts.count(), 2);
    QCOMPARE(model.unsentCount(), 0);
}

void TestOutboxModel::batchColumnNumbersRowsOfABatch()
{
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({ makeRow(1, u"a"_s, OutboxRow::State::Pending, u"b1"_s), makeRow(2, u"alone"_s),
        makeRow(3, u"b"_s, OutboxRow::State::Pending, u"b1"_s),
        makeRow(4, u"single"_s, OutboxRow::State::Pending, u"b2"_s) });
    QCOMPARE(model.index(0, OutboxModel::Batch).data().toString(), u"1 of 2"_s);
    QCOMPARE(model.index(1, OutboxModel::Batch).data().toString(), QString());
    QCOMPARE(model.index(2, OutboxModel::Batch).data().toString(), u"2 of 2"_s);
    QCOMPARE(model.index(3, OutboxModel::Batch).data().toString(), QString());
    QCOMPARE(model.index(2, 0).data(OutboxModel::BatchIdRole).toString(), u"b1"_s);
    // Undoing part of a batch re-numbers what is left.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows({ makeRow(2, u"alone"_s), makeRow(3, u"b"_s, OutboxRow::State::Pending, u"b1"_s) });
    QCOMPARE(model.index(1, OutboxModel::Batch).data().toString(), QString());
    QCOMPARE(changed.count(), 1);
}

void TestOutboxModel::refreshReadsTheCache()
{
    TempCache dir;
    auto cache = CacheDatabase::open(dir.path());
    QVERIFY_RESULT(cache);
    OutboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY_RESULT(model.refresh()); // no cache: empty, no error
    model.setCache(cache.value().get());
    QVERIFY_RESULT(model.refresh());
    QCOMPARE(model.rowCount(), 0);

    OutboxStore store(*cache.value());
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    const auto first = store.append(factory.suspendUser(u"u1"_s, u"jdoe"_s));
    QVERIFY_RESULT(first);
    QVERIFY_RESULT(store.append(factory.resetMfa(u"u1"_s, u"jdoe"_s, 7)));
    QVERIFY_RESULT(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OutboxModel::Change).data().toString(), u"Suspend user jdoe"_s);
    QCOMPARE(model.index(1, OutboxModel::Batch).data().toString(), u"2 of 2"_s);

    QVERIFY_RESULT(store.setState(first.value(), OutboxRow::State::Failed, u"Conflict"_s));
    QVERIFY_RESULT(model.refresh());
    QCOMPARE(model.index(0, OutboxModel::Message).data().toString(), u"Conflict"_s);
    QCOMPARE(model.countInState(OutboxRow::State::Failed), 1);

    model.setCache(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestOutboxModel)
#include "test_outbox_model.moc"
