#include "ObjectPane.h"

#include "ItemRoles.h"
#include "ObjectFilterProxyModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Wide enough for an e-mail address, narrow enough that one long description cannot push
// every other column off screen.
constexpr int MaximumFittedColumnWidth = 260;
// Rows sampled when fitting columns: enough to be representative, cheap with 50,000 rows.
constexpr int ColumnFitSampleRows = 200;
} // namespace

ObjectPane::ObjectPane(PaneKind kind, QAbstractItemModel *sourceModel, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_sourceModel(sourceModel)
    , m_proxy(new ObjectFilterProxyModel(this))
    , m_searchField(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
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

    auto *top = new QHBoxLayout;
    top->addWidget(m_searchField, 1);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
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
