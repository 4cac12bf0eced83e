#include "ObjectPickerDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ObjectPickerDialog::ObjectPickerDialog(const QString &title, const QString &explanation, const QString &nameHeader,
    const QList<ObjectRef> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_model(new QStandardItemModel(0, 2, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"objectPickerDialog"_s);
    setWindowTitle(title);
    m_model->setHorizontalHeaderLabels({ nameHeader, tr("Details") });
    m_model->setRowCount(int(candidates.size()));
    for (int row = 0; row < candidates.size(); ++row) {
        const ObjectRef &ref = candidates.at(row);
        auto *name = new QStandardItem(ref.name);
        name->setCheckable(true);
        name->setEditable(false);
        name->setData(ref.id, IdRole);
        auto *detail = new QStandardItem(ref.detail);
        detail->setEditable(false);
        m_model->setItem(row, 0, name);
        m_model->setItem(row, 1, detail);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name or detail

    auto *label = new QLabel(explanation, this);
    label->setWordWrap(true);
    m_filter->setObjectName(u"pickerFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(u"pickerList"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_view->setColumnWidth(0, 240);
    m_count->setObjectName(u"pickerCount"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    setMinimumSize(420, 340);
    resize(560, 460);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ObjectPickerDialog::updateCount);
    // Space or a click on the row (not only the box) toggles it.
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        QStandardItem *item = m_model->item(m_proxy->mapToSource(index).row(), 0);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (candidates.isEmpty())
        m_count->setText(tr("There is nothing to pick."));
    updateCount();
}

void ObjectPickerDialog::setAcceptText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void ObjectPickerDialog::setChecked(const QString &id, bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(IdRole).toString() == id)
            m_model->item(row, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<ObjectRef> ObjectPickerDialog::checkedObjects() const
{
    QList<ObjectRef> list;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->checkState() == Qt::Checked)
            list.append(m_candidates.at(row));
    }
    return list;
}

void ObjectPickerDialog::updateCount()
{
    const qsizetype picked = checkedObjects().size();
    if (!m_candidates.isEmpty())
        m_count->setText(tr("%n picked", nullptr, int(picked)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(picked > 0);
}
