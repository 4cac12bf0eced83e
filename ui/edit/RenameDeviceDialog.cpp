#include "RenameDeviceDialog.h"

#include "CacheUniqueness.h"
#include "ChangeSaver.h"
#include "FieldEditor.h"
#include "FieldIssueText.h"
#include "OutboxChangeFactory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxNameLength = 1024;
}

RenameDeviceDialog::RenameDeviceDialog(CacheDatabase &cache, const Device &device, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_device(device)
    , m_uniqueness(std::make_unique<CacheUniqueness>(cache))
    , m_name(new FieldEditor(u"deviceName"_s, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"renameDeviceDialog"_s);
    setWindowTitle(tr("Rename %1").arg(device.shownName()));
    auto *text = new QLabel(tr("The name the directory shows for the device. The hostname (%1) stays as the machine "
                               "reports it.")
                                .arg(device.hostname),
        this);
    text->setWordWrap(true);
    m_name->setText(device.shownName());
    m_name->lineEdit()->setMaxLength(MaxNameLength + 1);
    m_name->lineEdit()->selectAll();
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Name:"), this);
    label->setBuddy(m_name->lineEdit());
    form->addRow(label, m_name);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RenameDeviceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &FieldEditor::edited, this, &RenameDeviceDialog::revalidate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    revalidate();
}

RenameDeviceDialog::~RenameDeviceDialog() = default;

void RenameDeviceDialog::revalidate()
{
    const QString name = m_name->text();
    QList<std::pair<QString, bool>> messages;
    if (name.isEmpty())
        messages.append({ tr("A device needs a name."), true });
    else if (name.size() > MaxNameLength)
        messages.append({ FieldIssueText::common(
                              { u"too-long"_s, FieldIssue::Severity::Error, { QString::number(MaxNameLength) } }),
            true });
    else if (const int others = m_uniqueness->devicesNamed(name, m_device.id); others > 0)
        messages.append({ tr("%n other device(s) already show this name; people and imports that pick devices by "
                             "name cannot tell them apart.",
                              nullptr, others),
            false });
    m_name->setMessages(messages);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->hasError() && name != m_device.shownName());
}

void RenameDeviceDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    if (ChangeSaver::save(this, m_cache, { factory.renameDevice(m_device.id, m_name->text(), m_device.shownName()) }))
        QDialog::accept();
}
