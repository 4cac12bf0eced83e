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

bool ImportPreviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_show == Show::All)
        return true;
    const auto status = ImportRowStatus(
        sourceModel()->index(sourceRow, 0, sourceParent).data(ImportPreviewModel::StatusRole).toInt());
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
