#pragma once

#include "DraggedObjects.h"
#include "ObjectDropRequest.h"
#include "PaneKind.h"

#include <QWidget>
#include <optional>

class ObjectDragDropModel;
class ObjectFilterProxyModel;
class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QMimeData;
class QModelIndex;
class QPoint;
class QRubberBand;
class QTableView;
class QTimer;

// One of the four lists: a filter field, a sortable table over a filter proxy, and a count.
// It knows nothing about which model it shows beyond ItemRoles, so all four panes are this class.
// Rows drag out and take drops as their ObjectDragDropModel decides; while something is dragged over a row that can
// take it, the row is highlighted and a hint says what dropping will do ("Bind 3 users to build-01").
class ObjectPane final : public QWidget
{
    Q_OBJECT

public:
    ObjectPane(PaneKind kind, QAbstractItemModel *sourceModel, QWidget *parent = nullptr);

    PaneKind kind() const { return m_kind; }
    QLineEdit *searchField() const { return m_searchField; }
    QTableView *table() const { return m_table; }

    QString currentObjectId() const;
    // The selected rows' objects, in the order shown: what "Bind to…" starts from.
    DraggedObjects selectedObjects() const;
    // The selected rows' directory ids, in the order shown (every pane, drag and drop or not).
    QStringList selectedIds() const;
    // More actions for the table's context menu, after "Bind to…" (the window's change actions for this kind).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }
    const QList<QAction *> &contextActions() const { return m_contextActions; }
    // What dropping would do, while something is dragged over the pane; empty otherwise.
    QString dropHint() const;
    // "Bind to…" (users, user groups) or "Add to device group…" (devices) in the table's context menu; null for
    // device groups.
    QAction *bindToAction() const { return m_bindToAction; }
    bool selectObject(const QString &objectId);
    void focusSearch();

    int visibleCount() const;
    int totalCount() const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    // Called once rows are in: sizes columns to their content unless a saved layout was restored.
    void fitColumnsIfNotRestored();

Q_SIGNALS:
    void currentObjectChanged(const QString &objectId); // empty when nothing is current
    void countsChanged(int visible, int total);
    // The set of selected rows changed (or a filter or reload dropped some): read selectedIds().
    void selectionChanged();
    // Something was dropped on a row and the model accepted it; nothing has changed yet.
    void dropRequested(const ObjectDropRequest &request);
    void bindToRequested(const DraggedObjects &selection);
    void dropHintChanged(const QString &hint);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<ObjectDropRequest> dropRequestAt(const QMimeData *data, const QModelIndex &proxyIndex) const;
    // Returns whether the event was handled here (and so not passed on to the view).
    bool handleDrag(QEvent *event);
    void showDropTarget(const QModelIndex &proxyIndex, const QString &hint);
    void clearDropTarget();
    void autoScroll();
    void showContextMenu(const QPoint &position);
    void updateCount();
    void moveFocusToTable();
    void announceCurrentObject();

    PaneKind m_kind;
    QAbstractItemModel *m_sourceModel;
    ObjectFilterProxyModel *m_proxy;
    QLineEdit *m_searchField;
    QTableView *m_table;
    QLabel *m_countLabel;
    ObjectDragDropModel *m_dragModel; // the source model, when it takes part in drag and drop
    QLabel *m_dropHint;
    QRubberBand *m_dropHighlight;
    QTimer *m_autoScrollTimer;
    int m_autoScrollStep = 0;
    QAction *m_bindToAction = nullptr;
    QList<QAction *> m_contextActions;
    QString m_announcedObjectId; // what currentObjectChanged last said
    bool m_headerRestored = false;
    bool m_columnsFitted = false;
};
