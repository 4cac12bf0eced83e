#include "ImportChangeBuilder.h"

#include "ImportFieldRules.h"
#include "ImportUpdateDiff.h"
#include "ImportValidator.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// The v1 systemuser name of a plain text field (the module's column names are not the API's).
QString textKey(ImportField field)
{
    using F = ImportField;
    switch (field) {
    case F::Username:
        return u"username"_s;
    case F::FirstName:
        return u"firstname"_s;
    case F::LastName:
        return u"lastname"_s;
    case F::MiddleName:
        return u"middlename"_s;
    case F::PreferredName:
        return u"displayname"_s;
    case F::Email:
        return u"email"_s;
    case F::AlternateEmail:
        return u"alternateEmail"_s;
    case F::ManagedAppleId:
        return u"managedAppleId"_s;
    case F::JobTitle:
        return u"jobTitle"_s;
    case F::EmployeeIdentifier:
        return u"employeeIdentifier"_s;
    case F::Department:
        return u"department"_s;
    case F::CostCenter:
        return u"costCenter"_s;
    case F::Company:
        return u"company"_s;
    case F::EmployeeType:
        return u"employeeType"_s;
    case F::Description:
        return u"description"_s;
    case F::Location:
        return u"location"_s;
    case F::SystemUsername:
        return u"systemUsername"_s;
    default:
        return {};
    }
}

QString booleanKey(ImportField field)
{
    using F = ImportField;
    switch (field) {
    case F::AccountLocked:
        return u"account_locked"_s;
    case F::AllowPublicKey:
        return u"allow_public_key"_s;
    case F::EnableManagedUid:
        return u"enable_managed_uid"_s;
    case F::EnableUserPortalMultifactor:
        return u"enable_user_portal_multifactor"_s;
    case F::ExternallyManaged:
        return u"externally_managed"_s;
    case F::LdapBindingUser:
        return u"ldap_binding_user"_s;
    case F::PasswordlessSudo:
        return u"passwordless_sudo"_s;
    case F::Sudo:
        return u"sudo"_s;
    case F::PasswordNeverExpires:
        return u"password_never_expires"_s;
    default:
        return {};
    }
}

QString phoneType(ImportField field)
{
    using F = ImportField;
    switch (field) {
    case F::MobileNumber:
        return u"mobile"_s;
    case F::HomeNumber:
        return u"home"_s;
    case F::WorkNumber:
        return u"work"_s;
    case F::WorkMobileNumber:
        return u"work_mobile"_s;
    case F::WorkFaxNumber:
        return u"work_fax"_s;
    default:
        return {};
    }
}

// Address columns: which address ("home"/"work") and which of its keys. The module's city and state are the API's
// locality and region.
std::pair<QString, QString> addressPart(ImportField field)
{
    using F = ImportField;
    switch (field) {
    case F::HomeStreetAddress:
        return { u"home"_s, u"streetAddress"_s };
    case F::HomePoBox:
        return { u"home"_s, u"poBox"_s };
    case F::HomeLocality:
    case F::HomeCity:
        return { u"home"_s, u"locality"_s };
    case F::HomeRegion:
    case F::HomeState:
        return { u"home"_s, u"region"_s };
    case F::HomePostalCode:
        return { u"home"_s, u"postalCode"_s };
    case F::HomeCountry:
        return { u"home"_s, u"country"_s };
    case F::WorkStreetAddress:
        return { u"work"_s, u"streetAddress"_s };
    case F::WorkPoBox:
        return { u"work"_s, u"poBox"_s };
    case F::WorkLocality:
    case F::WorkCity:
        return { u"work"_s, u"locality"_s };
    case F::WorkRegion:
    case F::WorkState:
        return { u"work"_s, u"region"_s };
    case F::WorkPostalCode:
        return { u"work"_s, u"postalCode"_s };
    case F::WorkCountry:
        return { u"work"_s, u"country"_s };
    default:
        return {};
    }
}

// The API field a template column feeds, so an update can keep only the fields whose columns changed.
QString apiKeyOf(ImportTarget target)
{
    if (const QString key = textKey(target.field); !key.isEmpty())
        return key;
    if (const QString key = booleanKey(target.field); !key.isEmpty())
        return key;
    if (!phoneType(target.field).isEmpty())
        return u"phoneNumbers"_s;
    if (!addressPart(target.field).first.isEmpty())
        return u"addresses"_s;
    switch (target.field) {
    case ImportField::RecoveryEmail:
        return u"recoveryEmail"_s;
    case ImportField::Manager:
        return u"manager"_s;
    case ImportField::EnrollmentDays:
        return u"mfa"_s;
    case ImportField::UnixUid:
        return u"unix_uid"_s;
    case ImportField::UnixGuid:
        return u"unix_guid"_s;
    case ImportField::AttributeName:
    case ImportField::AttributeValue:
        return u"attributes"_s;
    case ImportField::Password:
        return u"password"_s;
    default:
        return {};
    }
}

QJsonValue scalarBefore(const User &user, ImportTarget target)
{
    const std::optional<QString> old = ImportUpdateDiff::currentValue(user, target);
    if (!old)
        return QJsonValue::Undefined;
    if (ImportFieldInfo::kind(target.field) == ImportFieldKind::Boolean)
        return *old == "true"_L1;
    if (ImportFieldInfo::kind(target.field) == ImportFieldKind::Integer)
        return old->toLongLong();
    return *old;
}

} // namespace

ImportChangeBuilder::ImportChangeBuilder(const ImportValidator &validator)
    : m_validator(validator)
{
}

bool ImportChangeBuilder::isMember(const QString &userId, const QString &groupId) const
{
    if (!m_membershipsBuilt) {
        m_membershipsBuilt = true;
        for (const UserGroupMembership &m : m_validator.orgIndex().snapshot().userGroupMemberships)
            m_memberships.insert(m.userId + u' ' + m.groupId);
    }
    return m_memberships.contains(userId + u' ' + groupId);
}

QList<ImportRowChange> ImportChangeBuilder::buildAll(const QSet<int> &skipped) const
{
    QList<ImportRowChange> changes;
    for (int row = 0; row < int(m_validator.records().size()); ++row) {
        if (skipped.contains(row))
            continue;
        if (auto change = build(row))
            changes.append(std::move(*change));
    }
    return changes;
}

std::optional<ImportRowChange> ImportChangeBuilder::build(int row) const
{
    if (row < 0 || row >= int(m_validator.results().size()))
        return std::nullopt;
    const ImportRowResult &result = m_validator.results().at(row);
    if (result.status == ImportRowStatus::Error || result.action == ImportRowAction::Skip)
        return std::nullopt;
    const QStringList &cells = m_validator.records().at(row).fields;
    const ImportMapping &mapping = m_validator.mapping();
    const ImportOrgIndex &org = m_validator.orgIndex();
    const auto cellAt = [&cells](int column) {
        return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
    };

    ImportRowChange change;
    change.row = row;
    change.line = result.line;
    change.action = result.action;
    change.username = cellAt(mapping.column(ImportField::Username));
    change.existingUserId = result.existingUserId;
    const User *existing = result.action == ImportRowAction::Update ? org.userById(result.existingUserId) : nullptr;
    if (result.action == ImportRowAction::Update && !existing)
        return std::nullopt;

    // Every mapped value in the API's shape; keys remember which template columns fed them.
    QJsonObject fields;
    QHash<QString, QStringList> columnsOf; // API key → template keys
    QJsonObject addresses; // "home"/"work" → {part: value}
    QList<NamedValue> phones = existing ? existing->phoneNumbers : QList<NamedValue> {};
    QList<NamedValue> attributes = existing ? existing->customAttributes : QList<NamedValue> {};
    const auto setNamed = [](QList<NamedValue> &list, const QString &name, const QString &value) {
        for (NamedValue &item : list) {
            if (item.name == name) {
                item.value = value;
                return;
            }
        }
        list.append({ name, value });
    };
    for (int c = 0; c < int(std::min<qsizetype>(cells.size(), mapping.columnCount())); ++c) {
        const ImportTarget target = mapping.target(c);
        const QString value = target.field == ImportField::Password ? cells.at(c) : cells.at(c).trimmed();
        if (target.isNone() || value.isEmpty())
            continue;
        const QString apiKey = apiKeyOf(target);
        if (apiKey.isEmpty())
            continue; // devices, groups and ldapserver_id are associations, not user fields
        columnsOf[apiKey].append(target.key());
        if (!textKey(target.field).isEmpty()) {
            fields.insert(apiKey, value);
        } else if (!booleanKey(target.field).isEmpty()) {
            fields.insert(apiKey, ImportFieldRules::parseBoolean(value).value_or(false));
        } else if (const QString type = phoneType(target.field); !type.isEmpty()) {
            setNamed(phones, type, value);
        } else if (const auto [which, part] = addressPart(target.field); !which.isEmpty()) {
            QJsonObject address = addresses.value(which).toObject();
            address.insert(part, value);
            addresses.insert(which, address);
        } else if (target.field == ImportField::RecoveryEmail) {
            fields.insert(u"recoveryEmail"_s, QJsonObject { { u"address"_s, value } });
        } else if (target.field == ImportField::EnrollmentDays) {
            fields.insert(u"mfa"_s,
                QJsonObject { { u"exclusion"_s, true },
                    { u"exclusionDays"_s, ImportFieldRules::parseInteger(value).value_or(7) } });
        } else if (target.field == ImportField::UnixUid || target.field == ImportField::UnixGuid) {
            fields.insert(apiKey, ImportFieldRules::parseInteger(value).value_or(0));
        } else if (target.field == ImportField::Password) {
            change.password = value;
        } else if (target.field == ImportField::Manager) {
            // The directory wants an id; the module accepts a username too and so does the validator.
            if (const User *manager = org.userById(value))
                fields.insert(u"manager"_s, manager->id);
            else if (const User *named = org.userByUsername(value))
                fields.insert(u"manager"_s, named->id);
            else
                change.notes.append(
                    tr("The manager “%1” is created by this import; set it once both users exist.").arg(value));
        } else if (target.field == ImportField::AttributeValue) {
            const QString name = cellAt(mapping.column(ImportField::AttributeName, target.index));
            if (!name.isEmpty())
                setNamed(attributes, name, value);
        }
    }
    for (auto it = addresses.constBegin(); it != addresses.constEnd(); ++it) {
        QJsonObject address = it.value().toObject();
        address.insert(u"type"_s, it.key());
        QJsonArray list = fields.value("addresses"_L1).toArray();
        list.append(address);
        fields.insert(u"addresses"_s, list);
    }
    const auto namedArray = [](const QList<NamedValue> &list, const QString &nameKey, const QString &valueKey) {
        QJsonArray array;
        for (const NamedValue &item : list)
            array.append(QJsonObject { { nameKey, item.name }, { valueKey, item.value } });
        return array;
    };
    if (columnsOf.contains(u"phoneNumbers"_s))
        fields.insert(u"phoneNumbers"_s, namedArray(phones, u"type"_s, u"number"_s));
    if (columnsOf.contains(u"attributes"_s))
        fields.insert(u"attributes"_s, namedArray(attributes, u"name"_s, u"value"_s));

    if (!existing) {
        // The state is sent, not left to an org default that differs between the portal and the API.
        fields.insert(u"state"_s, result.staged ? u"STAGED"_s : u"ACTIVATED"_s);
        change.fields = fields;
    } else {
        // Only what changes (ImportUpdateDiff decided that per column), with the values the admin saw.
        QSet<QString> changedColumns;
        for (const ImportFieldChange &c : result.changes)
            changedColumns.insert(c.field.startsWith("attribute:"_L1) ? u"attribute"_s : c.field);
        for (auto it = columnsOf.constBegin(); it != columnsOf.constEnd(); ++it) {
            const bool changed = std::any_of(it.value().cbegin(), it.value().cend(), [&](const QString &key) {
                return changedColumns.contains(key)
                    || (key.startsWith("Attribute"_L1) && changedColumns.contains(u"attribute"_s));
            });
            if (!changed || it.key() == "username"_L1)
                continue;
            if (it.key() == "password"_L1) {
                change.fields.insert(u"password"_s, change.password);
                continue;
            }
            if (!fields.contains(it.key()))
                continue; // a manager the import cannot name yet
            change.fields.insert(it.key(), fields.value(it.key()));
            if (it.value().size() == 1) {
                if (const auto target = ImportTarget::fromKey(it.value().constFirst())) {
                    const QJsonValue old = scalarBefore(*existing, *target);
                    if (!old.isUndefined() && !old.isArray())
                        change.before.insert(it.key(), old);
                }
            }
        }
        change.password.clear(); // travels in fields for an update
    }

    // The device, unless the planner says the user is bound to it already.
    if (result.bindings > 0 && !result.hasIssue(u"already-bound"_s)) {
        const int column = mapping.deviceColumn();
        const ImportField field = mapping.target(column).field;
        const auto key = field == ImportField::SystemId ? ImportOrgIndex::DeviceKey::Id
            : field == ImportField::DeviceName          ? ImportOrgIndex::DeviceKey::Name
            : field == ImportField::DeviceHostname      ? ImportOrgIndex::DeviceKey::Hostname
            : field == ImportField::DeviceSerial        ? ImportOrgIndex::DeviceKey::Serial
                                                        : ImportOrgIndex::DeviceKey::Any;
        const ImportOrgIndex::DeviceList devices = org.findDevices(key, cellAt(column));
        if (devices.size() == 1) {
            change.deviceId = devices.first()->id;
            change.deviceName = devices.first()->shownName();
            change.administrator
                = ImportFieldRules::parseBoolean(cellAt(mapping.column(ImportField::Administrator))).value_or(false);
        }
    }
    for (const int column : mapping.groupColumns()) {
        const QString name = cellAt(column);
        const UserGroup *group = name.isEmpty() ? nullptr : org.userGroupByName(name);
        if (!group
            || std::any_of(change.groups.cbegin(), change.groups.cend(),
                [group](const ImportRowChange::Group &g) { return g.id == group->id; }))
            continue;
        if (existing && isMember(existing->id, group->id))
            continue;
        change.groups.append({ group->id, group->name });
    }
    return change;
}
