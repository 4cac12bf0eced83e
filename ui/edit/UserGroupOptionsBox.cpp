#include "UserGroupOptionsBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserGroupOptionsBox::UserGroupOptionsBox(QWidget *parent)
    : QGroupBox(tr("Options"), parent)
    , m_sudo(new QCheckBox(tr("Members are &administrators (sudo) on devices bound through device groups"), this))
    , m_passwordless(new QCheckBox(tr("… &without being asked for their password"), this))
    , m_samba(new QCheckBox(tr("Samba &authentication for members"), this))
    , m_linux(new QCheckBox(this))
{
    setObjectName(u"userGroupOptions"_s);
    m_sudo->setObjectName(u"groupSudoOption"_s);
    m_sudo->setToolTip(tr("Every member gets admin rights on every device reached through a device group this group "
                          "is bound to. Direct bindings keep their own admin setting."));
    m_passwordless->setObjectName(u"groupPasswordlessOption"_s);
    m_samba->setObjectName(u"groupSambaOption"_s);
    m_linux->setObjectName(u"groupLinuxOption"_s);
    m_linux->setToolTip(tr("Linux devices bound to this group get a group of this name with the members in it."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sudo);
    auto *indented = new QHBoxLayout;
    indented->addSpacing(20);
    indented->addWidget(m_passwordless);
    layout->addLayout(indented);
    layout->addWidget(m_samba);
    layout->addWidget(m_linux);
    for (QCheckBox *box : { m_sudo, m_passwordless, m_samba, m_linux }) {
        connect(box, &QCheckBox::toggled, this, [this] {
            update();
            Q_EMIT changed();
        });
    }
    update();
}

void UserGroupOptionsBox::setOptions(const UserGroupOptions &options)
{
    m_existingLinuxGroup = options.linuxGroup;
    const QSignalBlocker blockers[] { QSignalBlocker(m_sudo), QSignalBlocker(m_passwordless), QSignalBlocker(m_samba),
        QSignalBlocker(m_linux) };
    m_sudo->setChecked(options.sudo);
    m_passwordless->setChecked(options.sudoWithoutPassword);
    m_samba->setChecked(options.samba);
    m_linux->setChecked(!options.linuxGroup.isEmpty());
    update();
}

void UserGroupOptionsBox::setGroupName(const QString &name)
{
    m_groupName = name;
    update();
}

UserGroupOptions UserGroupOptionsBox::options() const
{
    UserGroupOptions options;
    options.sudo = m_sudo->isChecked();
    options.sudoWithoutPassword = options.sudo && m_passwordless->isChecked();
    options.samba = m_samba->isChecked();
    if (m_linux->isChecked())
        options.linuxGroup
            = m_existingLinuxGroup.isEmpty() ? UserGroupOptions::linuxGroupName(m_groupName) : m_existingLinuxGroup;
    return options;
}

void UserGroupOptionsBox::update()
{
    m_passwordless->setEnabled(m_sudo->isChecked());
    const QString linuxName
        = m_existingLinuxGroup.isEmpty() ? UserGroupOptions::linuxGroupName(m_groupName) : m_existingLinuxGroup;
    m_linux->setText(linuxName.isEmpty() ? tr("Create a &Linux group (give the group a name first)")
                                         : tr("Create the &Linux group “%1”").arg(linuxName));
    m_linux->setEnabled(!linuxName.isEmpty() || m_linux->isChecked());
}
