#include "UserFormRules.h"

#include "ImportFieldRules.h"
#include "LocalAccountNameRules.h"

using namespace Qt::StringLiterals;

namespace {

FieldIssue error(const QString &code, QStringList args = {})
{
    return { code, FieldIssue::Severity::Error, std::move(args) };
}

FieldIssue warning(const QString &code, QStringList args = {})
{
    return { code, FieldIssue::Severity::Warning, std::move(args) };
}

FieldIssue ownerIssue(const ValueOwner &owner)
{
    return error(owner.pending ? u"taken-pending"_s : u"taken"_s, { owner.name });
}

} // namespace

UserFormRules::UserFormRules(const UserUniqueness &uniqueness, PasswordPolicy policy)
    : m_uniqueness(uniqueness)
    , m_policy(policy)
{
}

bool UserFormRules::hasErrors(const Issues &issues)
{
    for (const QList<FieldIssue> &list : issues) {
        if (hasError(list))
            return true;
    }
    return false;
}

QList<FieldIssue> UserFormRules::checkUniqueValue(
    UserUniqueness::Key key, const QString &value, const QString &userId) const
{
    if (const auto owner = m_uniqueness.owner(key, value, userId))
        return { ownerIssue(*owner) };
    return {};
}

// Username and local account name share the naming rules and must not collide with each other
// across users: the agent creates one account name per user on a device.
QList<FieldIssue> UserFormRules::checkName(const UserDraft &draft, UserField field, const QString &userId) const
{
    const QString &name = draft.value(field);
    const bool isUsername = field == UserField::Username;
    QList<FieldIssue> issues;
    if (name.isEmpty()) {
        if (isUsername)
            issues.append(error(u"required"_s));
        return issues;
    }
    if (const QString problem = ImportFieldRules::usernameProblem(name); !problem.isEmpty()) {
        issues.append(error(u"username-invalid"_s, { problem }));
        return issues;
    }
    using Key = UserUniqueness::Key;
    const Key same = isUsername ? Key::Username : Key::LocalAccountName;
    const Key other = isUsername ? Key::LocalAccountName : Key::Username;
    if (const auto owner = m_uniqueness.owner(same, name, userId))
        issues.append(ownerIssue(*owner));
    else if (const auto crossOwner = m_uniqueness.owner(other, name, userId))
        issues.append(error(u"local-account-of"_s, { crossOwner->name }));

    // The length limits bind the name the device account gets: the local account name when set.
    const bool effective = isUsername ? draft.value(UserField::LocalAccountName).isEmpty() : true;
    if (effective) {
        const auto length = QString::number(name.size());
        if (name.size() > LocalAccountNameRules::MaxLength)
            issues.append(warning(u"device-length"_s, { length, QString::number(LocalAccountNameRules::MaxLength) }));
        else if (name.size() > LocalAccountNameRules::MaxWindowsLength)
            issues.append(
                warning(u"windows-length"_s, { length, QString::number(LocalAccountNameRules::MaxWindowsLength) }));
    }
    return issues;
}

UserFormRules::Issues UserFormRules::check(const UserDraft &draft, Mode mode, const QString &userId) const
{
    Issues issues;
    const auto at = [&](UserField field) -> QList<FieldIssue> & { return issues.at(std::size_t(field)); };

    at(UserField::Username) = checkName(draft, UserField::Username, userId);
    at(UserField::LocalAccountName) = checkName(draft, UserField::LocalAccountName, userId);

    const QString &email = draft.value(UserField::Email);
    if (email.isEmpty())
        at(UserField::Email).append(error(u"required"_s));
    else if (!ImportFieldRules::isValidEmail(email))
        at(UserField::Email).append(error(u"email-invalid"_s));
    else
        at(UserField::Email) = checkUniqueValue(UserUniqueness::Key::Email, email, userId);

    if (const QString &alternate = draft.value(UserField::AlternateEmail);
        !alternate.isEmpty() && !ImportFieldRules::isValidEmail(alternate))
        at(UserField::AlternateEmail).append(error(u"email-invalid"_s));

    if (const QString &employeeId = draft.value(UserField::EmployeeId); !employeeId.isEmpty())
        at(UserField::EmployeeId) = checkUniqueValue(UserUniqueness::Key::EmployeeId, employeeId, userId);

    for (int i = 0; i < UserFields::count; ++i) {
        const auto field = UserField(i);
        if (draft.value(field).size() > UserFields::maxLength(field))
            at(field).prepend(error(u"too-long"_s, { QString::number(UserFields::maxLength(field)) }));
    }

    if (mode == Mode::Create) {
        const QString &password = draft.value(UserField::Password);
        if (password.isEmpty()) {
            at(UserField::Password).append(warning(u"no-password-staged"_s));
        } else if (const QStringList broken = ImportFieldRules::passwordProblems(password, m_policy);
                   !broken.isEmpty()) {
            at(UserField::Password).append(error(u"password-policy"_s, broken));
        }
    }
    return issues;
}
