#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// What a CSV column can mean. Most are user attributes under the directory's PowerShell module's column names
// (ISSUES-NOTES.md A.5); the rest say which device to bind (with Administrator), which groups to join and which
// custom attributes to set. Group and Attribute columns are numbered (ImportTarget::index).
enum class ImportField {
    None,
    Username,
    FirstName,
    LastName,
    Email,
    Password,
    AlternateEmail,
    RecoveryEmail,
    Manager,
    ManagedAppleId,
    MiddleName,
    PreferredName,
    JobTitle,
    EmployeeIdentifier,
    Department,
    CostCenter,
    Company,
    EmployeeType,
    Description,
    Location,
    HomeStreetAddress,
    HomePoBox,
    HomeLocality,
    HomeRegion,
    HomeCity,
    HomeState,
    HomePostalCode,
    HomeCountry,
    WorkStreetAddress,
    WorkPoBox,
    WorkLocality,
    WorkRegion,
    WorkCity,
    WorkState,
    WorkPostalCode,
    WorkCountry,
    MobileNumber,
    HomeNumber,
    WorkNumber,
    WorkMobileNumber,
    WorkFaxNumber,
    AccountLocked,
    AllowPublicKey,
    EnableManagedUid,
    EnableUserPortalMultifactor,
    EnrollmentDays,
    ExternallyManaged,
    LdapBindingUser,
    PasswordlessSudo,
    Sudo,
    UnixGuid,
    UnixUid,
    PasswordNeverExpires,
    LdapServerId,
    SystemUsername,
    // Device to bind: by id, or by name (display name, hostname or serial number).
    SystemId,
    DeviceName,
    DeviceHostname,
    DeviceSerial,
    Device,
    Administrator,
    Group, // numbered: Group1 … GroupN
    AttributeName, // numbered: AttributeN_name
    AttributeValue, // numbered: AttributeN_value
};

// How a field's cells are checked.
enum class ImportFieldKind { Text, Email, Boolean, Integer, Phone, Secret, Device, Group, Attribute };

// A column's meaning: a field, and for Group/Attribute* the number in its header.
struct ImportTarget
{
    ImportField field = ImportField::None;
    int index = 0;

    bool isNone() const { return field == ImportField::None; }
    // The extended template's column name: "Username", "home_city", "Group3", "Attribute2_value".
    QString key() const;
    static std::optional<ImportTarget> fromKey(const QString &key);

    friend bool operator==(const ImportTarget &, const ImportTarget &) = default;
};

// Facts about the fields, kept in one table so the mapping, the templates and the validator cannot disagree.
class ImportFieldInfo
{
public:
    static ImportFieldKind kind(ImportField field);
    static bool isNumbered(ImportField field);
    static bool isDevice(ImportField field);
    // The portal's five columns, in its order, with their exact (lower-case) names.
    static const QList<std::pair<QString, ImportField>> &portalColumns();
    // Every plain (not numbered, not device) field in the extended template's order, with its column name.
    static const QList<std::pair<QString, ImportField>> &extendedColumns();
    // Extended columns plus the device columns and Administrator, for header matching.
    static const QList<std::pair<QString, ImportField>> &namedColumns();
    static int fieldCount();
};
