#include "FieldIssueText.h"

using namespace Qt::StringLiterals;

namespace {
QString arg(const FieldIssue &issue, int i)
{
    return issue.args.value(i);
}
} // namespace

QString FieldIssueText::common(const FieldIssue &issue)
{
    if (issue.code == "required"_L1)
        return tr("Required.");
    if (issue.code == "too-long"_L1)
        return tr("Too long: at most %1 characters.").arg(arg(issue, 0));
    return {};
}

QString FieldIssueText::userField(UserField field, const FieldIssue &issue, const QString &subject)
{
    const QString &code = issue.code;
    const bool username = field == UserField::Username;
    if (code == "required"_L1 && username)
        return tr("Every user needs a username.");
    if (code == "required"_L1 && field == UserField::Email)
        return tr("Every user needs an e-mail address.");
    if (code == "username-invalid"_L1) {
        return username ? tr("Not a valid username: %1.").arg(arg(issue, 0))
                        : tr("Not a valid local account name: %1.").arg(arg(issue, 0));
    }
    if (code == "email-invalid"_L1)
        return tr("Not a valid e-mail address; use the form name@example.com.");
    if (code == "taken"_L1 || code == "taken-pending"_L1) {
        const bool pending = code == "taken-pending"_L1;
        switch (field) {
        case UserField::Username:
            return pending ? tr("A change waiting to be sent already gives this username to %1.").arg(arg(issue, 0))
                           : tr("%1 already has this username; usernames are unique.").arg(arg(issue, 0));
        case UserField::Email:
            return pending
                ? tr("A change waiting to be sent already gives this e-mail address to %1.").arg(arg(issue, 0))
                : tr("This e-mail address belongs to %1; each user needs their own.").arg(arg(issue, 0));
        case UserField::EmployeeId:
            return pending ? tr("A change waiting to be sent already gives this employee ID to %1.").arg(arg(issue, 0))
                           : tr("This employee ID belongs to %1; employee IDs are unique.").arg(arg(issue, 0));
        case UserField::LocalAccountName:
            return pending
                ? tr("A change waiting to be sent already gives this local account name to %1.").arg(arg(issue, 0))
                : tr("%1 already has this local account name; it must be unique.").arg(arg(issue, 0));
        default:
            return tr("Already used by %1.").arg(arg(issue, 0));
        }
    }
    if (code == "local-account-of"_L1) {
        return username
            ? tr("This is the local account name of %1; a username must not equal another user's local "
                 "account name.")
                  .arg(arg(issue, 0))
            : tr("This is the username of %1; devices would give both users the same account.").arg(arg(issue, 0));
    }
    if (code == "windows-length"_L1)
        return tr("%1 characters: Windows devices take at most %2, so this user cannot be bound to one.")
            .arg(arg(issue, 0), arg(issue, 1));
    if (code == "device-length"_L1)
        return tr("%1 characters: devices take at most %2, so this user cannot be bound to any device.")
            .arg(arg(issue, 0), arg(issue, 1));
    if (code == "password-policy"_L1)
        return tr("The org's password policy needs %1.").arg(issue.args.join(u", "_s));
    if (code == "password-mismatch"_L1)
        return tr("The two passwords differ.");
    if (code == "no-password-staged"_L1) {
        return subject.isEmpty()
            ? tr("No password: the user is created staged and gets no access until activated.")
            : tr("No password: %1 is created staged and gets no access until activated.").arg(subject);
    }
    if (const QString text = common(issue); !text.isEmpty())
        return text;
    return code;
}

QString FieldIssueText::groupName(const FieldIssue &issue, bool deviceGroup)
{
    if (issue.code == "required"_L1)
        return deviceGroup ? tr("Every device group needs a name.") : tr("Every user group needs a name.");
    if (issue.code == "taken"_L1)
        return deviceGroup ? tr("The device group %1 already has this name; names are unique.").arg(arg(issue, 0))
                           : tr("The user group %1 already has this name; names are unique.").arg(arg(issue, 0));
    if (issue.code == "taken-pending"_L1)
        return tr("A change waiting to be sent already creates a group with this name.");
    if (const QString text = common(issue); !text.isEmpty())
        return text;
    return issue.code;
}
