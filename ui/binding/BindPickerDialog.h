#pragma once

#include "DraggedObjects.h"
#include "ObjectKind.h"

#include <QDialog>
#include <optional>

class BindTargetListModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
struct OrgSnapshot;

// "Bind to…" without a mouse: type to filter the devices, device groups and user groups the selection can go to,
// arrow down into the list, Enter to choose. What happens next is the same as a drop on the chosen row.
class BindPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        ObjectKind kind = ObjectKind::Device;
        QString id;
        QString name;
    };

    BindPickerDialog(const OrgSnapshot &snapshot, const DraggedObjects &selection, QWidget *parent = nullptr);
    ~BindPickerDialog() override;

    std::optional<Choice> choice() const;
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateButtons();

    BindTargetListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QListView *m_list;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};
