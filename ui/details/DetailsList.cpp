#include "DetailsList.h"

#include "DetailsListItem.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaximumFittedColumnWidth = 260;
} // namespace

DetailsList::DetailsList(const QString &objectName, const QStringList &headers, QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(objectName);
    setColumnCount(int(headers.size()));
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    header()->setSortIndicator(0, Qt::AscendingOrder);
    connect(this, &QTreeWidget::itemActivated, this, &DetailsList::activate);
}

QTreeWidgetItem *DetailsList::addRow(const QStringList &cells, PaneKind targetKind, const QString &targetId)
{
    auto *item = new DetailsListItem(cells);
    // Paths and descriptions are often wider than their column: the full text is a hover away.
    for (int column = 0; column < cells.size(); ++column)
        item->setToolTip(column, cells.at(column));
    if (!targetId.isEmpty()) {
        item->setData(0, TargetIdRole, targetId);
        item->setData(0, TargetKindRole, int(targetKind));
        item->setToolTip(0, tr("%1 — double-click or press Enter to open").arg(cells.value(0)));
    }
    addTopLevelItem(item);
    return item;
}

void DetailsList::finishRows()
{
    sortItems(header()->sortIndicatorSection(), header()->sortIndicatorOrder());
    for (int column = 0; column + 1 < columnCount(); ++column) {
        resizeColumnToContents(column);
        if (column != m_uncappedColumn && columnWidth(column) > MaximumFittedColumnWidth)
            setColumnWidth(column, MaximumFittedColumnWidth);
    }
}

void DetailsList::activate(QTreeWidgetItem *item)
{
    const QString id = item->data(0, TargetIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT objectActivated(PaneKind(item->data(0, TargetKindRole).toInt()), id);
}

void DetailsList::enableUnbind()
{
    if (m_unbindAction)
        return;
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_unbindAction = new QAction(tr("&Unbind…"), this);
    m_unbindAction->setObjectName(objectName() + "UnbindAction"_L1);
    m_unbindAction->setShortcut(QKeySequence::Delete);
    m_unbindAction->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_unbindAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &DetailsList::showContextMenu);
    connect(this, &QTreeWidget::itemSelectionChanged, this, &DetailsList::updateUnbindAction);
    connect(m_unbindAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedDirectTargetIds();
        if (!ids.isEmpty())
            Q_EMIT unbindRequested(ids);
    });
    updateUnbindAction();
}

QStringList DetailsList::selectedDirectTargetIds() const
{
    QStringList ids;
    for (int row = 0; row < topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = topLevelItem(row);
        if (item->isSelected() && item->data(0, DirectBindingRole).toBool())
            ids.append(item->data(0, TargetIdRole).toString());
    }
    return ids;
}

void DetailsList::updateUnbindAction()
{
    const bool anySelected = !selectedItems().isEmpty();
    const bool direct = !selectedDirectTargetIds().isEmpty();
    m_unbindAction->setEnabled(direct);
    // Say why a selected row cannot be unbound here, instead of an unexplained grey entry.
    m_unbindAction->setText(
        anySelected && !direct ? tr("Unbind… (access is through a group; change the group instead)") : tr("&Unbind…"));
}

void DetailsList::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = itemAt(position);
    if (!item)
        return;
    QMenu menu(this);
    if (!item->data(0, TargetIdRole).toString().isEmpty())
        menu.addAction(tr("&Open"), this, [this, item] { activate(item); });
    menu.addAction(m_unbindAction);
    menu.exec(viewport()->mapToGlobal(position));
}
