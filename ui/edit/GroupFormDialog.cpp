#include "GroupFormDialog.h"

#include "CacheUniqueness.h"
#include "ChangeSaver.h"
#include "FieldEditor.h"
#include "FieldIssueText.h"
#include "ObjectLookup.h"
#include "OutboxChangeFactory.h"
#include "UserGroupOptionsBox.h"

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

GroupFormDialog::GroupFormDialog(CacheDatabase &cache, Kind kind, const QString &groupId, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_kind(kind)
    , m_groupId(groupId)
    , m_uniqueness(std::make_unique<CacheUniqueness>(cache))
    , m_name(new FieldEditor(u"groupName"_s, this))
    , m_description(new FieldEditor(u"groupDescription"_s, this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"groupFormDialog"_s);
    const bool devices = kind == Kind::DeviceGroup;
    if (isEdit()) {
        const ObjectLookup lookup(cache);
        if (devices) {
            const auto groups = lookup.deviceGroups({ groupId });
            if (groups && !groups.value().isEmpty()) {
                m_originalName = groups.value().first().name;
                m_originalDescription = groups.value().first().description;
            } else {
                m_loadError = groups ? tr("The device group is no longer in the cache.") : groups.error().detail;
            }
        } else {
            const auto groups = lookup.userGroups({ groupId });
            if (groups && !groups.value().isEmpty()) {
                m_originalName = groups.value().first().name;
                m_originalDescription = groups.value().first().description;
                m_originalOptions = UserGroupOptions::of(groups.value().first());
            } else {
                m_loadError = groups ? tr("The user group is no longer in the cache.") : groups.error().detail;
            }
        }
    }
    if (isEdit())
        setWindowTitle(
            devices ? tr("Edit device group %1").arg(m_originalName) : tr("Edit user group %1").arg(m_originalName));
    else
        setWindowTitle(devices ? tr("New device group") : tr("New user group"));

    m_name->setText(m_originalName);
    m_name->lineEdit()->setMaxLength(MaxNameLength + 1);
    m_description->setText(m_originalDescription);
    m_description->lineEdit()->setMaxLength(MaxNameLength + 1);
    auto *intro = new QLabel(devices ? tr("A device group collects devices, so user groups bound to it reach all of "
                                          "them at once.")
                                     : tr("A user group collects users: what it is bound to, every member gets."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name->lineEdit());
    form->addRow(nameLabel, m_name);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description->lineEdit());
    form->addRow(descriptionLabel, m_description);

    if (!devices) {
        m_options = new UserGroupOptionsBox(this);
        m_options->setOptions(m_originalOptions);
        m_options->setGroupName(m_originalName);
        connect(m_options, &UserGroupOptionsBox::changed, this, &GroupFormDialog::revalidate);
    }

    m_status->setObjectName(u"groupFormStatus"_s);
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isEdit() ? tr("Save changes") : tr("Create group"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupFormDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (m_options)
        layout->addWidget(m_options);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_name, &FieldEditor::edited, this, [this] {
        m_nameTouched = true;
        revalidate();
    });
    connect(m_description, &FieldEditor::edited, this, &GroupFormDialog::revalidate);
    revalidate();
}

GroupFormDialog::~GroupFormDialog() = default;

void GroupFormDialog::revalidate()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!m_loadError.isEmpty()) {
        m_status->setText(m_loadError);
        ok->setEnabled(false);
        return;
    }
    const bool devices = m_kind == Kind::DeviceGroup;
    const QString name = m_name->text();
    QList<FieldIssue> issues;
    if (name.isEmpty())
        issues.append({ u"required"_s, FieldIssue::Severity::Error, {} });
    else if (name.size() > MaxNameLength)
        issues.append({ u"too-long"_s, FieldIssue::Severity::Error, { QString::number(MaxNameLength) } });
    else if (const auto owner = m_uniqueness->groupNamed(
                 devices ? CacheUniqueness::GroupKind::Device : CacheUniqueness::GroupKind::User, name, m_groupId))
        issues.append(
            { owner->pending ? u"taken-pending"_s : u"taken"_s, FieldIssue::Severity::Error, { owner->name } });
    QList<std::pair<QString, bool>> messages;
    for (const FieldIssue &issue : std::as_const(issues))
        messages.append({ FieldIssueText::groupName(issue, devices), true });
    m_name->setMessages(m_nameTouched || !name.isEmpty() ? messages : QList<std::pair<QString, bool>> {});

    QList<std::pair<QString, bool>> descriptionMessages;
    if (m_description->text().size() > MaxNameLength)
        descriptionMessages.append({ FieldIssueText::common({ u"too-long"_s, FieldIssue::Severity::Error,
                                         { QString::number(MaxNameLength) } }),
            true });
    m_description->setMessages(descriptionMessages);

    if (m_options)
        m_options->setGroupName(name);
    const bool optionsUnchanged = !m_options || m_options->options() == m_originalOptions;
    const bool unchanged
        = isEdit() && name == m_originalName && m_description->text() == m_originalDescription && optionsUnchanged;
    m_status->setText(unchanged ? tr("Nothing changed yet.") : QString());
    ok->setEnabled(issues.isEmpty() && descriptionMessages.isEmpty() && !unchanged);
}

QList<OutboxRow> GroupFormDialog::changes() const
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return {};
    const bool devices = m_kind == Kind::DeviceGroup;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    const QString name = m_name->text();
    const QString description = m_description->text();
    if (!isEdit()) {
        QJsonObject fields { { u"name"_s, name } };
        if (!description.isEmpty())
            fields.insert(u"description"_s, description);
        if (m_options && !m_options->options().isDefault())
            fields.insert(u"attributes"_s, m_options->options().attributes());
        return { devices ? factory.createDeviceGroup(fields) : factory.createUserGroup(fields) };
    }
    QJsonObject fields;
    // "before" always names the group as the admin saw it, so the change reads well in the outbox.
    QJsonObject before { { u"name"_s, m_originalName } };
    if (name != m_originalName)
        fields.insert(u"name"_s, name);
    if (description != m_originalDescription) {
        fields.insert(u"description"_s, description);
        before.insert(u"description"_s, m_originalDescription);
    }
    if (m_options && m_options->options() != m_originalOptions) {
        fields.insert(u"attributes"_s, m_options->options().attributes());
        before.insert(u"attributes"_s, m_originalOptions.attributes());
    }
    return { devices ? factory.updateDeviceGroup(m_groupId, fields, before)
                     : factory.updateUserGroup(m_groupId, fields, before) };
}

void GroupFormDialog::accept()
{
    if (ChangeSaver::save(this, m_cache, changes(), &m_appendedIds))
        QDialog::accept();
}
