#include "BindingController.h"

#include "BindDialog.h"
#include "BindPickerDialog.h"
#include "BindingDropPlanner.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "DropDescription.h"
#include "MessageBox.h"
#include "OutboxChangeFactory.h"
#include "OutboxEditor.h"
#include "OutboxStore.h"
#include "WorkerPool.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBindingController, "bindery.ui.binding")

namespace {

// Runs on a worker: its own connection, one read transaction, and the planner's indexes built there too.
Result<std::shared_ptr<const BindingDropPlanner>> loadPlanner(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = CacheDatabase::open(path);
    if (!opened)
        return opened.error();
    CacheDatabase &cache = *opened.value();
    QSqlDatabase db = cache.database();
    if (!db.transaction())
        return CacheDatabase::errorFrom(db.lastError(), u"starting to read the org for binding"_s);
    auto snapshot = CacheReader(cache).snapshot();
    db.rollback(); // only read; ending the transaction releases the snapshot
    if (!snapshot)
        return snapshot.error();
    auto planner = std::make_shared<const BindingDropPlanner>(std::move(snapshot).value());
    qCInfo(lcBindingController) << "read the org for binding in" << timer.elapsed() << "ms";
    return std::shared_ptr<const BindingDropPlanner>(std::move(planner));
}

// Also on a worker: the outbox is read fresh for every plan, so waiting changes count.
Result<QList<OutboxRow>> readOutbox(const QString &path)
{
    auto opened = CacheDatabase::open(path);
    if (!opened)
        return opened.error();
    return OutboxStore(*opened.value()).rows();
}

} // namespace

BindingController::BindingController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_bindToAction(new QAction(tr("&Bind to…"), this))
    , m_undoAction(new QAction(tr("&Undo"), this))
{
    m_bindToAction->setObjectName(u"bindToAction"_s);
    m_bindToAction->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_bindToAction->setStatusTip(tr("Bind the selected users or group to a device or group, or add the selected "
                                    "devices to a device group"));
    m_bindToAction->setEnabled(false);
    m_undoAction->setObjectName(u"undoBindingAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_bindToAction, &QAction::triggered, this, &BindingController::bindSelection);
    connect(m_undoAction, &QAction::triggered, this, &BindingController::undoLastBatch);
}

BindingController::~BindingController()
{
    // A read of the org still under way finishes before the window (and then the application) goes: it holds a
    // connection of its own, which must not outlive the SQL driver. At most the length of one read (~1 s, 50,000
    // users).
    if (m_loadWatcher)
        m_loadWatcher->waitForFinished();
}

BindDialog *BindingController::currentDialog() const
{
    return m_dialog;
}

BindPickerDialog *BindingController::currentPicker() const
{
    return m_picker;
}

void BindingController::setCache(CacheDatabase *cache, OrgLoad load)
{
    m_cache = cache;
    m_cachePath = cache ? cache->path() : QString();
    setLastBatch({}); // another cache's batch cannot be undone here
    m_bindToAction->setEnabled(cache != nullptr);
    if (load == OrgLoad::Now) {
        reloadOrg();
    } else {
        dropOrg();
        m_loadPending = !m_cachePath.isEmpty();
    }
}

void BindingController::loadOrg()
{
    if (m_loadPending)
        startLoading();
}

void BindingController::reloadOrg()
{
    dropOrg();
    if (!m_cachePath.isEmpty())
        startLoading();
}

void BindingController::dropOrg()
{
    m_loadPending = false;
    m_planner.reset();
    m_loadError.reset();
    ++m_loadGeneration;
    if (m_loadWatcher) {
        m_loadWatcher->disconnect(this);
        m_loadWatcher->deleteLater(); // the worker finishes on its own; its result is dropped
        m_loadWatcher = nullptr;
    }
}

void BindingController::startLoading()
{
    m_loadPending = false;
    m_loadWatcher = new QFutureWatcher<Result<PlannerPtr>>(this);
    connect(m_loadWatcher, &QFutureWatcherBase::finished, this, &BindingController::loadFinished);
    m_loadWatcher->setFuture(
        QtConcurrent::run(WorkerPool::instance(), [path = m_cachePath] { return loadPlanner(path); }));
}

void BindingController::loadFinished()
{
    auto *watcher = m_loadWatcher;
    m_loadWatcher = nullptr;
    Result<PlannerPtr> result = watcher->result();
    watcher->deleteLater();
    if (result) {
        m_planner = std::move(result).value();
        Q_EMIT orgReady();
    } else {
        m_loadError = result.error();
        qCWarning(lcBindingController) << "cannot read the org for binding:" << result.error().code
                                       << result.error().detail;
    }
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const auto &next : waiting)
        next();
}

void BindingController::whenOrgReady(std::function<void()> next)
{
    loadOrg();
    if (m_planner || m_loadError || !m_loadWatcher)
        next();
    else
        m_waiting.append(std::move(next));
}

QString BindingController::describeError(const Error &error) const
{
    return tr("Bindery could not work out this change: %1").arg(error.detail.isEmpty() ? error.code : error.detail);
}

BindDialog *BindingController::openDialog(const QString &heading)
{
    auto *dialog = new BindDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHeading(heading);
    m_dialog = dialog;
    connect(dialog, &BindDialog::confirmed, this, [this, dialog, heading] { commit(dialog, heading); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
    return dialog;
}

void BindingController::planInDialog(BindDialog *dialog, PlanFunction plan)
{
    QPointer<BindDialog> guard(dialog);
    whenOrgReady([this, guard, plan = std::move(plan)] {
        if (!guard)
            return;
        if (!m_planner) {
            guard->showFailure(describeError(m_loadError.value_or(Error { u"no-cache"_s, tr("No cache is open.") })));
            return;
        }
        // The worker holds its own reference: a reload meanwhile cannot pull the org from under it.
        auto *watcher = new QFutureWatcher<Result<BindingDropPlan>>(guard);
        connect(watcher, &QFutureWatcherBase::finished, guard, [watcher, guard, this] {
            Result<BindingDropPlan> result = watcher->result();
            if (result)
                guard->setPlan(std::move(result).value());
            else
                guard->showFailure(describeError(result.error()));
        });
        watcher->setFuture(QtConcurrent::run(
            WorkerPool::instance(), [planner = m_planner, path = m_cachePath, plan]() -> Result<BindingDropPlan> {
                auto outbox = readOutbox(path);
                if (!outbox)
                    return outbox.error();
                return plan(*planner, outbox.value());
            }));
    });
}

void BindingController::handleDrop(const ObjectDropRequest &request)
{
    if (!m_cache || request.operation == ObjectDropOperation::None)
        return;
    BindDialog *dialog = openDialog(DropDescription::describe(request));
    planInDialog(dialog, [request](const BindingDropPlanner &planner, const QList<OutboxRow> &outbox) {
        return planner.plan(request, outbox);
    });
}

void BindingController::requestUnbind(const QStringList &userIds, const QStringList &deviceIds)
{
    if (!m_cache || userIds.isEmpty() || deviceIds.isEmpty())
        return;
    BindDialog *dialog = openDialog(tr("Unbind"));
    connect(dialog, &BindDialog::planShown, dialog, [dialog] {
        // Names are known once planned: "Unbind alice from build-01".
        QStringList users;
        QStringList devices;
        for (const User &user : dialog->plan()->plan.input().users)
            users.append(user.username);
        for (const Device &device : dialog->plan()->plan.input().devices)
            devices.append(device.shownName());
        dialog->setHeading(DropDescription::unbind(users, devices));
    });
    planInDialog(dialog, [userIds, deviceIds](const BindingDropPlanner &planner, const QList<OutboxRow> &outbox) {
        return planner.planUnbind(userIds, deviceIds, outbox);
    });
}

void BindingController::setSelectionProvider(std::function<DraggedObjects()> provider)
{
    m_selectionProvider = std::move(provider);
}

void BindingController::bindSelection()
{
    const DraggedObjects selection = m_selectionProvider ? m_selectionProvider() : DraggedObjects {};
    if (selection.isEmpty() || selection.kind == ObjectKind::DeviceGroup) {
        Q_EMIT statusMessage(tr("Select users, a user group or devices first, then choose Bind to…"));
        return;
    }
    chooseTargetAndBind(selection);
}

void BindingController::chooseTargetAndBind(const DraggedObjects &selection)
{
    if (!m_cache || selection.isEmpty())
        return;
    whenOrgReady([this, selection] {
        if (!m_planner) {
            MessageBox::show(m_dialogParent,
                { QMessageBox::Warning, tr("Bind to"), describeError(m_loadError.value_or(Error {})), {}, {},
                    MessageBox::Ok, MessageBox::Ok });
            return;
        }
        auto *picker = new BindPickerDialog(m_planner->snapshot(), selection, m_dialogParent);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        m_picker = picker;
        connect(picker, &QDialog::accepted, this, [this, picker, selection] {
            const auto choice = picker->choice();
            if (!choice)
                return;
            if (const auto request = ObjectDropRequest::make(selection, choice->kind, choice->id, choice->name))
                handleDrop(*request);
        });
        picker->open();
    });
}

void BindingController::commit(BindDialog *dialog, const QString &description)
{
    const BindingDropPlan *plan = dialog->plan();
    if (!m_cache || !plan)
        return;
    const QString batchId = OutboxChangeFactory::newBatchId();
    const QList<OutboxRow> rows = BindingDropPlanner::changes(*plan, dialog->options(), batchId);
    if (rows.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    // One transaction: the pusher sees the whole batch or none of it.
    const auto added = OutboxEditor::append(*m_cache, rows);
    if (!added) {
        MessageBox::show(m_dialogParent,
            { QMessageBox::Critical, tr("Change not saved"),
                tr("Bindery could not save “%1” to the list of pending changes. Nothing was changed.").arg(description),
                {}, added.error().detail, MessageBox::Ok, MessageBox::Ok });
        return;
    }
    qCInfo(lcBindingController) << "queued" << rows.size() << "changes in" << timer.elapsed() << "ms";
    setLastBatch({ batchId, description, added.value().value(0) });
    Q_EMIT outboxChanged();
    Q_EMIT statusMessage((rows.size() == 1 ? tr("Queued %Ln change: %1", nullptr, 1)
                                           : tr("Queued %Ln changes: %1", nullptr, int(rows.size())))
                             .arg(description));
}

void BindingController::setLastBatch(Batch batch)
{
    const bool before = canUndo();
    m_lastBatch = std::move(batch);
    m_undoAction->setEnabled(canUndo());
    m_undoAction->setText(canUndo() ? tr("&Undo “%1”").arg(m_lastBatch.description) : tr("&Undo"));
    if (before != canUndo())
        Q_EMIT undoAvailableChanged(canUndo());
}

void BindingController::undoLastBatch()
{
    if (!m_cache || !canUndo())
        return;
    const Batch batch = m_lastBatch;
    // OutboxEditor undoes the whole batch of the row picked, re-reading every row's state inside one write
    // transaction: a change the pusher took meanwhile stays, and is named below.
    auto rows = OutboxStore(*m_cache).rows();
    Result<QList<qint64>> removed
        = rows ? Result<QList<qint64>>(QList<qint64> {}) : Result<QList<qint64>>(rows.error());
    QStringList alreadySent;
    if (rows) {
        const OutboxEditor::Plan plan
            = OutboxEditor::plan(OutboxEditor::Operation::Undo, rows.value(), { batch.firstRowId });
        removed = OutboxEditor::apply(*m_cache, plan);
        if (removed) {
            for (const OutboxRow &row : rows.value()) {
                if (row.batchId == batch.batchId && !removed.value().contains(row.id))
                    alreadySent.append(row.summary);
            }
        }
    }
    if (!removed) {
        MessageBox::show(m_dialogParent,
            { QMessageBox::Warning, tr("Undo failed"),
                tr("Bindery could not undo “%1”; the changes stay pending. Try again in a moment.")
                    .arg(batch.description),
                {}, removed.error().detail, MessageBox::Ok, MessageBox::Ok });
        return;
    }
    setLastBatch({});
    if (!removed.value().isEmpty())
        Q_EMIT outboxChanged();
    if (alreadySent.isEmpty()) {
        Q_EMIT statusMessage(tr("Undone: %1").arg(batch.description));
        return;
    }
    MessageBox::show(m_dialogParent,
        { QMessageBox::Information, tr("Partly undone"),
            tr("%1 of the changes of “%2” were removed. These were already sent to the directory and cannot be "
               "undone here:")
                .arg(removed.value().size())
                .arg(batch.description),
            alreadySent.join(u'\n'), {}, MessageBox::Ok, MessageBox::Ok });
}
