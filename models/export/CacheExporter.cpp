#include "CacheExporter.h"

#include "CacheDatabase.h"
#include "CacheRowMapper.h"
#include "CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcExport, "bindery.export")

namespace {

using RowMapper = std::function<QStringList(const QSqlQuery &)>;

QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString time(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

QString joined(const QList<NamedValue> &values, QStringView separator)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const NamedValue &value : values)
        parts << value.name + separator + value.value;
    return parts.join(u';');
}

// The names of related objects, sorted, in one cell: "Engineering;Finance".
QString namesOf(const QString &select)
{
    return u"(SELECT group_concat(name, ';') FROM (%1 ORDER BY name COLLATE NOCASE))"_s.arg(select);
}

const QString kDeviceName = u"CASE WHEN d.display_name <> '' THEN d.display_name ELSE d.hostname END"_s;

// Runs a forward-only SELECT and writes a row per result row, so nothing but the current row
// and the writer's small buffer is held.
Result<int> stream(CacheDatabase &cache, ExportKind kind, const QString &sql, CsvWriter &writer, const RowMapper &map)
{
    const QString what = exportKindName(kind);
    QSqlQuery query(cache.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache for export"_s.arg(what));
    int rows = 0;
    writer.writeRow(CacheExporter::header(kind));
    while (query.next() && !writer.failed()) {
        writer.writeRow(map(query));
        ++rows;
    }
    if (query.lastError().isValid())
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache for export"_s.arg(what));
    if (!writer.flush())
        return Error { QString::fromLatin1(CacheExporter::WriteFailed),
            u"Writing the %1 export failed: %2"_s.arg(what, writer.errorString()) };
    qCDebug(lcExport) << "exported" << rows << what;
    return rows;
}

Result<int> exportUsers(CacheDatabase &cache, CsvWriter &writer)
{
    const QString sql = u"SELECT %1, "
                        "(SELECT count(*) FROM user_device_bindings b WHERE b.user_id = u.id), %2, "
                        "(SELECT mu.username FROM users mu WHERE mu.id = u.manager_id) "
                        "FROM users u ORDER BY u.username COLLATE NOCASE"_s.arg(CacheRowMapper::userColumns,
                            namesOf(u"SELECT g.name AS name FROM user_group_members m JOIN user_groups g "
                                    "ON g.id = m.group_id WHERE m.user_id = u.id"_s));
    constexpr int n = CacheRowMapper::userColumnCount;
    return stream(cache, ExportKind::Users, sql, writer, [](const QSqlQuery &q) {
        const User u = CacheRowMapper::userFrom(q);
        return QStringList { u.id, u.username, u.email, u.systemUsername, u.firstName, u.middleName, u.lastName,
            u.displayName, userStateKey(u.state), u.jobTitle, u.department, u.company, u.costCenter, u.employeeType,
            u.employeeIdentifier, u.location, u.managerId, q.value(n + 2).toString(), u.alternateEmail,
            joined(u.phoneNumbers, u": "), joined(u.customAttributes, u"="), flag(u.sudo),
            flag(u.sudo && u.passwordlessSudo), flag(u.mfaRequired), u.mfaEnrollmentStatus, flag(u.accountLocked),
            flag(u.passwordExpired), flag(u.passwordNeverExpires), flag(u.externallyManaged), time(u.created),
            QString::number(q.value(n).toInt()), q.value(n + 1).toString() };
    });
}

Result<int> exportDevices(CacheDatabase &cache, CsvWriter &writer)
{
    const QString sql = u"SELECT %1, "
                        "(SELECT count(*) FROM user_device_bindings b WHERE b.device_id = d.id), "
                        "(SELECT count(*) FROM local_accounts a WHERE a.device_id = d.id), %2 "
                        "FROM devices d ORDER BY d.hostname COLLATE NOCASE"_s.arg(CacheRowMapper::deviceColumns,
                            namesOf(u"SELECT g.name AS name FROM device_group_members m JOIN device_groups g "
                                    "ON g.id = m.group_id WHERE m.device_id = d.id"_s));
    constexpr int n = CacheRowMapper::deviceColumnCount;
    return stream(cache, ExportKind::Devices, sql, writer, [](const QSqlQuery &q) {
        const Device d = CacheRowMapper::deviceFrom(q);
        return QStringList { d.id, d.displayName, d.hostname, osFamilyKey(d.osFamily), d.os, d.osVersion, d.arch,
            d.agentVersion, flag(d.active), time(d.lastContact), d.serialNumber, d.hardwareVendor, flag(d.fdeActive),
            flag(d.mdmEnrolled), d.remoteIp, time(d.created), QString::number(q.value(n).toInt()),
            QString::number(q.value(n + 1).toInt()), q.value(n + 2).toString() };
    });
}

Result<int> exportUserGroups(CacheDatabase &cache, CsvWriter &writer)
{
    const QString sql = u"SELECT g.id, g.name, g.description, g.email, "
                        "(SELECT count(*) FROM user_group_members m WHERE m.group_id = g.id), %1, "
                        "g.sudo_enabled, g.sudo_without_password, g.samba_enabled, g.posix_group_name, "
                        "g.membership_method FROM user_groups g ORDER BY g.name COLLATE NOCASE"_s.arg(
                            namesOf(u"SELECT dg.name AS name FROM group_bindings b JOIN device_groups dg "
                                    "ON dg.id = b.device_group_id WHERE b.user_group_id = g.id"_s));
    return stream(cache, ExportKind::UserGroups, sql, writer, [](const QSqlQuery &q) {
        const bool sudo = q.value(6).toBool();
        return QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), flag(sudo), flag(sudo && q.value(7).toBool()),
            flag(q.value(8).toBool()), q.value(9).toString(), q.value(10).toString() };
    });
}

Result<int> exportDeviceGroups(CacheDatabase &cache, CsvWriter &writer)
{
    const QString sql = u"SELECT g.id, g.name, g.description, "
                        "(SELECT count(*) FROM device_group_members m WHERE m.group_id = g.id), %1, "
                        "g.membership_method FROM device_groups g ORDER BY g.name COLLATE NOCASE"_s.arg(
                            namesOf(u"SELECT ug.name AS name FROM group_bindings b JOIN user_groups ug "
                                    "ON ug.id = b.user_group_id WHERE b.device_group_id = g.id"_s));
    return stream(cache, ExportKind::DeviceGroups, sql, writer, [](const QSqlQuery &q) {
        return QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString() };
    });
}

Result<int> exportBindings(CacheDatabase &cache, CsvWriter &writer)
{
    // Direct bindings and group-derived access in one sorted stream. A user with user-wide sudo
    // is admin on every device, whichever way they reach it.
    const QString sql
        = u"SELECT u.username AS username, u.id, u.state, %1 AS device_name, d.id, "
          "  (b.sudo_enabled OR u.sudo) AS admin, "
          "  ((b.sudo_enabled AND b.sudo_without_password) OR (u.sudo AND u.passwordless_sudo)), "
          "  'direct' AS via, 0 AS path_kind "
          "FROM user_device_bindings b JOIN users u ON u.id = b.user_id JOIN devices d ON d.id = b.device_id "
          "UNION ALL "
          "SELECT u.username, u.id, u.state, %1, d.id, "
          "  (ug.sudo_enabled OR u.sudo), "
          "  ((ug.sudo_enabled AND ug.sudo_without_password) OR (u.sudo AND u.passwordless_sudo)), "
          "  ug.name || ' → ' || dg.name, 1 "
          "FROM group_bindings gb "
          "JOIN user_groups ug ON ug.id = gb.user_group_id "
          "JOIN device_groups dg ON dg.id = gb.device_group_id "
          "JOIN user_group_members um ON um.group_id = gb.user_group_id "
          "JOIN device_group_members dm ON dm.group_id = gb.device_group_id "
          "JOIN users u ON u.id = um.user_id JOIN devices d ON d.id = dm.device_id "
          "ORDER BY username COLLATE NOCASE, device_name COLLATE NOCASE, path_kind, via"_s.arg(kDeviceName);
    return stream(cache, ExportKind::Bindings, sql, writer, [](const QSqlQuery &q) {
        return QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), flag(q.value(5).toBool()), flag(q.value(6).toBool()), q.value(7).toString() };
    });
}

} // namespace

QStringList CacheExporter::header(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Users:
        return { u"id"_s, u"username"_s, u"email"_s, u"local_user_account"_s, u"first_name"_s, u"middle_name"_s,
            u"last_name"_s, u"display_name"_s, u"state"_s, u"job_title"_s, u"department"_s, u"company"_s,
            u"cost_center"_s, u"employee_type"_s, u"employee_id"_s, u"location"_s, u"manager_id"_s,
            u"manager_username"_s, u"alternate_email"_s, u"phone_numbers"_s, u"custom_attributes"_s, u"sudo"_s,
            u"passwordless_sudo"_s, u"mfa_required"_s, u"mfa_status"_s, u"account_locked"_s, u"password_expired"_s,
            u"password_never_expires"_s, u"externally_managed"_s, u"created"_s, u"devices"_s, u"groups"_s };
    case ExportKind::Devices:
        return { u"id"_s, u"display_name"_s, u"hostname"_s, u"os_family"_s, u"os"_s, u"os_version"_s, u"arch"_s,
            u"agent_version"_s, u"active"_s, u"last_contact"_s, u"serial_number"_s, u"hardware_vendor"_s,
            u"fde_active"_s, u"mdm_enrolled"_s, u"remote_ip"_s, u"created"_s, u"bound_users"_s, u"local_accounts"_s,
            u"groups"_s };
    case ExportKind::UserGroups:
        return { u"id"_s, u"name"_s, u"description"_s, u"email"_s, u"members"_s, u"bound_device_groups"_s, u"sudo"_s,
            u"passwordless_sudo"_s, u"samba"_s, u"posix_group"_s, u"membership_method"_s };
    case ExportKind::DeviceGroups:
        return { u"id"_s, u"name"_s, u"description"_s, u"members"_s, u"bound_user_groups"_s, u"membership_method"_s };
    case ExportKind::Bindings:
        return { u"username"_s, u"user_id"_s, u"user_state"_s, u"device"_s, u"device_id"_s, u"admin"_s,
            u"passwordless_sudo"_s,
            u"via (direct = user bound to the device; A → B = member of user group A, bound to device group B)"_s };
    }
    return {};
}

Result<int> CacheExporter::exportTo(CacheDatabase &cache, ExportKind kind, QIODevice &device)
{
    CsvWriter writer(device);
    switch (kind) {
    case ExportKind::Users:
        return exportUsers(cache, writer);
    case ExportKind::Devices:
        return exportDevices(cache, writer);
    case ExportKind::UserGroups:
        return exportUserGroups(cache, writer);
    case ExportKind::DeviceGroups:
        return exportDeviceGroups(cache, writer);
    case ExportKind::Bindings:
        return exportBindings(cache, writer);
    }
    return Error { QString::fromLatin1(WriteFailed), u"Unknown export kind"_s };
}

Result<int> CacheExporter::exportToFile(CacheDatabase &cache, ExportKind kind, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QString::fromLatin1(OpenFailed), u"Cannot write %1: %2"_s.arg(shown, file.errorString()) };
    const Result<int> rows = exportTo(cache, kind, file);
    if (!rows) {
        file.cancelWriting(); // the temporary file goes; an older file at `path` stays as it was
        Error error = rows.error();
        error.detail = u"%1 (nothing was written to %2)"_s.arg(error.detail, shown);
        return error;
    }
    if (!file.commit())
        return Error { QString::fromLatin1(WriteFailed), u"Cannot write %1: %2"_s.arg(shown, file.errorString()) };
    qCInfo(lcExport) << "wrote" << rows.value() << exportKindName(kind) << "to" << shown;
    return rows;
}
