#include "BindPickerDialog.h"

#include "BindTargetListModel.h"
#include "DropDescription.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int AllKinds = -1;
}

BindPickerDialog::BindPickerDialog(const OrgSnapshot &snapshot, const DraggedObjects &selection, QWidget *parent)
    : QDialog(parent)
    , m_model(new BindTargetListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"bindPickerDialog"_s);
    const bool devices = selection.kind == ObjectKind::Device;
    setWindowTitle(devices ? tr("Add to device group") : tr("Bind to"));
    m_model->setTargets(
        snapshot, selection.kind, selection.kind == ObjectKind::UserGroup ? selection.ids : QStringList());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(BindTargetListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *heading
        = new QLabel(devices ? tr("Add %1 to which device group?").arg(DropDescription::objects(selection))
                             : tr("Bind %1 to which device or group?").arg(DropDescription::objects(selection)),
            this);
    heading->setObjectName(u"bindPickerHeading"_s);
    heading->setWordWrap(true);
    m_search->setObjectName(u"bindPickerSearch"_s);
    m_search->setPlaceholderText(tr("Type to filter devices and groups…"));
    m_search->setAccessibleName(tr("Filter targets"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_kindFilter->setObjectName(u"bindPickerKind"_s);
    m_kindFilter->setAccessibleName(tr("Kind of target"));
    m_kindFilter->addItem(tr("All kinds"), AllKinds);
    for (const ObjectKind kind : { ObjectKind::Device, ObjectKind::DeviceGroup, ObjectKind::UserGroup }) {
        if (ObjectDropRequest::operationFor(selection.kind, kind) != ObjectDropOperation::None)
            m_kindFilter->addItem(BindTargetListModel::kindLabel(kind), int(kind));
    }
    m_kindFilter->setVisible(m_kindFilter->count() > 2);
    m_list->setObjectName(u"bindPickerList"_s);
    m_list->setAccessibleName(tr("Targets"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true); // 20,000 devices: never measure each row
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_count->setObjectName(u"bindPickerCount"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(devices ? tr("&Add…") : tr("&Bind…"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"bindPickerChoose"_s);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_kindFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    resize(520, 480);

    connect(m_search, &QLineEdit::textChanged, this, &BindPickerDialog::applyFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &BindPickerDialog::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &BindPickerDialog::updateButtons);
    connect(m_list, &QListView::activated, this, [this] {
        if (choice())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (choice())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyFilter();
    m_search->setFocus();
}

BindPickerDialog::~BindPickerDialog() = default;

std::optional<BindPickerDialog::Choice> BindPickerDialog::choice() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const BindTargetListModel::Target &target = m_model->targetAt(m_proxy->mapToSource(current).row());
    return Choice { target.kind, target.id, target.name };
}

void BindPickerDialog::applyFilter()
{
    // Every word must occur, in any order: "mac eng" finds "Engineering Macs".
    const QStringList words = m_search->text().split(u' ', Qt::SkipEmptyParts);
    QString pattern;
    for (const QString &word : words)
        pattern += u"(?=.*"_s + QRegularExpression::escape(word) + u')';
    const int kind = m_kindFilter->currentData().toInt();
    if (kind != AllKinds)
        pattern += u"(?=.*\\n"_s
            + QRegularExpression::escape(BindTargetListModel::kindLabel(ObjectKind(kind)).toLower()) + u"$)"_s;
    m_proxy->setFilterRegularExpression(QRegularExpression(QString(u"^"_s + pattern),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption));
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    m_count->setText(
        tr("%1 of %2").arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));
    updateButtons();
}

void BindPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(choice().has_value());
}

bool BindPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the list while the focus stays in the search field, so typing never stops.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
