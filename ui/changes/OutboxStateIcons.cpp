#include "OutboxStateIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap draw(OutboxRow::State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    const QRectF disc(1.5 * unit, 1.5 * unit, 13 * unit, 13 * unit);
    switch (state) {
    case OutboxRow::State::Pending:
        painter.setPen(QPen(QColor(0xc7, 0x7c, 0x02), 2 * unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(unit, unit, -unit, -unit));
        painter.drawLine(QPointF(8 * unit, 5 * unit), QPointF(8 * unit, 8.5 * unit)); // clock hands
        painter.drawLine(QPointF(8 * unit, 8.5 * unit), QPointF(10.5 * unit, 8.5 * unit));
        break;
    case OutboxRow::State::Pushing:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1e, 0x6f, 0xd9));
        painter.drawEllipse(disc);
        painter.setBrush(Qt::white);
        painter.drawPolygon(QPolygonF {
            QPointF(6 * unit, 4.5 * unit), QPointF(11.5 * unit, 8 * unit), QPointF(6 * unit, 11.5 * unit) });
        break;
    case OutboxRow::State::Done: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2e, 0x7d, 0x32));
        painter.drawEllipse(disc);
        painter.setPen(QPen(Qt::white, 2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath check;
        check.moveTo(4.8 * unit, 8.2 * unit);
        check.lineTo(7 * unit, 10.5 * unit);
        check.lineTo(11.3 * unit, 5.5 * unit);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(check);
        break;
    }
    case OutboxRow::State::Failed:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(disc);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(7 * unit, 4 * unit, 2 * unit, 5.5 * unit), unit, unit);
        painter.drawEllipse(QRectF(7 * unit, 10.3 * unit, 2 * unit, 2 * unit));
        break;
    }
    return pixmap;
}

} // namespace

namespace OutboxStateIcons {

QIcon icon(OutboxRow::State state)
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48 })
        icon.addPixmap(draw(state, size));
    return icon;
}

} // namespace OutboxStateIcons
