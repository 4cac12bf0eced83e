#include "ChangeMarkDelegate.h"

#include "ItemRoles.h"
#include "OutboxStateIcons.h"
#include "OutboxTouchedObjects.h"

#include <QPainter>

void ChangeMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using Mark = OutboxTouchedObjects::Mark;
    const auto mark = Mark(index.data(ItemRoles::ChangeMarkRole).toInt());
    if (mark == Mark::None)
        return QStyledItemDelegate::paint(painter, option, index);
    // The text gives up the icon's room, so a long name is elided rather than drawn under the mark.
    const int side = std::min(option.rect.height() - 4, 16);
    QStyleOptionViewItem textOption = option;
    textOption.rect.setRight(option.rect.right() - side - 6);
    QStyledItemDelegate::paint(painter, textOption, index);
    const QRect iconRect(option.rect.right() - side - 3, option.rect.center().y() - side / 2, side, side);
    const QIcon icon
        = OutboxStateIcons::icon(mark == Mark::Failed ? OutboxRow::State::Failed : OutboxRow::State::Pending);
    icon.paint(painter, iconRect);
}
