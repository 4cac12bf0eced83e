#include "DragSpringLoader.h"

#include "ObjectMimeData.h"

#include <QAbstractItemView>
#include <QDragMoveEvent>
#include <QMimeData>

DragSpringLoader::DragSpringLoader(QAbstractItemView *view, int delayMs)
    : QObject(view)
    , m_view(view)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DragSpringLoader::fire);
    view->setAcceptDrops(true);
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
}

bool DragSpringLoader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(ObjectMimeData::mimeType()))
            return false;
        if (event->type() == QEvent::DragEnter) {
            drag->acceptProposedAction(); // or no move events follow
        } else {
            drag->ignore(); // nothing lands here: the cursor says so, the hover still counts
        }
        const QModelIndex index = m_view->indexAt(drag->position().toPoint());
        if (index != m_hovered) {
            m_hovered = index;
            if (index.isValid())
                m_timer.start();
            else
                m_timer.stop();
        }
        return true;
    }
    case QEvent::DragLeave:
    case QEvent::Drop:
        m_timer.stop();
        m_hovered = QPersistentModelIndex();
        if (event->type() == QEvent::Drop)
            static_cast<QDropEvent *>(event)->ignore();
        return event->type() == QEvent::Drop;
    default:
        return false;
    }
}

void DragSpringLoader::fire()
{
    if (m_hovered.isValid())
        Q_EMIT activated(m_hovered.row());
}
