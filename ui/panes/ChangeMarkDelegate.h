#pragma once

#include <QStyledItemDelegate>

// Draws, at the right end of a row's first cell, the outbox state icon of an object with changes not in the directory
// yet (waiting, or failed), from ItemRoles::ChangeMarkRole. The tooltip says the same in words: not colour alone.
class ChangeMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
