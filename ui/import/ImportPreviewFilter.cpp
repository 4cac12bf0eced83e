#include "ImportPreviewFilter.h"

#include "ImportPreviewModel.h"
#include "ImportRowResult.h"

ImportPreviewFilter::ImportPreviewFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImportPreviewModel::SortRole);
    // An edit that fixes a row moves it out of "errors" at once: the filter follows the data.
    setDynamicSortFilter(true);
}

void ImportPreviewFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

void ImportPreviewFilter::setSourceModel(QAbstractItemModel *model)
{
    m_preview = qobject_cast<const ImportPreviewModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ImportPreviewFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_preview && left.column() == right.column()) {
        const std::optional<qint64> a = m_preview->numericSortKey(left.row(), left.column());
        const std::optional<qint64> b = m_preview->numericSortKey(right.row(), right.column());
        if (a && b)
            return *a < *b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ImportPreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_show == Show::All)
        return true;
    const qint64 statusKey = m_preview
        ? m_preview->numericSortKey(sourceRow, ImportPreviewModel::StatusColumn).value_or(0)
        : sourceModel()->index(sourceRow, 0, sourceParent).data(ImportPreviewModel::StatusRole).toInt();
    const auto status = ImportRowStatus(statusKey);
    switch (m_show) {
    case Show::Errors:
        return status == ImportRowStatus::Error;
    case Show::Warnings:
        return status == ImportRowStatus::Warning;
    case Show::Ok:
        return status == ImportRowStatus::Ok;
    case Show::All:
        break;
    }
    return true;
}
