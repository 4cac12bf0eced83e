// PendingChangesView on a cache whose outbox the test fills and moves through states with
// OutboxStore (as the pusher would): counts and summary, filter, undo of a whole pending batch,
// retry and discard of failed rows with the directory's message shown, and what stays disabled.
#include "ChangesTestSupport.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "OutboxChangeFactory.h"
#include "OutboxModel.h"
#include "PendingChangesView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace ChangesTestSupport;
using State = OutboxRow::State;

class TestPendingChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyOutboxShowsThePlaceholder();
    void countsSummaryAndFilter();
    void undoRemovesTheWholePendingBatch();
    void undoTakesDependentsAlong();
    void retryAndDiscardFailedRows();
    void rowsThePusherHoldsCannotBeUndone();
    void revertQueuesTheReversalOfASentBatch();

private:
    qint64 append(const OutboxRow &row);
    QString details() const;

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<PendingChangesView> m_view;
    int m_caches = 0;
    // Rows made in init(): batch A (two pending), B (pending alone), C (failed), D (done).
    QList<qint64> m_batchA;
    qint64 m_b = 0;
    qint64 m_c = 0;
    qint64 m_d = 0;
};

void TestPendingChanges::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
}

qint64 TestPendingChanges::append(const OutboxRow &row)
{
    const auto id = OutboxStore(*m_cache).append(row);
    return id ? id.value() : -1;
}

QString TestPendingChanges::details() const
{
    return m_view->findChild<QLabel *>(u"changeDetails"_s)->text();
}

void TestPendingChanges::init()
{
    GuiTestSupport::resetState();
    m_cache = sampleCache(m_temp, u"pending-%1.sqlite"_s.arg(++m_caches));
    QVERIFY(m_cache);
    const OutboxChangeFactory dropA(OutboxChangeFactory::newBatchId());
    m_batchA = { append(dropA.bindUserToDevice(u"u6"_s, u"john.doe"_s, u"d3"_s, u"WIN-FIN-01"_s, false, false)),
        append(dropA.bindUserToDevice(u"u6"_s, u"john.doe"_s, u"d4"_s, u"WIN-SUP-07"_s, true, false)) };
    m_b = append(OutboxChangeFactory(OutboxChangeFactory::newBatchId()).suspendUser(u"u8"_s, u"heidi"_s));
    m_c = append(OutboxChangeFactory(OutboxChangeFactory::newBatchId()).renameDevice(u"d5"_s, u"x"_s, u"Build"_s));
    m_d = append(OutboxChangeFactory(OutboxChangeFactory::newBatchId()).activateUser(u"u2"_s, u"bob"_s));
    OutboxStore store(*m_cache);
    QVERIFY_RESULT(store.setState(m_c, State::Failed, u"Device name already in use (409)"_s));
    QVERIFY_RESULT(store.setState(m_d, State::Done));
    m_view = std::make_unique<PendingChangesView>();
    m_view->resize(900, 420);
}

void TestPendingChanges::cleanup()
{
    m_view.reset();
    m_cache.reset();
}

void TestPendingChanges::emptyOutboxShowsThePlaceholder()
{
    TempCache temp;
    auto empty = sampleCache(temp, u"empty.sqlite"_s);
    QVERIFY(empty);
    PendingChangesView view;
    QVERIFY(!view.isEnabled()); // no cache yet
    view.setCache(empty.get());
    QVERIFY(view.isEnabled());
    auto *stack = view.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), u"changesPlaceholder"_s);
    QVERIFY(view.findChild<QLabel *>(u"changesPlaceholder"_s)->text().startsWith(u"No changes."_s));
    QCOMPARE(view.summaryText(), QString());
    QVERIFY(!view.undoAction()->isEnabled());
    view.resize(900, 300);
    screenshot(&view, u"pending-empty"_s);
    view.setCache(nullptr);
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestPendingChanges::countsSummaryAndFilter()
{
    QSignalSpy counts(m_view.get(), &PendingChangesView::countsChanged);
    QSignalSpy summary(m_view.get(), &PendingChangesView::summaryChanged);
    m_view->setCache(m_cache.get());
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_view->model()->rowCount(), 5);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 3);
    QCOMPARE(counts.last().at(1).toInt(), 1);
    QCOMPARE(summary.last().at(0).toString(), u"3 pending, 1 failed"_s);
    QCOMPARE(m_view->findChild<QLabel *>(u"changesSummary"_s)->text(), u"3 pending, 1 failed"_s);
    m_view->selectIds({ m_c });
    screenshot(m_view.get(), u"pending-view"_s);

    m_view->setFilter(PendingChangesView::Filter::Failed);
    QCOMPARE(m_view->table()->model()->rowCount(), 1);
    QCOMPARE(m_view->table()->model()->index(0, OutboxModel::Message).data().toString(),
        u"Device name already in use (409)"_s);
    m_view->setFilter(PendingChangesView::Filter::Pending);
    QCOMPARE(m_view->table()->model()->rowCount(), 3);
    m_view->setFilter(PendingChangesView::Filter::Done);
    QCOMPARE(m_view->table()->model()->rowCount(), 1);
    QCOMPARE(m_view->findChild<QComboBox *>(u"changesFilter"_s)->currentText(), u"Done"_s);
    m_view->setFilter(PendingChangesView::Filter::All);
    QCOMPARE(m_view->table()->model()->rowCount(), 5);

    // The pusher finishes B: a refresh moves the counts.
    QVERIFY_RESULT(OutboxStore(*m_cache).setState(m_b, State::Done));
    m_view->refresh();
    QCOMPARE(summary.last().at(0).toString(), u"2 pending, 1 failed"_s);
}

void TestPendingChanges::undoRemovesTheWholePendingBatch()
{
    m_view->setCache(m_cache.get());
    QSignalSpy changed(m_view.get(), &PendingChangesView::outboxChanged);
    m_view->selectIds({ m_batchA.at(1) }); // one row of the batch
    QVERIFY(m_view->undoAction()->isEnabled());
    QVERIFY(!m_view->retryAction()->isEnabled());
    QVERIFY(!m_view->discardAction()->isEnabled());
    QVERIFY(details().contains(u"can still be undone"_s));

    MessageBox::setNextAnswer(MessageBox::Cancel);
    m_view->undoSelected();
    QCOMPARE(outbox(*m_cache).size(), 5);
    const MessageBox::Message asked = MessageBox::history().last();
    QVERIFY2(asked.text.contains(u"Undo 2 change"_s), qPrintable(asked.text));
    QVERIFY(asked.text.contains(u"Bind john.doe to WIN-FIN-01"_s));
    QVERIFY(asked.text.contains(u"Bind john.doe to WIN-SUP-07 as administrator"_s));

    MessageBox::setNextAnswer(MessageBox::Ok);
    m_view->undoSelected();
    QList<qint64> left;
    for (const OutboxRow &row : outbox(*m_cache))
        left << row.id;
    QCOMPARE(left, (QList<qint64> { m_b, m_c, m_d }));
    QCOMPARE(m_view->model()->rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_view->summaryText(), u"1 pending, 1 failed"_s);
}

void TestPendingChanges::undoTakesDependentsAlong()
{
    const OutboxChangeFactory form(OutboxChangeFactory::newBatchId());
    const qint64 create = append(form.createUser(QJsonObject { { u"username"_s, u"newbie"_s } }));
    OutboxRow bind = OutboxChangeFactory(OutboxChangeFactory::newBatchId())
                         .bindUserToDevice({}, u"newbie"_s, u"d1"_s, u"alice-mbp"_s, false, false);
    bind.payload.remove(u"userId"_s);
    bind.payload.insert(u"userIdFromRow"_s, double(create));
    const qint64 bound = append(bind);
    m_view->setCache(m_cache.get());
    m_view->selectIds({ create });
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_view->undoSelected();
    QVERIFY(MessageBox::history().last().informativeText.contains(u"depend on a change you chose"_s));
    for (const OutboxRow &row : outbox(*m_cache))
        QVERIFY(row.id != create && row.id != bound);
}

void TestPendingChanges::retryAndDiscardFailedRows()
{
    m_view->setCache(m_cache.get());
    m_view->selectIds({ m_c });
    QVERIFY(details().contains(u"The directory said: Device name already in use (409)"_s));
    QVERIFY(!m_view->undoAction()->isEnabled());
    QVERIFY(m_view->retryAction()->isEnabled());
    QVERIFY(m_view->discardAction()->isEnabled());

    m_view->retrySelected(); // no question: retrying on its own is harmless
    QCOMPARE(MessageBox::history().size(), 0);
    QCOMPARE(outbox(*m_cache).at(3).state, State::Pending);
    QCOMPARE(outbox(*m_cache).at(3).error, QString());
    QCOMPARE(m_view->summaryText(), u"4 pending"_s);

    QVERIFY_RESULT(OutboxStore(*m_cache).setState(m_c, State::Failed, u"Device name already in use (409)"_s));
    m_view->refresh();
    m_view->selectIds({ m_c });
    MessageBox::setNextAnswer(MessageBox::Cancel);
    m_view->discardSelected();
    QCOMPARE(outbox(*m_cache).size(), 5);
    QVERIFY(MessageBox::history().last().text.contains(u"Rename device Build to x"_s));
    MessageBox::setNextAnswer(MessageBox::Ok);
    m_view->discardSelected();
    QCOMPARE(outbox(*m_cache).size(), 4);
    QCOMPARE(m_view->model()->countInState(State::Failed), 0);
}

void TestPendingChanges::rowsThePusherHoldsCannotBeUndone()
{
    QVERIFY_RESULT(OutboxStore(*m_cache).setState(m_b, State::Pushing));
    m_view->setCache(m_cache.get());
    m_view->selectIds({ m_b, m_d });
    QVERIFY(!m_view->undoAction()->isEnabled());
    QVERIFY(!m_view->retryAction()->isEnabled());
    QVERIFY(!m_view->discardAction()->isEnabled());
    QCOMPARE(
        m_view->model()->index(m_view->model()->rowOfId(m_b), OutboxModel::State).data().toString(), u"Sending…"_s);

    // Picked while pending, taken by the pusher before the admin confirmed: left alone.
    QVERIFY_RESULT(OutboxStore(*m_cache).setState(m_b, State::Pending));
    m_view->refresh();
    m_view->selectIds({ m_b });
    QVERIFY(m_view->undoAction()->isEnabled());
    QVERIFY_RESULT(OutboxStore(*m_cache).setState(m_b, State::Pushing));
    m_view->undoSelected(); // refreshes first, finds nothing to undo, asks nothing
    QCOMPARE(MessageBox::history().size(), 0);
    QCOMPARE(outbox(*m_cache).size(), 5);
}

void TestPendingChanges::revertQueuesTheReversalOfASentBatch()
{
    m_view->setCache(m_cache.get());
    // Batch A was sent: both bindings done. Revert queues the two unbinds as one new batch.
    OutboxStore store(*m_cache);
    for (const qint64 id : std::as_const(m_batchA))
        QVERIFY_RESULT(store.setState(id, State::Done));
    m_view->refresh();
    m_view->selectIds({ m_batchA.first() });
    QVERIFY(m_view->revertAction()->isEnabled());
    QVERIFY(!m_view->undoAction()->isEnabled()); // nothing of it waits any more
    m_view->selectIds({ m_d }); // an activation cannot be reversed
    QVERIFY(!m_view->revertAction()->isEnabled());

    m_view->selectIds({ m_batchA.last() });
    QSignalSpy changed(m_view.get(), &PendingChangesView::outboxChanged);
    MessageBox::setNextAnswer(MessageBox::Cancel);
    m_view->revertAction()->trigger();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_view->model()->rowCount(), 5);
    const MessageBox::Message asked = MessageBox::history().constLast();
    QVERIFY2(asked.text.contains(u"These 2 changes will be sent to reverse what the directory did"_s),
        qPrintable(asked.text));
    QVERIFY(asked.text.contains(u"Unbind john.doe from WIN-FIN-01"_s));

    MessageBox::setNextAnswer(MessageBox::Ok);
    m_view->revertAction()->trigger();
    QCOMPARE(changed.count(), 1);
    const auto rows = store.rows();
    QVERIFY(rows);
    QStringList reversals;
    for (const OutboxRow &row : rows.value()) {
        if (row.batchId.endsWith(u"-revert"_s)) {
            QCOMPARE(row.state, State::Pending);
            reversals << row.summary;
        }
    }
    QCOMPARE(reversals, (QStringList { u"Unbind john.doe from WIN-SUP-07"_s, u"Unbind john.doe from WIN-FIN-01"_s }));
    QTRY_COMPARE(m_view->model()->rowCount(), 7);
    // Reverted once: the action goes off for that batch.
    m_view->selectIds({ m_batchA.first() });
    QVERIFY(!m_view->revertAction()->isEnabled());
    screenshot(m_view.get(), u"pending-reverted"_s);
}

QTEST_MAIN(TestPendingChanges)
#include "test_pending_changes.moc"
