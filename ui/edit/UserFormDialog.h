#pragma once

#include "OutboxRow.h"
#include "PasswordPolicy.h"
#include "UserDraft.h"
#include "UserFormRules.h"

#include <QDialog>
#include <memory>

class CacheDatabase;
class CacheUniqueness;
class FieldEditor;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// Creates a user or edits one. Every DOMAIN.md rule is checked as the admin types (UserFormRules),
// with the problems under the field they are about and OK disabled while any is an error.
// On edit, only changed fields go into the user.update (with their "before"), and the username and
// local account name are locked while the user is bound to a device. OK appends the change to the
// outbox on the given (GUI-thread) cache; nothing here talks to the directory.
class UserFormDialog final : public QDialog
{
    Q_OBJECT

public:
    // An empty `userId` creates a user.
    explicit UserFormDialog(CacheDatabase &cache, const QString &userId = {}, QWidget *parent = nullptr);
    ~UserFormDialog() override;

    bool isEdit() const { return !m_userId.isEmpty(); }
    // Empty when the form is ready; else why it could not load (the user is gone, the cache failed).
    QString loadError() const { return m_loadError; }

    FieldEditor *editor(UserField field) const;
    // What OK would write now; empty while an error remains or, on edit, nothing changed.
    QList<OutboxRow> changes() const;
    // Outbox ids written by the last successful accept().
    const QList<qint64> &appendedIds() const { return m_appendedIds; }

    void accept() override;

private:
    void buildForm();
    void load();
    void revalidate();
    UserDraft currentDraft() const;
    QString subjectName() const;

    CacheDatabase &m_cache;
    const QString m_userId;
    std::unique_ptr<CacheUniqueness> m_uniqueness;
    PasswordPolicy m_policy;
    UserState m_defaultState = UserState::Activated;
    UserDraft m_original;
    QString m_loadError;
    bool m_valid = false;
    bool m_stateForced = false; // staged because there is no password

    std::array<FieldEditor *, UserFields::count> m_editors {};
    std::array<bool, UserFields::count> m_touched {};
    FieldEditor *m_repeatPassword = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_policyHint = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<qint64> m_appendedIds;
};
