#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QTimer>

class QAbstractItemView;

// Spring-loaded navigation: while Bindery objects are dragged over a row of `view` (the navigation list), resting on
// it for a moment activates that row, so users can be picked up in the Users pane and dropped on a device in the
// Devices pane. The view itself takes no drop.
class DragSpringLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 500;

    explicit DragSpringLoader(QAbstractItemView *view, int delayMs = DefaultDelayMs);

Q_SIGNALS:
    void activated(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fire();

    QAbstractItemView *m_view;
    QTimer m_timer;
    QPersistentModelIndex m_hovered;
};
