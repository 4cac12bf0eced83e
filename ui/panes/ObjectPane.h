#pragma once

#include "PaneKind.h"

#include <QWidget>

class ObjectFilterProxyModel;
class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;

// One of the four lists: a filter field, a sortable table over a filter proxy, and a count.
// It knows nothing about which model it shows beyond ItemRoles, so all four panes are this class.
class ObjectPane final : public QWidget
{
    Q_OBJECT

public:
    ObjectPane(PaneKind kind, QAbstractItemModel *sourceModel, QWidget *parent = nullptr);

    PaneKind kind() const { return m_kind; }
    QLineEdit *searchField() const { return m_searchField; }
    QTableView *table() const { return m_table; }

    QString currentObjectId() const;
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

private:
    void updateCount();
    void moveFocusToTable();
    void announceCurrentObject();

    PaneKind m_kind;
    QAbstractItemModel *m_sourceModel;
    ObjectFilterProxyModel *m_proxy;
    QLineEdit *m_searchField;
    QTableView *m_table;
    QLabel *m_countLabel;
    QString m_announcedObjectId; // what currentObjectChanged last said
    bool m_headerRestored = false;
    bool m_columnsFitted = false;
};
