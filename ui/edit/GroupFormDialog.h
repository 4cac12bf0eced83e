#pragma once

#include "OutboxRow.h"
#include "UserGroupOptions.h"

#include <QDialog>
#include <memory>

class CacheDatabase;
class CacheUniqueness;
class FieldEditor;
class QDialogButtonBox;
class QLabel;
class UserGroupOptionsBox;

// Creates or edits a user group or a device group: a unique name (checked against the cache and the
// outbox as the admin types), a description, and for user groups their options (admin on devices reached through
// device groups, Samba, a Linux group). On edit only changed fields are sent, with "before".
class GroupFormDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { UserGroup, DeviceGroup };

    // An empty `groupId` creates a group.
    GroupFormDialog(CacheDatabase &cache, Kind kind, const QString &groupId = {}, QWidget *parent = nullptr);
    ~GroupFormDialog() override;

    bool isEdit() const { return !m_groupId.isEmpty(); }
    QString loadError() const { return m_loadError; }
    FieldEditor *nameEditor() const { return m_name; }
    FieldEditor *descriptionEditor() const { return m_description; }
    UserGroupOptionsBox *optionsBox() const { return m_options; } // null for device groups
    QList<OutboxRow> changes() const;
    const QList<qint64> &appendedIds() const { return m_appendedIds; }

    void accept() override;

private:
    void revalidate();

    CacheDatabase &m_cache;
    const Kind m_kind;
    const QString m_groupId;
    std::unique_ptr<CacheUniqueness> m_uniqueness;
    QString m_originalName;
    QString m_originalDescription;
    UserGroupOptions m_originalOptions;
    QString m_loadError;
    bool m_nameTouched = false;
    FieldEditor *m_name;
    FieldEditor *m_description;
    UserGroupOptionsBox *m_options = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QList<qint64> m_appendedIds;
};
