#pragma once

#include <QStyledItemDelegate>

// Paints a navigation entry as usual, plus its object count right-aligned in the same row.
class NavigationItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int CountRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
