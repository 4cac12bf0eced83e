#include "DetailsList.h"

#include "DetailsListItem.h"

#include <QHeaderView>

namespace {
constexpr int TargetIdRole = Qt::UserRole;
constexpr int TargetKindRole = Qt::UserRole + 1;
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
        if (columnWidth(column) > MaximumFittedColumnWidth)
            setColumnWidth(column, MaximumFittedColumnWidth);
    }
}

void DetailsList::activate(QTreeWidgetItem *item)
{
    const QString id = item->data(0, TargetIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT objectActivated(PaneKind(item->data(0, TargetKindRole).toInt()), id);
}
