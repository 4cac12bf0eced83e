#include "ImportRowChecker.h"

#include "ImportBindingCheck.h"
#include "ImportFieldRules.h"
#include "ImportUpdateDiff.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString linesText(const QList<int> &rows, const std::function<qint64(int)> &lineOf)
{
    QStringList lines;
    for (qsizetype i = 0; i < rows.size() && i < 3; ++i)
        lines << QString::number(lineOf(rows.at(i)));
    if (rows.size() > 3)
        lines << u"…"_s;
    return lines.join(u", "_s);
}

ImportOrgIndex::DeviceKey deviceKey(ImportField field)
{
    switch (field) {
    case ImportField::SystemId:
        return ImportOrgIndex::DeviceKey::Id;
    case ImportField::DeviceName:
        return ImportOrgIndex::DeviceKey::Name;
    case ImportField::DeviceHostname:
        return ImportOrgIndex::DeviceKey::Hostname;
    case ImportField::DeviceSerial:
        return ImportOrgIndex::DeviceKey::Serial;
    default:
        return ImportOrgIndex::DeviceKey::Any;
    }
}
} // namespace

ImportRowChecker::ImportRowChecker(
    const ImportOrgIndex &org, const ImportMapping &mapping, ImportValidatorOptions options)
    : m_org(org)
    , m_mapping(mapping)
    , m_options(options)
    , m_columns(std::size_t(ImportFieldInfo::fieldCount()), -1)
    , m_groupColumns(mapping.groupColumns())
    , m_attributePairs(mapping.attributePairs())
    , m_deviceColumn(mapping.deviceColumn())
    , m_deviceField(mapping.target(m_deviceColumn).field)
{
    for (int c = 0; c < mapping.columnCount(); ++c) {
        const ImportTarget target = mapping.target(c);
        if (!target.isNone() && !ImportFieldInfo::isNumbered(target.field))
            m_columns[std::size_t(target.field)] = c;
    }
}

QString ImportRowChecker::cell(const CsvRecord &record, ImportField field, int) const
{
    const int column = columnOf(field);
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
}

ImportUniquenessIndex::Keys ImportRowChecker::keys(const CsvRecord &record) const
{
    ImportUniquenessIndex::Keys keys;
    keys[ImportUniquenessIndex::Username] = cell(record, ImportField::Username).toLower();
    keys[ImportUniquenessIndex::Email] = cell(record, ImportField::Email).toLower();
    keys[ImportUniquenessIndex::EmployeeId] = cell(record, ImportField::EmployeeIdentifier);
    keys[ImportUniquenessIndex::LocalName] = cell(record, ImportField::SystemUsername).toLower();
    keys[ImportUniquenessIndex::Manager] = cell(record, ImportField::Manager).toLower();
    return keys;
}

ImportRowResult ImportRowChecker::check(int row, const CsvRecord &record, const ImportUniquenessIndex &inFile,
    const std::function<qint64(int)> &lineOf, ImportBindingCheck::Request *bindingRequest) const
{
    using U = ImportUniquenessIndex;
    ImportRowResult result;
    result.line = record.line;
    const auto issue = [&](int column, const QString &code, ImportSeverity severity, const QString &message) {
        result.issues.append(ImportIssue { column, m_mapping.columnName(column), code, severity, message });
    };
    const auto fieldIssue = [&](ImportField field, const QString &code, ImportSeverity severity,
                                const QString &message) { issue(columnOf(field), code, severity, message); };

    const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
        [](const QString &f) { return QStringView(f).trimmed().isEmpty(); });
    if (blank) {
        result.action = ImportRowAction::Skip;
        issue(-1, u"blank-row"_s, ImportSeverity::Info, tr("Line %1 is empty and is skipped.").arg(record.line));
        return result;
    }
    if (record.fields.size() != m_mapping.columnCount()) {
        issue(-1, u"ragged-row"_s, ImportSeverity::Warning,
            tr("Line %1 has %2 fields but the header has %3; missing fields are read as empty and extra ones are "
               "ignored. Check for a missing or extra delimiter.")
                .arg(record.line)
                .arg(record.fields.size())
                .arg(m_mapping.columnCount()));
    }
    for (int c = 0; c < int(std::min<qsizetype>(record.fields.size(), m_mapping.columnCount())); ++c) {
        const ImportTarget target = m_mapping.target(c);
        const QString &value = record.fields.at(c);
        if (target.isNone() || target.field == ImportField::Password || !ImportFieldRules::isFormulaLike(value))
            continue;
        if (ImportFieldInfo::kind(target.field) == ImportFieldKind::Phone
            && ImportFieldRules::looksLikePhoneNumber(value))
            continue;
        issue(c, u"formula-like"_s, ImportSeverity::Warning,
            tr("“%1” starts like a spreadsheet formula; if the spreadsheet calculated it, the value imported may not "
               "be what you see. Check the cell.")
                .arg(value));
    }

    // Identity: username and e-mail, in the file and in the org.
    const QString username = cell(record, ImportField::Username);
    const User *existing = nullptr;
    if (username.isEmpty()) {
        fieldIssue(ImportField::Username, u"required-missing"_s, ImportSeverity::Error,
            columnOf(ImportField::Username) < 0 ? tr("The file has no Username column; map one to import users.")
                                                : tr("The username is empty; every user needs one."));
    } else {
        if (const QString problem = ImportFieldRules::usernameProblem(username); !problem.isEmpty())
            fieldIssue(ImportField::Username, u"username-invalid"_s, ImportSeverity::Error,
                tr("The username “%1” is not valid: %2.").arg(username, problem));
        if (const QList<int> others = inFile.others(U::Username, row); !others.isEmpty())
            fieldIssue(ImportField::Username, u"duplicate-username-in-file"_s, ImportSeverity::Error,
                tr("The username “%1” is also on line %2; usernames must be unique. Change or remove one of them.")
                    .arg(username, linesText(others, lineOf)));
        existing = m_org.userByUsername(username);
        if (existing && !m_options.updateExisting) {
            fieldIssue(ImportField::Username, u"username-exists"_s, ImportSeverity::Error,
                tr("A user “%1” already exists. Remove the row, change the username, or import with “update "
                   "existing users”.")
                    .arg(existing->username));
            existing = nullptr;
        } else if (existing) {
            result.action = ImportRowAction::Update;
            result.existingUserId = existing->id;
        }
        if (const User *owner = m_org.userByLocalAccountName(username); owner && owner != existing)
            fieldIssue(ImportField::Username, u"local-account-conflict"_s, ImportSeverity::Error,
                tr("“%1” is the local user account of %2; a username must not equal another user's local account "
                   "name. Choose another username.")
                    .arg(username, owner->username));
        if (const QList<int> others = inFile.others(U::LocalName, row, U::Username); !others.isEmpty())
            fieldIssue(ImportField::Username, u"local-account-conflict"_s, ImportSeverity::Error,
                tr("“%1” is the local user account (systemUsername) on line %2. Choose another username.")
                    .arg(username, linesText(others, lineOf)));
    }
    const QString email = cell(record, ImportField::Email);
    if (email.isEmpty()) {
        if (!existing)
            fieldIssue(ImportField::Email, u"required-missing"_s, ImportSeverity::Error,
                columnOf(ImportField::Email) < 0 ? tr("The file has no Email column; map one to import users.")
                                                 : tr("The e-mail address is empty; every new user needs one."));
    } else {
        if (!ImportFieldRules::isValidEmail(email))
            fieldIssue(ImportField::Email, u"email-invalid"_s, ImportSeverity::Error,
                tr("“%1” is not a valid e-mail address. Correct it (name@example.com).").arg(email));
        if (const QList<int> others = inFile.others(U::Email, row); !others.isEmpty())
            fieldIssue(ImportField::Email, u"duplicate-email-in-file"_s, ImportSeverity::Error,
                tr("The e-mail address “%1” is also on line %2; each user needs their own. Change one of them.")
                    .arg(email, linesText(others, lineOf)));
        if (const User *owner = m_org.userByEmail(email); owner && owner != existing)
            fieldIssue(ImportField::Email, u"email-exists"_s, ImportSeverity::Error,
                tr("The e-mail address “%1” already belongs to %2. Use another address or update that user.")
                    .arg(email, owner->username));
    }
    for (const ImportField field : { ImportField::AlternateEmail, ImportField::RecoveryEmail }) {
        const QString value = cell(record, field);
        if (!value.isEmpty() && !ImportFieldRules::isValidEmail(value))
            fieldIssue(field, u"email-invalid"_s, ImportSeverity::Error,
                tr("“%1” is not a valid e-mail address. Correct it or leave the cell empty.").arg(value));
    }
    if (const QString employeeId = cell(record, ImportField::EmployeeIdentifier); !employeeId.isEmpty()) {
        if (const User *owner = m_org.userByEmployeeId(employeeId); owner && owner != existing)
            fieldIssue(ImportField::EmployeeIdentifier, u"employee-id-duplicate"_s, ImportSeverity::Error,
                tr("The employee id “%1” already belongs to %2; employee ids are unique.")
                    .arg(employeeId, owner->username));
        if (const QList<int> others = inFile.others(U::EmployeeId, row); !others.isEmpty())
            fieldIssue(ImportField::EmployeeIdentifier, u"employee-id-duplicate"_s, ImportSeverity::Error,
                tr("The employee id “%1” is also on line %2; employee ids are unique.")
                    .arg(employeeId, linesText(others, lineOf)));
    }
    const QString localName = cell(record, ImportField::SystemUsername);
    if (!localName.isEmpty()) {
        if (const QString problem = ImportFieldRules::usernameProblem(localName); !problem.isEmpty())
            fieldIssue(ImportField::SystemUsername, u"username-invalid"_s, ImportSeverity::Error,
                tr("The local account name “%1” is not valid: %2.").arg(localName, problem));
        const User *byName = m_org.userByUsername(localName);
        const User *byLocal = m_org.userByLocalAccountName(localName);
        const User *owner
            = byName && byName != existing ? byName : (byLocal && byLocal != existing ? byLocal : nullptr);
        QList<int> others = inFile.others(U::LocalName, row);
        others += inFile.others(U::Username, row, U::LocalName);
        // DOMAIN.md: the local account name of a user bound to any device cannot change until they are unbound.
        const int reached
            = existing && localName != existing->systemUsername ? m_org.reachedDeviceCount(existing->id) : 0;
        if (reached > 0)
            fieldIssue(ImportField::SystemUsername, u"local-account-locked"_s, ImportSeverity::Error,
                tr("%1 is bound to %n device(s), so the directory refuses to change their local account name (now "
                   "“%2”). Unbind them first, or keep “%2” in this cell.",
                    nullptr, reached)
                    .arg(existing->username,
                        existing->systemUsername.isEmpty() ? existing->username : existing->systemUsername));
        if (owner)
            fieldIssue(ImportField::SystemUsername, u"local-account-conflict"_s, ImportSeverity::Error,
                tr("The local account name “%1” is already used by %2 (as username or local account). Choose another "
                   "name or leave it empty.")
                    .arg(localName, owner->username));
        else if (!others.isEmpty())
            fieldIssue(ImportField::SystemUsername, u"local-account-conflict"_s, ImportSeverity::Error,
                tr("The local account name “%1” is also used on line %2. Choose another name or leave it empty.")
                    .arg(localName, linesText(others, lineOf)));
    }
    if (const QString manager = cell(record, ImportField::Manager); !manager.isEmpty()) {
        if (!m_org.userById(manager) && !m_org.userByUsername(manager)
            && !inFile.contains(U::Username, row, U::Manager))
            fieldIssue(ImportField::Manager, u"unknown-manager"_s, ImportSeverity::Error,
                tr("No user “%1” exists in the org or the file to be the manager. Give a username or user id.")
                    .arg(manager));
    }

    // Single-cell value rules.
    for (int c = 0; c < int(std::min<qsizetype>(record.fields.size(), m_mapping.columnCount())); ++c) {
        const ImportTarget target = m_mapping.target(c);
        if (target.isNone() || QStringView(record.fields.at(c)).trimmed().isEmpty())
            continue;
        const ImportFieldKind kind = ImportFieldInfo::kind(target.field);
        if (kind != ImportFieldKind::Boolean && kind != ImportFieldKind::Integer)
            continue;
        const QString value = record.fields.at(c).trimmed();
        if (kind == ImportFieldKind::Boolean && !ImportFieldRules::parseBoolean(value)) {
            issue(c, u"invalid-boolean"_s, ImportSeverity::Error,
                tr("“%1” is not true or false. Use true/false, yes/no or 1/0.").arg(value));
        } else if (target.field == ImportField::EnrollmentDays) {
            const auto days = ImportFieldRules::parseInteger(value);
            if (!days || *days < 1 || *days > 365)
                issue(c, u"enrollment-days-range"_s, ImportSeverity::Error,
                    tr("The MFA enrollment period “%1” must be a number of days from 1 to 365.").arg(value));
        } else if (kind == ImportFieldKind::Integer) {
            const auto number = ImportFieldRules::parseInteger(value);
            if (!number || *number < 0 || *number > 4294967294LL)
                issue(c, u"invalid-number"_s, ImportSeverity::Error,
                    tr("“%1” is not a valid id; use a whole number of 0 or more.").arg(value));
        }
    }

    // Password and state.
    const QString password
        = columnOf(ImportField::Password) >= 0 && columnOf(ImportField::Password) < record.fields.size()
        ? record.fields.at(columnOf(ImportField::Password))
        : QString();
    if (!password.isEmpty()) {
        const PasswordPolicy &policy = m_org.snapshot().settings.passwordPolicy;
        if (const QStringList broken = ImportFieldRules::passwordProblems(password, policy); !broken.isEmpty())
            fieldIssue(ImportField::Password, u"password-policy"_s, ImportSeverity::Error,
                tr("The password breaks the org's password policy: it needs %1. Change it, or leave it empty to "
                   "import the user staged.")
                    .arg(broken.join(u", "_s)));
        result.staged = !existing && m_org.snapshot().settings.csvImportState == UserState::Staged;
    } else if (!existing) {
        result.staged = true;
        issue(columnOf(ImportField::Password), u"no-password-staged"_s, ImportSeverity::Warning,
            tr("No password: %1 is imported staged and gets no access until activated.")
                .arg(username.isEmpty() ? tr("the user") : username));
    }

    // Custom attributes: a name needs a value (the module threw on this).
    for (const ImportMapping::AttributePair &pair : m_attributePairs) {
        const auto at = [&](int column) {
            return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
        };
        const QString name = at(pair.nameColumn);
        const QString value = at(pair.valueColumn);
        if (!name.isEmpty() && value.isEmpty())
            issue(pair.valueColumn >= 0 ? pair.valueColumn : pair.nameColumn, u"attribute-missing-value"_s,
                ImportSeverity::Error,
                tr("The custom attribute “%1” has no value; the directory does not accept empty attributes. Give a "
                   "value or clear the name.")
                    .arg(name));
        else if (name.isEmpty() && !value.isEmpty())
            issue(pair.valueColumn, u"attribute-missing-name"_s, ImportSeverity::Error,
                tr("The value “%1” has no attribute name in Attribute%2_name. Add the name or clear the value.")
                    .arg(value)
                    .arg(pair.index));
    }

    // Groups: must exist; the import never creates them.
    QVarLengthArray<QString, 8> joined;
    for (const int column : m_groupColumns) {
        const QString name = column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
        if (name.isEmpty() || joined.contains(name))
            continue;
        if (m_org.userGroupByName(name)) {
            joined.append(name);
        } else if (const UserGroup *similar = m_org.userGroupByNameIgnoringCase(name)) {
            issue(column, u"unknown-group"_s, ImportSeverity::Error,
                tr("There is no user group “%1”; did you mean “%2”? Group names must match exactly.")
                    .arg(name, similar->name));
        } else {
            issue(column, u"unknown-group"_s, ImportSeverity::Error,
                tr("There is no user group “%1”. Create it first or correct the name; the import does not create "
                   "groups.")
                    .arg(name));
        }
    }
    result.groupAdds = int(joined.size());

    // Device binding.
    const QString deviceValue = m_deviceColumn >= 0 && m_deviceColumn < record.fields.size()
        ? record.fields.at(m_deviceColumn).trimmed()
        : QString();
    const QString admin = cell(record, ImportField::Administrator);
    if (deviceValue.isEmpty()) {
        if (ImportFieldRules::parseBoolean(admin).value_or(false))
            fieldIssue(ImportField::Administrator, u"administrator-without-device"_s, ImportSeverity::Warning,
                tr("Administrator is set but the row binds no device, so it has no effect."));
    } else {
        const ImportOrgIndex::DeviceList devices = m_org.findDevices(deviceKey(m_deviceField), deviceValue);
        if (devices.isEmpty()) {
            issue(m_deviceColumn, u"unknown-device"_s, ImportSeverity::Error,
                tr("No device “%1” exists in the org. Check the id or name; the import does not create devices.")
                    .arg(deviceValue));
        } else if (devices.size() > 1) {
            QStringList ids;
            for (const Device *device : devices)
                ids << device->id;
            issue(m_deviceColumn, u"ambiguous-device"_s, ImportSeverity::Error,
                QCoreApplication::translate("ImportValidator",
                    "%n devices are named “%1” (%2). Use the SystemID column to say which one.", nullptr,
                    int(devices.size()))
                    .arg(deviceValue, ids.mid(0, 3).join(u", "_s)));
        } else {
            const Device &device = *devices.first();
            result.bindings = 1;
            const bool windows = device.osFamily == OsFamily::Windows;
            const int limit = ImportFieldRules::maxDeviceNameLength(windows);
            const QString accountName = localName.isEmpty() ? username : localName;
            const ImportField nameField = localName.isEmpty() ? ImportField::Username : ImportField::SystemUsername;
            if (accountName.size() > limit)
                fieldIssue(nameField, u"username-too-long"_s, ImportSeverity::Error,
                    tr("“%1” has %2 characters; accounts on %3 devices such as “%4” allow at most %5. Set a shorter "
                       "local account name (systemUsername).")
                        .arg(accountName)
                        .arg(accountName.size())
                        .arg(windows ? tr("Windows") : tr("macOS and Linux"), device.shownName())
                        .arg(limit));
            if (bindingRequest) {
                ImportBindingCheck::Request &request = *bindingRequest;
                request.deviceIndex = int(&device - m_org.snapshot().devices.constData());
                request.existing = existing;
                request.username = username;
                request.systemUsername = localName;
                // The planner's "similar account" rules use the names (jdoe for John Doe).
                request.firstName = cell(record, ImportField::FirstName);
                request.lastName = cell(record, ImportField::LastName);
                request.state = result.staged ? UserState::Staged : UserState::Activated;
                request.column = m_deviceColumn;
                request.columnName = m_mapping.columnName(m_deviceColumn);
            }
        }
    }

    if (existing)
        result.changes = ImportUpdateDiff::diff(*existing, record.fields, m_mapping);

    updateStatus(result);
    return result;
}

void ImportRowChecker::updateStatus(ImportRowResult &result)
{
    result.status = ImportRowStatus::Ok;
    for (const ImportIssue &found : std::as_const(result.issues)) {
        if (found.severity == ImportSeverity::Error)
            result.status = ImportRowStatus::Error;
        else if (found.severity == ImportSeverity::Warning && result.status == ImportRowStatus::Ok)
            result.status = ImportRowStatus::Warning;
    }
}

void ImportRowChecker::addBindingIssues(ImportRowResult &result, const QList<ImportIssue> &planned)
{
    // The planner's naming blocks repeat what the row already says on the name's own column.
    const bool namingReported = result.hasIssue(u"username-invalid"_s) || result.hasIssue(u"username-too-long"_s);
    for (const ImportIssue &issue : planned) {
        if (!(namingReported && ImportBindingCheck::repeatsNamingIssue(issue.code)))
            result.issues.append(issue);
    }
    updateStatus(result);
}
