#include "ImportField.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using Column = std::pair<QString, ImportField>;

const QList<Column> &extended()
{
    using F = ImportField;
    static const QList<Column> columns {
        { u"Username"_s, F::Username },
        { u"FirstName"_s, F::FirstName },
        { u"LastName"_s, F::LastName },
        { u"Email"_s, F::Email },
        { u"Password"_s, F::Password },
        { u"alternateEmail"_s, F::AlternateEmail },
        { u"recoveryEmail"_s, F::RecoveryEmail },
        { u"manager"_s, F::Manager },
        { u"managedAppleId"_s, F::ManagedAppleId },
        { u"middlename"_s, F::MiddleName },
        { u"preferredName"_s, F::PreferredName },
        { u"jobTitle"_s, F::JobTitle },
        { u"employeeIdentifier"_s, F::EmployeeIdentifier },
        { u"department"_s, F::Department },
        { u"costCenter"_s, F::CostCenter },
        { u"company"_s, F::Company },
        { u"employeeType"_s, F::EmployeeType },
        { u"description"_s, F::Description },
        { u"location"_s, F::Location },
        { u"home_streetAddress"_s, F::HomeStreetAddress },
        { u"home_poBox"_s, F::HomePoBox },
        { u"home_locality"_s, F::HomeLocality },
        { u"home_region"_s, F::HomeRegion },
        { u"home_city"_s, F::HomeCity },
        { u"home_state"_s, F::HomeState },
        { u"home_postalCode"_s, F::HomePostalCode },
        { u"home_country"_s, F::HomeCountry },
        { u"work_streetAddress"_s, F::WorkStreetAddress },
        { u"work_poBox"_s, F::WorkPoBox },
        { u"work_locality"_s, F::WorkLocality },
        { u"work_region"_s, F::WorkRegion },
        { u"work_city"_s, F::WorkCity },
        { u"work_state"_s, F::WorkState },
        { u"work_postalCode"_s, F::WorkPostalCode },
        { u"work_country"_s, F::WorkCountry },
        { u"mobile_number"_s, F::MobileNumber },
        { u"home_number"_s, F::HomeNumber },
        { u"work_number"_s, F::WorkNumber },
        { u"work_mobile_number"_s, F::WorkMobileNumber },
        { u"work_fax_number"_s, F::WorkFaxNumber },
        { u"account_locked"_s, F::AccountLocked },
        { u"allow_public_key"_s, F::AllowPublicKey },
        { u"enable_managed_uid"_s, F::EnableManagedUid },
        { u"enable_user_portal_multifactor"_s, F::EnableUserPortalMultifactor },
        { u"EnrollmentDays"_s, F::EnrollmentDays },
        { u"externally_managed"_s, F::ExternallyManaged },
        { u"ldap_binding_user"_s, F::LdapBindingUser },
        { u"passwordless_sudo"_s, F::PasswordlessSudo },
        { u"sudo"_s, F::Sudo },
        { u"unix_guid"_s, F::UnixGuid },
        { u"unix_uid"_s, F::UnixUid },
        { u"password_never_expires"_s, F::PasswordNeverExpires },
        { u"ldapserver_id"_s, F::LdapServerId },
        { u"systemUsername"_s, F::SystemUsername },
    };
    return columns;
}

const QList<Column> &devices()
{
    using F = ImportField;
    static const QList<Column> columns {
        { u"SystemID"_s, F::SystemId },
        { u"DeviceName"_s, F::DeviceName },
        { u"DeviceHostname"_s, F::DeviceHostname },
        { u"DeviceSerial"_s, F::DeviceSerial },
        { u"Device"_s, F::Device },
        { u"Administrator"_s, F::Administrator },
    };
    return columns;
}
} // namespace

QString ImportTarget::key() const
{
    switch (field) {
    case ImportField::None:
        return {};
    case ImportField::Group:
        return u"Group"_s + QString::number(index);
    case ImportField::AttributeName:
        return u"Attribute"_s + QString::number(index) + u"_name"_s;
    case ImportField::AttributeValue:
        return u"Attribute"_s + QString::number(index) + u"_value"_s;
    default:
        break;
    }
    for (const Column &column : ImportFieldInfo::namedColumns()) {
        if (column.second == field)
            return column.first;
    }
    return {};
}

std::optional<ImportTarget> ImportTarget::fromKey(const QString &key)
{
    for (const Column &column : ImportFieldInfo::namedColumns()) {
        if (column.first == key)
            return ImportTarget { column.second, 0 };
    }
    // Numbers as the module writes them: no sign, no leading zeros, at least 1.
    static const QRegularExpression group(u"^Group([1-9][0-9]{0,5})$"_s);
    static const QRegularExpression attribute(u"^Attribute([1-9][0-9]{0,5})_(name|value)$"_s);
    if (const auto match = group.match(key); match.hasMatch())
        return ImportTarget { ImportField::Group, match.captured(1).toInt() };
    if (const auto match = attribute.match(key); match.hasMatch()) {
        const ImportField field
            = match.captured(2) == "name"_L1 ? ImportField::AttributeName : ImportField::AttributeValue;
        return ImportTarget { field, match.captured(1).toInt() };
    }
    return std::nullopt;
}

ImportFieldKind ImportFieldInfo::kind(ImportField field)
{
    using F = ImportField;
    switch (field) {
    case F::Email:
    case F::AlternateEmail:
    case F::RecoveryEmail:
        return ImportFieldKind::Email;
    case F::AccountLocked:
    case F::AllowPublicKey:
    case F::EnableManagedUid:
    case F::EnableUserPortalMultifactor:
    case F::ExternallyManaged:
    case F::LdapBindingUser:
    case F::PasswordlessSudo:
    case F::Sudo:
    case F::PasswordNeverExpires:
    case F::Administrator:
        return ImportFieldKind::Boolean;
    case F::EnrollmentDays:
    case F::UnixGuid:
    case F::UnixUid:
        return ImportFieldKind::Integer;
    case F::MobileNumber:
    case F::HomeNumber:
    case F::WorkNumber:
    case F::WorkMobileNumber:
    case F::WorkFaxNumber:
        return ImportFieldKind::Phone;
    case F::Password:
        return ImportFieldKind::Secret;
    case F::SystemId:
    case F::DeviceName:
    case F::DeviceHostname:
    case F::DeviceSerial:
    case F::Device:
        return ImportFieldKind::Device;
    case F::Group:
        return ImportFieldKind::Group;
    case F::AttributeName:
    case F::AttributeValue:
        return ImportFieldKind::Attribute;
    default:
        return ImportFieldKind::Text;
    }
}

bool ImportFieldInfo::isNumbered(ImportField field)
{
    return field == ImportField::Group || field == ImportField::AttributeName || field == ImportField::AttributeValue;
}

bool ImportFieldInfo::isDevice(ImportField field)
{
    return kind(field) == ImportFieldKind::Device;
}

const QList<std::pair<QString, ImportField>> &ImportFieldInfo::portalColumns()
{
    static const QList<Column> columns { { u"firstname"_s, ImportField::FirstName },
        { u"lastname"_s, ImportField::LastName }, { u"username"_s, ImportField::Username },
        { u"email"_s, ImportField::Email }, { u"password"_s, ImportField::Password } };
    return columns;
}

const QList<std::pair<QString, ImportField>> &ImportFieldInfo::extendedColumns()
{
    return extended();
}

const QList<std::pair<QString, ImportField>> &ImportFieldInfo::namedColumns()
{
    static const QList<Column> columns = extended() + devices();
    return columns;
}

int ImportFieldInfo::fieldCount()
{
    return int(ImportField::AttributeValue) + 1;
}
