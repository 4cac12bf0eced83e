#pragma once

#include "ObjectRef.h"

#include <QDialog>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

// Picks objects from a list that can be long (every user of the org): a filter field that matches
// name and detail as the admin types, a check box per row, and a count of what is picked.
// Checks survive filtering, so the admin can pick "ali", then "bob".
class ObjectPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    ObjectPickerDialog(const QString &title, const QString &explanation, const QString &nameHeader,
        const QList<ObjectRef> &candidates, QWidget *parent = nullptr);

    void setAcceptText(const QString &text);
    QLineEdit *filterField() const { return m_filter; }
    QTreeView *view() const { return m_view; }

    void setChecked(const QString &id, bool checked);
    // In the order of the candidates.
    QList<ObjectRef> checkedObjects() const;

private:
    void updateCount();

    QList<ObjectRef> m_candidates;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};
