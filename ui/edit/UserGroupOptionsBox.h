#pragma once

#include "UserGroupOptions.h"

#include <QGroupBox>

class QCheckBox;

// The options part of the user group form: admin (sudo) on every device the group reaches through device groups,
// optionally without a password; Samba authentication; a Linux group, named after the group.
class UserGroupOptionsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit UserGroupOptionsBox(QWidget *parent = nullptr);

    void setOptions(const UserGroupOptions &options);
    UserGroupOptions options() const;
    // The Linux group a new one would get follows the group's name as it is typed; an existing one keeps its name.
    void setGroupName(const QString &name);

Q_SIGNALS:
    void changed();

private:
    void update();

    QCheckBox *m_sudo;
    QCheckBox *m_passwordless;
    QCheckBox *m_samba;
    QCheckBox *m_linux;
    QString m_existingLinuxGroup;
    QString m_groupName;
};
