#pragma once

#include "FieldIssue.h"
#include "PasswordPolicy.h"
#include "UserDraft.h"
#include "UserUniqueness.h"

#include <QList>
#include <array>

// The DOMAIN.md rules a user must pass before a create or an edit goes to the outbox: username and
// local account naming, e-mail syntax, uniqueness against the org, the password policy, and the
// consequences worth a warning (too long for Windows, no password means staged). Codes:
//   required, too-long (limit), username-invalid (reason), email-invalid,
//   taken / taken-pending (owner): the value belongs to another user (or to a change in the outbox),
//   local-account-of (owner): the username is another user's local account name (or the reverse),
//   windows-length / device-length (length, limit): warning, the device account name cannot be created,
//   password-policy (what it needs, joined), no-password-staged (warning, create only).
// The single-value checks are ImportFieldRules' and LocalAccountNameRules', shared with the CSV import.
class UserFormRules
{
public:
    enum class Mode { Create, Edit };
    using Issues = std::array<QList<FieldIssue>, UserFields::count>;

    UserFormRules(const UserUniqueness &uniqueness, PasswordPolicy policy);

    // `userId` is the edited user (empty on create), so their own values do not clash.
    Issues check(const UserDraft &draft, Mode mode, const QString &userId = {}) const;

    static bool hasErrors(const Issues &issues);

private:
    QList<FieldIssue> checkName(const UserDraft &draft, UserField field, const QString &userId) const;
    QList<FieldIssue> checkUniqueValue(UserUniqueness::Key key, const QString &value, const QString &userId) const;

    const UserUniqueness &m_uniqueness;
    PasswordPolicy m_policy;
};
