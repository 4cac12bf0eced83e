#pragma once

#include "ObjectDropRequest.h"

#include <QAbstractTableModel>
#include <optional>

// Drag and drop for the four object tables, decided here and not in the view (as KeePassXC's GroupModel does):
// rows drag out as ObjectMimeData, and a drop onto a row that makes sense (ObjectDropRequest::operationFor) is
// accepted and announced with dropRequested(). The model never changes anything itself and never opens a dialog.
// Actions are Copy only: a Move would make the source view delete the dragged rows.
class ObjectDragDropModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectDragDropModel)

public:
    ~ObjectDragDropModel() override;

    ObjectKind objectKind() const { return m_kind; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    // Only onto a row (row and column -1, parent the row's index), never between rows.
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    // What dropping `data` onto `target` (an index of this model) would ask for; empty when it cannot be dropped.
    std::optional<ObjectDropRequest> dropRequest(const QMimeData *data, const QModelIndex &target) const;
    // The objects of these indexes' rows, each row once, in the order given.
    DraggedObjects objectsAt(const QModelIndexList &indexes) const;

Q_SIGNALS:
    void dropRequested(const ObjectDropRequest &request);

protected:
    ObjectDragDropModel(ObjectKind kind, QObject *parent);

    virtual QString objectIdAt(int row) const = 0;
    // The name people know the object by: a username, a device's shown name, a group's name.
    virtual QString objectNameAt(int row) const = 0;

private:
    const ObjectKind m_kind;
};
