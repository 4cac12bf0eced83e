#include "PendingChangesView.h"

#include "BatchReversal.h"
#include "BatchRevertFlow.h"
#include "MessageBox.h"
#include "OutboxModel.h"
#include "OutboxStateIcons.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = OutboxRow::State;
using Operation = OutboxEditor::Operation;

namespace {
// How many changes a confirmation names before it says "and N more".
constexpr int ListedChanges = 8;
} // namespace

PendingChangesView::PendingChangesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutboxModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
{
    setObjectName(u"pendingChangesView"_s);
    for (const State state : { State::Pending, State::Pushing, State::Done, State::Failed })
        m_model->setStateIcon(state, OutboxStateIcons::icon(state));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(OutboxModel::StateRole);

    m_filter->setObjectName(u"changesFilter"_s);
    m_filter->addItem(tr("All changes"), int(Filter::All));
    m_filter->addItem(tr("Pending"), int(Filter::Pending));
    m_filter->addItem(tr("Failed"), int(Filter::Failed));
    m_filter->addItem(tr("Done"), int(Filter::Done));
    m_filter->setAccessibleName(tr("Show changes"));
    m_summary->setObjectName(u"changesSummary"_s);

    m_table->setObjectName(u"changesTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::Change, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::Time, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::State, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::Batch, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(OutboxModel::Message, 260);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_placeholder->setObjectName(u"changesPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed: it is a note, not content
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);

    m_details->setObjectName(u"changeDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);

    buildActions();
    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_filter);
    bar->addWidget(showLabel);
    bar->addWidget(m_filter);
    for (QAction *action : { m_undo, m_retry, m_discard, m_revert }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + u"Button"_s);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    bar->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { setFilter(filter()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &OutboxModel::countsChanged, this, &PendingChangesView::emitCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PendingChangesView::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PendingChangesView::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PendingChangesView::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PendingChangesView::updatePlaceholder);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({ m_undo, m_retry, m_discard });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    setEnabled(false); // until setCache()
    updatePlaceholder();
    updateActions();
    updateDetails();
}

PendingChangesView::~PendingChangesView() = default;

QSize PendingChangesView::sizeHint() const
{
    // Wide enough for the time, a change and the directory's message side by side.
    const int line = fontMetrics().lineSpacing();
    return { line * 48, line * 18 };
}

void PendingChangesView::buildActions()
{
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(u"undoChangeAction"_s);
    m_undo->setToolTip(tr("Remove the selected pending changes (and the rest of their batch) before they are sent"));
    m_undo->setShortcut(QKeySequence::Delete);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_retry = new QAction(tr("&Retry"), this);
    m_retry->setObjectName(u"retryChangeAction"_s);
    m_retry->setToolTip(tr("Send the selected failed changes again"));
    m_discard = new QAction(tr("&Discard"), this);
    m_discard->setObjectName(u"discardChangeAction"_s);
    m_discard->setToolTip(tr("Remove the selected failed changes; the directory stays as it is"));
    m_revert = new QAction(tr("Re&vert…"), this);
    m_revert->setObjectName(u"revertBatchAction"_s);
    m_revert->setToolTip(tr("Take back the selected change's whole batch after it was sent: created users and groups "
                            "are deleted again, bindings and memberships removed, edits restored"));
    addActions({ m_undo, m_retry, m_discard, m_revert });
    connect(m_undo, &QAction::triggered, this, &PendingChangesView::undoSelected);
    connect(m_retry, &QAction::triggered, this, &PendingChangesView::retrySelected);
    connect(m_discard, &QAction::triggered, this, &PendingChangesView::discardSelected);
    connect(m_revert, &QAction::triggered, this, &PendingChangesView::revertSelected);
}

QString PendingChangesView::selectedBatch() const
{
    // One batch at a time: a revert is confirmed with what that batch did.
    QString batch;
    for (const qint64 id : selectedIds()) {
        const QString rowBatch = m_model->rowAt(m_model->rowOfId(id)).batchId;
        if (rowBatch.isEmpty() || (!batch.isEmpty() && rowBatch != batch))
            return {};
        batch = rowBatch;
    }
    return batch;
}

void PendingChangesView::revertSelected()
{
    if (!m_cache)
        return;
    refresh();
    const QString batch = selectedBatch();
    if (!batch.isEmpty()
        && BatchRevertFlow::run(this, *m_cache, m_model->rows(), batch, QDateTime::currentDateTimeUtc())) {
        refresh();
        emit outboxChanged();
    }
}

void PendingChangesView::setCache(CacheDatabase *cache)
{
    m_cache = cache;
    m_model->setCache(cache);
    setEnabled(cache != nullptr);
    refresh();
}

void PendingChangesView::refresh()
{
    if (const auto refreshed = m_model->refresh(); !refreshed)
        m_details->setText(tr("The pending changes could not be read: %1").arg(refreshed.error().detail));
    updatePlaceholder();
    updateActions();
    updateDetails();
}

PendingChangesView::Filter PendingChangesView::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

void PendingChangesView::setFilter(Filter value)
{
    m_filter->setCurrentIndex(m_filter->findData(int(value)));
    QString pattern;
    switch (value) {
    case Filter::Pending:
        pattern = u"^(%1|%2)$"_s.arg(int(State::Pending)).arg(int(State::Pushing));
        break;
    case Filter::Failed:
        pattern = u"^%1$"_s.arg(int(State::Failed));
        break;
    case Filter::Done:
        pattern = u"^%1$"_s.arg(int(State::Done));
        break;
    case Filter::All:
        break;
    }
    m_proxy->setFilterRegularExpression(pattern);
    updatePlaceholder();
}

QString PendingChangesView::summaryText() const
{
    const int pending = m_model->unsentCount();
    const int failed = m_model->countInState(State::Failed);
    QStringList parts;
    if (pending > 0)
        parts << tr("%n pending", nullptr, pending);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    return parts.join(u", "_s);
}

void PendingChangesView::emitCounts()
{
    const QString text = summaryText();
    m_summary->setText(text);
    emit countsChanged(m_model->unsentCount(), m_model->countInState(State::Failed));
    emit summaryChanged(text);
}

QList<qint64> PendingChangesView::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> sourceRows;
    for (const QModelIndex &index : rows)
        sourceRows.append(m_proxy->mapToSource(index).row());
    std::sort(sourceRows.begin(), sourceRows.end());
    for (const int row : std::as_const(sourceRows))
        ids.append(m_model->rowAt(row).id);
    return ids;
}

void PendingChangesView::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(OutboxModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
}

void PendingChangesView::updateActions()
{
    bool pending = false;
    bool failed = false;
    for (const qint64 id : selectedIds()) {
        const State state = m_model->rowAt(m_model->rowOfId(id)).state;
        pending = pending || state == State::Pending;
        failed = failed || state == State::Failed;
    }
    m_undo->setEnabled(m_cache && pending);
    m_retry->setEnabled(m_cache && failed);
    m_discard->setEnabled(m_cache && failed);
    const QString batch = selectedBatch();
    m_revert->setEnabled(m_cache && !batch.isEmpty() && BatchReversal::hasReversibleChange(m_model->rows(), batch));
}

void PendingChangesView::updateDetails()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        m_details->setText(ids.isEmpty() ? tr("Select a change to see it in full.")
                                         : tr("%n changes selected.", nullptr, int(ids.size())));
        return;
    }
    const OutboxRow &row = m_model->rowAt(m_model->rowOfId(ids.first()));
    QString text = row.summary + u'\n' + OutboxModel::stateText(row.state);
    if (row.attempts > 0)
        text += u" — "_s + tr("sent %n time(s)", nullptr, row.attempts);
    if (row.state == State::Failed)
        text += u'\n' + tr("The directory said: %1").arg(row.error.isEmpty() ? tr("(no message)") : row.error);
    else if (row.state == State::Pending)
        text += u'\n' + tr("Not sent yet; it can still be undone.");
    m_details->setText(text);
}

void PendingChangesView::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    QString text;
    switch (m_model->rowCount() == 0 ? Filter::All : filter()) {
    case Filter::All:
        text = tr("No changes. What you change — users, groups, bindings — waits here until the directory has it, "
                  "and can be undone until then.");
        break;
    case Filter::Pending:
        text = tr("Nothing waits to be sent.");
        break;
    case Filter::Failed:
        text = tr("No change failed.");
        break;
    case Filter::Done:
        text = tr("No change has been sent yet.");
        break;
    }
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

QString PendingChangesView::listText(const QList<qint64> &ids) const
{
    QStringList lines;
    for (const qint64 id : ids) {
        if (lines.size() == ListedChanges) {
            lines << tr("… and %n more", nullptr, int(ids.size() - ListedChanges));
            break;
        }
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            lines << u"• "_s + m_model->rowAt(row).summary.toHtmlEscaped();
    }
    return lines.join(u"<br>"_s);
}

void PendingChangesView::undoSelected()
{
    run(Operation::Undo);
}

void PendingChangesView::retrySelected()
{
    run(Operation::Retry);
}

void PendingChangesView::discardSelected()
{
    run(Operation::Discard);
}

bool PendingChangesView::run(Operation operation)
{
    if (!m_cache)
        return false;
    refresh(); // decide on the outbox as it is now, not as it was drawn
    const OutboxEditor::Plan plan = OutboxEditor::plan(operation, m_model->rows(), selectedIds());
    if (plan.isEmpty())
        return false;

    const int count = int(plan.all().size());
    MessageBox::Message message;
    message.icon = QMessageBox::Question;
    message.buttons = MessageBox::Ok | MessageBox::Cancel;
    message.defaultButton = MessageBox::Ok;
    QString text;
    QStringList notes;
    switch (operation) {
    case Operation::Undo:
        message.title = tr("Undo changes");
        text = tr("Undo %n change(s)? They have not been sent and will not be:", nullptr, count);
        if (!plan.dependents.isEmpty())
            notes << tr("Some of these depend on a change you chose, so they go with it.");
        if (!plan.skipped.isEmpty())
            notes << tr("Already sent or being sent, so they stay:") + u"<br>"_s + listText(plan.skipped);
        break;
    case Operation::Retry:
        message.title = tr("Retry changes");
        text = tr("Send %n change(s) again?", nullptr, count);
        if (!plan.dependents.isEmpty())
            notes << tr("This includes the failed changes they depend on.");
        break;
    case Operation::Discard:
        message.title = tr("Discard changes");
        text = tr(
            "Discard %n change(s)? The directory keeps what it has; these are removed from the list:", nullptr, count);
        if (!plan.dependents.isEmpty())
            notes << tr("Some of these wait for a change you discard and could only fail, so they go with it.");
        break;
    }
    message.text = text + u"<br>"_s + listText(plan.all());
    message.informativeText = notes.join(u"<br><br>"_s);
    // Retrying is harmless on its own: ask only when it brings in more than was picked.
    const bool ask = operation != Operation::Retry || !plan.dependents.isEmpty();
    if (ask && MessageBox::show(this, message) != MessageBox::Ok)
        return false;

    const auto applied = OutboxEditor::apply(*m_cache, plan);
    refresh();
    if (!applied) {
        MessageBox::show(this,
            { QMessageBox::Critical, message.title, tr("The pending changes could not be changed."),
                applied.error().detail, applied.error().code, MessageBox::Ok, MessageBox::Ok });
        return false;
    }
    if (applied.value().size() < count) {
        MessageBox::show(this,
            { QMessageBox::Information, message.title,
                tr("%n change(s) were sent meanwhile and were left as they are.", nullptr,
                    int(count - applied.value().size())),
                {}, {}, MessageBox::Ok, MessageBox::Ok });
    }
    emit outboxChanged();
    return !applied.value().isEmpty();
}
