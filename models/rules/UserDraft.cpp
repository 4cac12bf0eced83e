#include "UserDraft.h"

using namespace Qt::StringLiterals;

namespace UserFields {

QLatin1StringView apiKey(UserField field)
{
    switch (field) {
    case UserField::Username:
        return "username"_L1;
    case UserField::Email:
        return "email"_L1;
    case UserField::FirstName:
        return "firstname"_L1;
    case UserField::LastName:
        return "lastname"_L1;
    case UserField::DisplayName:
        return "displayname"_L1;
    case UserField::LocalAccountName:
        return "systemUsername"_L1;
    case UserField::EmployeeId:
        return "employeeIdentifier"_L1;
    case UserField::JobTitle:
        return "jobTitle"_L1;
    case UserField::Department:
        return "department"_L1;
    case UserField::Company:
        return "company"_L1;
    case UserField::CostCenter:
        return "costCenter"_L1;
    case UserField::EmployeeType:
        return "employeeType"_L1;
    case UserField::Location:
        return "location"_L1;
    case UserField::AlternateEmail:
        return "alternateEmail"_L1;
    case UserField::Description:
        return "description"_L1;
    case UserField::Password:
        return "password"_L1;
    case UserField::Count:
        break;
    }
    return {};
}

int maxLength(UserField field)
{
    return field == UserField::EmployeeId ? 256 : 1024;
}

} // namespace UserFields

UserDraft UserDraft::fromUser(const User &user)
{
    UserDraft draft;
    draft.setValue(UserField::Username, user.username);
    draft.setValue(UserField::Email, user.email);
    draft.setValue(UserField::FirstName, user.firstName);
    draft.setValue(UserField::LastName, user.lastName);
    draft.setValue(UserField::DisplayName, user.displayName);
    draft.setValue(UserField::LocalAccountName, user.systemUsername);
    draft.setValue(UserField::EmployeeId, user.employeeIdentifier);
    draft.setValue(UserField::JobTitle, user.jobTitle);
    draft.setValue(UserField::Department, user.department);
    draft.setValue(UserField::Company, user.company);
    draft.setValue(UserField::CostCenter, user.costCenter);
    draft.setValue(UserField::EmployeeType, user.employeeType);
    draft.setValue(UserField::Location, user.location);
    draft.setValue(UserField::AlternateEmail, user.alternateEmail);
    draft.setValue(UserField::Description, user.description);
    draft.state = user.state;
    return draft;
}

QJsonObject UserDraft::createFields() const
{
    QJsonObject fields;
    for (int i = 0; i < UserFields::count; ++i) {
        const auto field = UserField(i);
        if (field != UserField::Password && !value(field).isEmpty())
            fields.insert(UserFields::apiKey(field), value(field));
    }
    fields.insert("state"_L1, userStateKey(state));
    return fields;
}

QJsonObject UserDraft::changedFields(const UserDraft &original) const
{
    QJsonObject fields;
    for (int i = 0; i < UserFields::count; ++i) {
        const auto field = UserField(i);
        if (field != UserField::Password && value(field) != original.value(field))
            fields.insert(UserFields::apiKey(field), value(field));
    }
    return fields;
}

QJsonObject UserDraft::beforeValues(const UserDraft &original) const
{
    QJsonObject before;
    for (int i = 0; i < UserFields::count; ++i) {
        const auto field = UserField(i);
        if (field != UserField::Password && value(field) != original.value(field))
            before.insert(UserFields::apiKey(field), original.value(field));
    }
    return before;
}
