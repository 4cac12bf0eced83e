#pragma once

#include <QSortFilterProxyModel>

// The preview's filter: every row, or only rows with errors, with warnings, or without either. Sorts by the raw
// values (ImportPreviewModel::SortRole), so line numbers sort as numbers.
class ImportPreviewFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewFilter)

public:
    enum class Show { All, Errors, Warnings, Ok };

    explicit ImportPreviewFilter(QObject *parent = nullptr);

    Show show() const { return m_show; }
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};
