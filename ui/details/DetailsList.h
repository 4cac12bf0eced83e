#pragma once

#include "PaneKind.h"

#include <QTreeWidget>

// A flat, sortable list in the details panel (a user's devices, a device's local accounts …).
// Each row remembers which object it names, so double-clicking or pressing Enter opens it.
class DetailsList final : public QTreeWidget
{
    Q_OBJECT

public:
    DetailsList(const QString &objectName, const QStringList &headers, QWidget *parent = nullptr);

    // Rows that name no object (a local account) pass an empty id.
    QTreeWidgetItem *addRow(
        const QStringList &cells, PaneKind targetKind = PaneKind::Users, const QString &targetId = {});
    void finishRows(); // sorts and sizes the columns once all rows are in

Q_SIGNALS:
    void objectActivated(PaneKind kind, const QString &objectId);

private:
    void activate(QTreeWidgetItem *item);
};
