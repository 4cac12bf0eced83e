#include "ObjectPane.h"

#include "ChangeMarkDelegate.h"
#include "DropDescription.h"
#include "ItemRoles.h"
#include "ObjectDragDropModel.h"
#include "ObjectFilterProxyModel.h"
#include "ObjectMimeData.h"

#include <QAction>
#include <QCursor>
#include <QDragMoveEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRubberBand>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Wide enough for an e-mail address, narrow enough that one long description cannot push
// every other column off screen.
constexpr int MaximumFittedColumnWidth = 260;
// Rows sampled when fitting columns: enough to be representative, cheap with 50,000 rows.
constexpr int ColumnFitSampleRows = 200;
// While dragging, resting this close to the top or bottom edge scrolls the table, a row at a time.
constexpr int AutoScrollMarginRows = 2;
constexpr int AutoScrollIntervalMs = 60;
} // namespace

ObjectPane::ObjectPane(PaneKind kind, QAbstractItemModel *sourceModel, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_sourceModel(sourceModel)
    , m_proxy(new ObjectFilterProxyModel(this))
    , m_searchField(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_dragModel(qobject_cast<ObjectDragDropModel *>(sourceModel))
    , m_dropHint(new QLabel(this))
    , m_dropHighlight(new QRubberBand(QRubberBand::Rectangle, m_table->viewport()))
    , m_autoScrollTimer(new QTimer(this))
{
    const QString key = PaneKinds::key(kind);
    setObjectName(key + "Pane"_L1);
    m_proxy->setSourceModel(sourceModel);

    m_searchField->setObjectName(key + "SearchField"_L1);
    m_searchField->setPlaceholderText(PaneKinds::filterPlaceholder(kind));
    m_searchField->setAccessibleName(PaneKinds::filterAccessibleName(kind));
    m_searchField->setClearButtonEnabled(true);

    m_table->setObjectName(key + "Table"_L1);
    m_table->setAccessibleName(PaneKinds::title(kind));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the window
    m_table->setItemDelegateForColumn(0, new ChangeMarkDelegate(m_table)); // waiting or failed changes
    // Fixed row heights: the view never measures 50,000 rows.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setResizeContentsPrecision(ColumnFitSampleRows);

    m_countLabel->setObjectName(key + "CountLabel"_L1);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Drag and drop: the model decides what may go where; the pane only switches it on and shows the target.
    // Copy only, so a finished drag never asks the source view to remove its rows.
    m_table->setDragEnabled(m_dragModel != nullptr);
    m_table->setAcceptDrops(m_dragModel != nullptr);
    m_table->viewport()->setAcceptDrops(m_dragModel != nullptr);
    m_table->setDragDropMode(m_dragModel ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setDragDropOverwriteMode(true); // drops land on a row, never between rows
    m_table->viewport()->installEventFilter(this);
    m_dropHighlight->setObjectName(key + "DropHighlight"_L1);
    m_dropHighlight->setAttribute(Qt::WA_TransparentForMouseEvents); // drag events go on to the viewport
    m_dropHighlight->hide();
    m_dropHint->setObjectName(key + "DropHint"_L1);
    m_dropHint->setWordWrap(true);
    m_dropHint->hide();
    m_autoScrollTimer->setInterval(AutoScrollIntervalMs);
    connect(m_autoScrollTimer, &QTimer::timeout, this, &ObjectPane::autoScroll);
    if (m_dragModel) {
        connect(m_dragModel, &ObjectDragDropModel::dropRequested, this, &ObjectPane::dropRequested);
        const ObjectKind objectKind = m_dragModel->objectKind();
        if (objectKind != ObjectKind::DeviceGroup) {
            m_bindToAction
                = new QAction(objectKind == ObjectKind::Device ? tr("&Add to device group…") : tr("&Bind to…"), this);
            m_bindToAction->setObjectName(key + "BindToAction"_L1);
            connect(m_bindToAction, &QAction::triggered, this, [this] {
                const DraggedObjects selection = selectedObjects();
                if (!selection.isEmpty())
                    Q_EMIT bindToRequested(selection);
            });
        }
    }
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ObjectPane::showContextMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_searchField, 1);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_dropHint);
    setFocusProxy(m_searchField);

    connect(m_searchField, &QLineEdit::textChanged, m_proxy, &ObjectFilterProxyModel::setFilterText);
    connect(m_searchField, &QLineEdit::returnPressed, this, &ObjectPane::moveFocusToTable);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_proxy, signal, this, &ObjectPane::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ObjectPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ObjectPane::updateCount);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ObjectPane::announceCurrentObject);
    // A filter or a reload can drop the current row without currentRowChanged (a layout change
    // invalidates it silently), so the pane re-checks after every structural change.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ObjectPane::announceCurrentObject);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ObjectPane::announceCurrentObject);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ObjectPane::announceCurrentObject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ObjectPane::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ObjectPane::selectionChanged);
    updateCount();
}

QString ObjectPane::currentObjectId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ItemRoles::ObjectIdRole).toString() : QString();
}

bool ObjectPane::selectObject(const QString &objectId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ItemRoles::ObjectIdRole).toString() == objectId) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ObjectPane::announceCurrentObject()
{
    const QString objectId = currentObjectId();
    if (objectId == m_announcedObjectId)
        return;
    m_announcedObjectId = objectId;
    Q_EMIT currentObjectChanged(objectId);
}

void ObjectPane::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void ObjectPane::moveFocusToTable()
{
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

int ObjectPane::visibleCount() const
{
    return m_proxy->rowCount();
}

int ObjectPane::totalCount() const
{
    return m_sourceModel->rowCount();
}

void ObjectPane::updateCount()
{
    const int visible = visibleCount();
    const int total = totalCount();
    m_countLabel->setText(PaneKinds::countText(m_kind, visible, total));
    Q_EMIT countsChanged(visible, total);
}

QByteArray ObjectPane::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ObjectPane::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    m_headerRestored = m_table->horizontalHeader()->restoreState(state);
}

void ObjectPane::fitColumnsIfNotRestored()
{
    if (m_headerRestored || m_columnsFitted || m_proxy->rowCount() == 0)
        return;
    m_columnsFitted = true;
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionSize(column) > MaximumFittedColumnWidth)
            header->resizeSection(column, MaximumFittedColumnWidth);
    }
}

DraggedObjects ObjectPane::selectedObjects() const
{
    if (!m_dragModel)
        return {};
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QModelIndexList sourceRows;
    sourceRows.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        sourceRows.append(m_proxy->mapToSource(row));
    return m_dragModel->objectsAt(sourceRows);
}

QString ObjectPane::dropHint() const
{
    return m_dropHint->isVisibleTo(this) ? m_dropHint->text() : QString();
}

std::optional<ObjectDropRequest> ObjectPane::dropRequestAt(const QMimeData *data, const QModelIndex &proxyIndex) const
{
    if (!m_dragModel || !proxyIndex.isValid())
        return std::nullopt;
    return m_dragModel->dropRequest(data, m_proxy->mapToSource(proxyIndex.siblingAtColumn(0)));
}

bool ObjectPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::DragLeave:
        case QEvent::Drop:
            return handleDrag(event);
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ObjectPane::handleDrag(QEvent *event)
{
    if (event->type() == QEvent::DragLeave) {
        clearDropTarget();
        return false; // the view resets its own drag state too
    }
    auto *drag = static_cast<QDropEvent *>(event);
    const QMimeData *data = drag->mimeData();
    if (!m_dragModel || !data || !data->hasFormat(ObjectMimeData::mimeType())) {
        clearDropTarget();
        drag->ignore();
        return true; // foreign data never lands on the tables
    }
    const QPoint position = drag->position().toPoint();
    const QModelIndex index = m_table->indexAt(position);
    const auto request = dropRequestAt(data, index);

    if (event->type() == QEvent::Drop) {
        clearDropTarget();
        // Through the proxy, so the model's dropMimeData (and only it) decides and announces the drop.
        if (request && m_proxy->dropMimeData(data, Qt::CopyAction, -1, -1, index.siblingAtColumn(0))) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }

    auto *move = static_cast<QDragMoveEvent *>(event);
    if (request) {
        showDropTarget(index, DropDescription::describe(*request));
        move->setDropAction(Qt::CopyAction);
        move->accept();
    } else {
        const auto objects = ObjectMimeData::decode(data);
        if (objects && index.isValid())
            showDropTarget({},
                DropDescription::refusal(*objects, m_dragModel->objectKind(),
                    index.siblingAtColumn(0).data(ItemRoles::ObjectIdRole).toString()));
        else
            clearDropTarget();
        // The enter must be accepted or no move follows; the cursor still shows "no drop" until a row takes it.
        if (event->type() == QEvent::DragEnter && ObjectDropRequest::acceptsDrops(m_dragModel->objectKind()))
            move->acceptProposedAction();
        else
            move->ignore();
    }

    const int margin = AutoScrollMarginRows * m_table->verticalHeader()->defaultSectionSize();
    m_autoScrollStep = position.y() < margin ? -1 : position.y() > m_table->viewport()->height() - margin ? 1 : 0;
    if (m_autoScrollStep != 0 && !m_autoScrollTimer->isActive())
        m_autoScrollTimer->start();
    return true;
}

void ObjectPane::showDropTarget(const QModelIndex &proxyIndex, const QString &hint)
{
    if (proxyIndex.isValid()) {
        // The whole row, not the one cell under the cursor: the row is the object.
        const int row = proxyIndex.row();
        m_dropHighlight->setGeometry(
            0, m_table->rowViewportPosition(row), m_table->viewport()->width(), m_table->rowHeight(row));
        m_dropHighlight->show();
        m_dropHighlight->setToolTip(hint);
    } else {
        m_dropHighlight->hide();
    }
    if (m_dropHint->text() != hint || m_dropHint->isHidden()) {
        m_dropHint->setText(hint);
        m_dropHint->show();
        m_table->viewport()->setToolTip(hint);
        if (m_table->viewport()->isVisible())
            QToolTip::showText(QCursor::pos(), hint, m_table->viewport());
        Q_EMIT dropHintChanged(hint);
    }
}

void ObjectPane::clearDropTarget()
{
    m_autoScrollTimer->stop();
    m_autoScrollStep = 0;
    m_dropHighlight->hide();
    if (!m_dropHint->isHidden()) {
        m_dropHint->hide();
        m_dropHint->clear();
        m_table->viewport()->setToolTip({});
        QToolTip::hideText();
        Q_EMIT dropHintChanged({});
    }
}

void ObjectPane::autoScroll()
{
    QScrollBar *bar = m_table->verticalScrollBar();
    if (m_autoScrollStep == 0 || (m_autoScrollStep < 0 && bar->value() == bar->minimum())
        || (m_autoScrollStep > 0 && bar->value() == bar->maximum())) {
        m_autoScrollTimer->stop();
        return;
    }
    bar->triggerAction(
        m_autoScrollStep < 0 ? QAbstractSlider::SliderSingleStepSub : QAbstractSlider::SliderSingleStepAdd);
}

QStringList ObjectPane::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(ItemRoles::ObjectIdRole).toString());
    return ids;
}

void ObjectPane::showContextMenu(const QPoint &position)
{
    // A right click selects the row under it first (the view does that), so the actions apply to what is shown.
    QMenu menu(this);
    if (m_bindToAction && m_table->indexAt(position).isValid())
        menu.addAction(m_bindToAction);
    if (!menu.isEmpty() && !m_contextActions.isEmpty())
        menu.addSeparator();
    menu.addActions(m_contextActions);
    if (!menu.isEmpty())
        menu.exec(m_table->viewport()->mapToGlobal(position));
}
