#include "ImportUpdateDiff.h"

#include "ImportFieldRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString phone(const User &user, const QString &type)
{
    for (const NamedValue &number : user.phoneNumbers) {
        if (number.name == type)
            return number.value;
    }
    return {};
}

QString attribute(const User &user, const QString &name)
{
    for (const NamedValue &value : user.customAttributes) {
        if (value.name == name)
            return value.value;
    }
    return {};
}
} // namespace

std::optional<QString> ImportUpdateDiff::currentValue(const User &user, ImportTarget target)
{
    using F = ImportField;
    switch (target.field) {
    case F::Username:
        return user.username;
    case F::Email:
        return user.email;
    case F::FirstName:
        return user.firstName;
    case F::LastName:
        return user.lastName;
    case F::MiddleName:
        return user.middleName;
    case F::PreferredName:
        return user.displayName;
    case F::JobTitle:
        return user.jobTitle;
    case F::EmployeeIdentifier:
        return user.employeeIdentifier;
    case F::Department:
        return user.department;
    case F::CostCenter:
        return user.costCenter;
    case F::Company:
        return user.company;
    case F::EmployeeType:
        return user.employeeType;
    case F::Description:
        return user.description;
    case F::Location:
        return user.location;
    case F::AlternateEmail:
        return user.alternateEmail;
    case F::Manager:
        return user.managerId;
    case F::SystemUsername:
        return user.systemUsername;
    case F::MobileNumber:
        return phone(user, u"mobile"_s);
    case F::HomeNumber:
        return phone(user, u"home"_s);
    case F::WorkNumber:
        return phone(user, u"work"_s);
    case F::WorkMobileNumber:
        return phone(user, u"work_mobile"_s);
    case F::WorkFaxNumber:
        return phone(user, u"work_fax"_s);
    case F::AccountLocked:
        return boolText(user.accountLocked);
    case F::EnableUserPortalMultifactor:
        return boolText(user.mfaRequired);
    case F::ExternallyManaged:
        return boolText(user.externallyManaged);
    case F::PasswordlessSudo:
        return boolText(user.passwordlessSudo);
    case F::Sudo:
        return boolText(user.sudo);
    case F::PasswordNeverExpires:
        return boolText(user.passwordNeverExpires);
    case F::UnixUid:
        return QString::number(user.unixUid);
    case F::UnixGuid:
        return QString::number(user.unixGid);
    default:
        return std::nullopt;
    }
    Q_UNUSED(attribute);
}

QList<ImportFieldChange> ImportUpdateDiff::diff(
    const User &user, const QStringList &fields, const ImportMapping &mapping)
{
    QList<ImportFieldChange> changes;
    const int count = int(std::min<qsizetype>(fields.size(), mapping.columnCount()));
    for (int c = 0; c < count; ++c) {
        const ImportTarget target = mapping.target(c);
        const QString value = fields.at(c).trimmed();
        if (target.isNone() || value.isEmpty() || target.field == ImportField::Username
            || ImportFieldInfo::isDevice(target.field) || target.field == ImportField::Administrator
            || target.field == ImportField::Group || target.field == ImportField::AttributeName)
            continue; // the key, and associations, are not user fields
        if (target.field == ImportField::Password) {
            changes.append(
                { target.key(), QString(), QCoreApplication::translate("ImportValidator", "(new password)"), false });
            continue;
        }
        if (target.field == ImportField::AttributeValue) {
            const int nameColumn = mapping.column(ImportField::AttributeName, target.index);
            const QString name
                = nameColumn >= 0 && nameColumn < fields.size() ? fields.at(nameColumn).trimmed() : QString();
            if (name.isEmpty())
                continue;
            const QString old = attribute(user, name);
            if (old != value)
                changes.append({ u"attribute:"_s + name, old, value, true });
            continue;
        }
        QString newValue = value;
        if (ImportFieldInfo::kind(target.field) == ImportFieldKind::Boolean) {
            if (const auto parsed = ImportFieldRules::parseBoolean(value))
                newValue = boolText(*parsed);
        }
        const std::optional<QString> old = currentValue(user, target);
        if (!old) {
            changes.append({ target.key(), QString(), newValue, false });
        } else if (*old != newValue) {
            changes.append({ target.key(), *old, newValue, true });
        }
    }
    return changes;
}
