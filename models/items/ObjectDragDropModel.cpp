#include "ObjectDragDropModel.h"

#include "ObjectMimeData.h"

#include <QMimeData>
#include <QSet>

ObjectDragDropModel::ObjectDragDropModel(ObjectKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

ObjectDragDropModel::~ObjectDragDropModel() = default;

Qt::ItemFlags ObjectDragDropModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags; // the space between and below rows takes no drops
    flags |= Qt::ItemIsDragEnabled;
    if (ObjectDropRequest::acceptsDrops(m_kind))
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList ObjectDragDropModel::mimeTypes() const
{
    return { ObjectMimeData::mimeType() };
}

QMimeData *ObjectDragDropModel::mimeData(const QModelIndexList &indexes) const
{
    const DraggedObjects objects = objectsAt(indexes);
    if (objects.isEmpty())
        return nullptr;
    return ObjectMimeData::encode(objects).release(); // Qt's drag takes ownership
}

Qt::DropActions ObjectDragDropModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions ObjectDragDropModel::supportedDropActions() const
{
    return ObjectDropRequest::acceptsDrops(m_kind) ? Qt::CopyAction : Qt::IgnoreAction;
}

bool ObjectDragDropModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    if (action != Qt::CopyAction || row != -1 || column != -1)
        return false;
    return dropRequest(data, parent).has_value();
}

bool ObjectDragDropModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT dropRequested(*dropRequest(data, parent));
    return true;
}

std::optional<ObjectDropRequest> ObjectDragDropModel::dropRequest(
    const QMimeData *data, const QModelIndex &target) const
{
    if (!target.isValid() || target.model() != this || target.parent().isValid() || target.row() >= rowCount())
        return std::nullopt;
    const auto objects = ObjectMimeData::decode(data);
    if (!objects)
        return std::nullopt;
    return ObjectDropRequest::make(*objects, m_kind, objectIdAt(target.row()), objectNameAt(target.row()));
}

DraggedObjects ObjectDragDropModel::objectsAt(const QModelIndexList &indexes) const
{
    DraggedObjects objects { m_kind, {}, {} };
    QSet<int> seen;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this || index.row() >= rowCount() || seen.contains(index.row()))
            continue;
        seen.insert(index.row());
        objects.ids.append(objectIdAt(index.row()));
        objects.names.append(objectNameAt(index.row()));
    }
    return objects;
}
