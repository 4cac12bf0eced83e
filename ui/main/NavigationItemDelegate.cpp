#include "NavigationItemDelegate.h"

#include <QLocale>
#include <QPainter>

void NavigationItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant count = index.data(CountRole);
    if (!count.isValid())
        return;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect textRect = option.rect.adjusted(0, 0, -8, 0);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(count.toInt()));
    painter->restore();
}
