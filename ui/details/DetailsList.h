#pragma once

#include "PaneKind.h"

#include <QTreeWidget>

class QAction;

// A flat, sortable list in the details panel (a user's devices, a device's local accounts …).
// Each row remembers which object it names, so double-clicking or pressing Enter opens it.
// Lists of bindings can also offer "Unbind…" (context menu, Delete key) for rows that are direct bindings.
class DetailsList final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role {
        TargetIdRole = Qt::UserRole, // column 0: the id of the object the row names
        TargetKindRole, // column 0: int(PaneKind)
        DirectBindingRole, // column 0: true when the row is a direct user–device binding (it can be unbound)
    };

    DetailsList(const QString &objectName, const QStringList &headers, QWidget *parent = nullptr);

    // Turns on several-row selection, the context menu's "Unbind…" and the Delete key.
    void enableUnbind();
    QAction *unbindAction() const { return m_unbindAction; }
    // The ids of the selected rows that are direct bindings, in the order shown.
    QStringList selectedDirectTargetIds() const;

    // Rows that name no object (a local account) pass an empty id.
    QTreeWidgetItem *addRow(
        const QStringList &cells, PaneKind targetKind = PaneKind::Users, const QString &targetId = {});
    void finishRows(); // sorts and sizes the columns once all rows are in
    // A column whose whole text matters more than seeing every column at once: finishRows() never narrows it.
    void setColumnUncapped(int column) { m_uncappedColumn = column; }

Q_SIGNALS:
    void objectActivated(PaneKind kind, const QString &objectId);
    // The admin asked to unbind these rows' objects (direct bindings only).
    void unbindRequested(const QStringList &targetIds);

private:
    void activate(QTreeWidgetItem *item);
    void updateUnbindAction();
    void showContextMenu(const QPoint &position);

    QAction *m_unbindAction = nullptr;
    int m_uncappedColumn = -1;
};
