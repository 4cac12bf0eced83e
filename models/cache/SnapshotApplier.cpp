#include "SnapshotApplier.h"

#include "CacheCodec.h"
#include "CacheDatabase.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// How one cache table maps to a domain type. `columns` start with the key columns; `values`
// returns the column values in the same order. Rows are compared in their stored form: the
// incoming row is encoded once (as it would be written) and compared with the raw row SQLite
// holds, so "unchanged" means exactly "writing it would not change a byte" and no cached row
// needs decoding.
template<typename T>
struct Table
{
    QString name;
    QStringList columns;
    int keyCount = 1;
    std::function<QVariantList(const T &)> values;
};

using Row = QVariantList; // one row in stored form: integers as qlonglong, text as non-null QString

QVariant stored(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return qlonglong(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::QString:
        return value.toString().isNull() ? QVariant(QString(u""_s)) : value;
    default:
        return CacheCodec::bindable(value);
    }
}

QString keyOf(const Row &row, int keyCount)
{
    QString key = row.at(0).toString();
    for (int i = 1; i < keyCount; ++i)
        key += QChar(0x1f) + row.at(i).toString();
    return key;
}

struct Diff
{
    QList<Row> inserts;
    QList<Row> updates;
    QList<Row> deletes; // the cached rows that are gone
    int writes() const { return int(inserts.size() + updates.size() + deletes.size()); }
};

template<typename T>
Result<Diff> diffTable(QSqlDatabase db, const Table<T> &table, const QList<T> &incoming)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM %2"_s.arg(table.columns.join(u", "_s), table.name)))
        return CacheDatabase::errorFrom(query.lastError(), u"reading %1 from the cache"_s.arg(table.name));
    const int width = int(table.columns.size());
    QHash<QString, Row> cached;
    while (query.next()) {
        Row row;
        row.reserve(width);
        for (int i = 0; i < width; ++i) {
            const QVariant value = query.value(i);
            row.append(value.typeId() == QMetaType::QString ? value : stored(value));
        }
        cached.insert(keyOf(row, table.keyCount), std::move(row));
    }
    Diff diff;
    QSet<QString> seen;
    seen.reserve(incoming.size());
    for (const T &item : incoming) {
        Row row = table.values(item);
        for (QVariant &value : row)
            value = stored(value);
        const QString key = keyOf(row, table.keyCount);
        if (seen.contains(key))
            continue; // the engine de-duplicates; a second copy must not fail the insert
        seen.insert(key);
        const auto it = cached.constFind(key);
        if (it == cached.cend()) {
            diff.inserts.append(std::move(row));
        } else {
            if (it.value() != row)
                diff.updates.append(std::move(row));
            cached.erase(it);
        }
    }
    diff.deletes = cached.values();
    return diff;
}

QVariant bindable(const QVariant &value)
{
    return CacheCodec::bindable(value);
}

template<typename T>
Result<void> deleteRows(QSqlDatabase db, const Table<T> &table, const QList<Row> &rows)
{
    if (rows.isEmpty())
        return {};
    QStringList where;
    for (int i = 0; i < table.keyCount; ++i)
        where.append(table.columns.at(i) + u" = ?"_s);
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM %1 WHERE %2"_s.arg(table.name, where.join(u" AND "_s)));
    for (const Row &values : rows) {
        for (int i = 0; i < table.keyCount; ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return CacheDatabase::errorFrom(query.lastError(), u"deleting from %1"_s.arg(table.name));
    }
    return {};
}

template<typename T>
Result<void> insertRows(QSqlDatabase db, const Table<T> &table, const QList<Row> &rows)
{
    if (rows.isEmpty())
        return {};
    QStringList marks;
    marks.fill(u"?"_s, table.columns.size());
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table.name, table.columns.join(u','), marks.join(u',')));
    for (const Row &values : rows) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return CacheDatabase::errorFrom(query.lastError(), u"writing %1 into the cache"_s.arg(table.name));
    }
    return {};
}

template<typename T>
Result<void> updateRows(QSqlDatabase db, const Table<T> &table, const QList<Row> &rows)
{
    if (rows.isEmpty() || table.columns.size() == table.keyCount)
        return {};
    QStringList set;
    for (qsizetype i = table.keyCount; i < table.columns.size(); ++i)
        set.append(table.columns.at(i) + u" = ?"_s);
    QStringList where;
    for (int i = 0; i < table.keyCount; ++i)
        where.append(table.columns.at(i) + u" = ?"_s);
    QSqlQuery query(db);
    query.prepare(u"UPDATE %1 SET %2 WHERE %3"_s.arg(table.name, set.join(u", "_s), where.join(u" AND "_s)));
    for (const Row &values : rows) {
        int slot = 0;
        for (qsizetype i = table.keyCount; i < values.size(); ++i)
            query.bindValue(slot++, values.at(i));
        for (int i = 0; i < table.keyCount; ++i)
            query.bindValue(slot++, values.at(i));
        if (!query.exec())
            return CacheDatabase::errorFrom(query.lastError(), u"updating %1 in the cache"_s.arg(table.name));
    }
    return {};
}

// ---- the tables ---------------------------------------------------------------------------

QString date(const QDateTime &value)
{
    return CacheCodec::fromDateTime(value);
}

Table<User> usersTable()
{
    return { u"users"_s,
        { u"id"_s, u"username"_s, u"email"_s, u"system_username"_s, u"first_name"_s, u"middle_name"_s, u"last_name"_s,
            u"display_name"_s, u"state"_s, u"job_title"_s, u"department"_s, u"company"_s, u"cost_center"_s,
            u"employee_type"_s, u"employee_identifier"_s, u"location"_s, u"description"_s, u"manager_id"_s,
            u"alternate_email"_s, u"phone_numbers"_s, u"custom_attributes"_s, u"sudo"_s, u"passwordless_sudo"_s,
            u"mfa_required"_s, u"mfa_configured"_s, u"mfa_enrollment_status"_s, u"mfa_exclusion_until"_s,
            u"account_locked"_s, u"password_expired"_s, u"password_never_expires"_s, u"password_expiration_date"_s,
            u"externally_managed"_s, u"unix_uid"_s, u"unix_gid"_s, u"created"_s },
        1, [](const User &u) -> QVariantList {
            return { u.id, u.username, u.email, u.systemUsername, u.firstName, u.middleName, u.lastName, u.displayName,
                userStateKey(u.state), u.jobTitle, u.department, u.company, u.costCenter, u.employeeType,
                u.employeeIdentifier, u.location, u.description, u.managerId, u.alternateEmail,
                CacheCodec::fromNamedValues(u.phoneNumbers), CacheCodec::fromNamedValues(u.customAttributes), u.sudo,
                u.passwordlessSudo, u.mfaRequired, u.mfaConfigured, u.mfaEnrollmentStatus, date(u.mfaExclusionUntil),
                u.accountLocked, u.passwordExpired, u.passwordNeverExpires, date(u.passwordExpirationDate),
                u.externallyManaged, u.unixUid, u.unixGid, date(u.created) };
        } };
}

Table<Device> devicesTable()
{
    return { u"devices"_s,
        { u"id"_s, u"display_name"_s, u"hostname"_s, u"os_family"_s, u"os"_s, u"os_version"_s, u"arch"_s,
            u"agent_version"_s, u"active"_s, u"last_contact"_s, u"created"_s, u"serial_number"_s, u"hardware_vendor"_s,
            u"remote_ip"_s, u"fde_active"_s, u"system_insights_enabled"_s, u"mdm_enrolled"_s, u"allow_ssh_root_login"_s,
            u"allow_ssh_password_authentication"_s, u"allow_multi_factor_authentication"_s, u"description"_s },
        1, [](const Device &d) -> QVariantList {
            return { d.id, d.displayName, d.hostname, osFamilyKey(d.osFamily), d.os, d.osVersion, d.arch,
                d.agentVersion, d.active, date(d.lastContact), date(d.created), d.serialNumber, d.hardwareVendor,
                d.remoteIp, d.fdeActive, d.systemInsightsEnabled, d.mdmEnrolled, d.allowSshRootLogin,
                d.allowSshPasswordAuthentication, d.allowMultiFactorAuthentication, d.description };
        } };
}

Table<UserGroup> userGroupsTable()
{
    return { u"user_groups"_s,
        { u"id"_s, u"name"_s, u"description"_s, u"email"_s, u"sudo_enabled"_s, u"sudo_without_password"_s,
            u"samba_enabled"_s, u"posix_group_name"_s, u"membership_method"_s },
        1, [](const UserGroup &g) -> QVariantList {
            return { g.id, g.name, g.description, g.email, g.sudoEnabled, g.sudoWithoutPassword, g.sambaEnabled,
                g.posixGroupName, g.membershipMethod };
        } };
}

Table<DeviceGroup> deviceGroupsTable()
{
    return { u"device_groups"_s, { u"id"_s, u"name"_s, u"description"_s, u"membership_method"_s }, 1,
        [](const DeviceGroup &g) -> QVariantList {
            return { g.id, g.name, g.description, g.membershipMethod };
        } };
}

Table<UserDeviceBinding> bindingsTable()
{
    return { u"user_device_bindings"_s, { u"user_id"_s, u"device_id"_s, u"sudo_enabled"_s, u"sudo_without_password"_s },
        2, [](const UserDeviceBinding &b) -> QVariantList {
            return { b.userId, b.deviceId, b.sudoEnabled, b.sudoWithoutPassword };
        } };
}

Table<UserGroupMembership> userMembersTable()
{
    return { u"user_group_members"_s, { u"group_id"_s, u"user_id"_s }, 2,
        [](const UserGroupMembership &m) -> QVariantList {
            return { m.groupId, m.userId };
        } };
}

Table<DeviceGroupMembership> deviceMembersTable()
{
    return { u"device_group_members"_s, { u"group_id"_s, u"device_id"_s }, 2,
        [](const DeviceGroupMembership &m) -> QVariantList {
            return { m.groupId, m.deviceId };
        } };
}

Table<GroupBinding> groupBindingsTable()
{
    return { u"group_bindings"_s, { u"user_group_id"_s, u"device_group_id"_s }, 2,
        [](const GroupBinding &b) -> QVariantList {
            return { b.userGroupId, b.deviceGroupId };
        } };
}

Table<LocalAccount> localAccountsTable()
{
    return { u"local_accounts"_s,
        { u"device_id"_s, u"username"_s, u"uid"_s, u"gid"_s, u"home_directory"_s, u"shell"_s, u"description"_s,
            u"real_user"_s, u"admin"_s, u"suspended"_s, u"managed"_s, u"ad_managed"_s, u"last_login"_s,
            u"collected_at"_s },
        2, [](const LocalAccount &a) -> QVariantList {
            return { a.deviceId, a.username, a.uid, a.gid, a.homeDirectory, a.shell, a.description, a.realUser, a.admin,
                a.suspended, a.managed, a.adManaged, date(a.lastLogin), date(a.collectedAt) };
        } };
}

// ---- putting it together ------------------------------------------------------------------

ChangeSet::Objects objectChanges(const Diff &diff)
{
    ChangeSet::Objects objects;
    for (const Row &row : diff.inserts)
        objects.upserted.append(row.at(0).toString());
    for (const Row &row : diff.updates)
        objects.upserted.append(row.at(0).toString());
    for (const Row &row : diff.deletes)
        objects.removed.append(row.at(0).toString());
    return objects;
}

ChangeSet::Relation relationChanges(const Diff &diff)
{
    return { int(diff.inserts.size()), int(diff.deletes.size()), int(diff.updates.size()) };
}

// Adds the ends (columns 0 and 1) of every edge the diff changes to the two sets.
void touchEnds(const Diff &diff, QSet<QString> &first, QSet<QString> *second)
{
    for (const auto *list : { &diff.inserts, &diff.updates, &diff.deletes }) {
        for (const Row &row : *list) {
            first.insert(row.at(0).toString());
            if (second)
                second->insert(row.at(1).toString());
        }
    }
}

void finishRelations(ChangeSet::Objects &objects, const QSet<QString> &touched)
{
    const QSet<QString> own = QSet<QString>(objects.upserted.cbegin(), objects.upserted.cend())
        + QSet<QString>(objects.removed.cbegin(), objects.removed.cend());
    for (const QString &id : touched) {
        if (!own.contains(id))
            objects.relationsChanged.append(id);
    }
    std::sort(objects.relationsChanged.begin(), objects.relationsChanged.end());
    std::sort(objects.upserted.begin(), objects.upserted.end());
    std::sort(objects.removed.begin(), objects.removed.end());
}

} // namespace

SnapshotApplier::SnapshotApplier(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<ChangeSet> SnapshotApplier::apply(const OrgSnapshot &snapshot)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction())
        return CacheDatabase::errorFrom(db.lastError(), u"starting to apply the snapshot"_s);

    ChangeSet changes;
    auto run = [&]() -> Result<void> {
        const auto users = usersTable();
        const auto devices = devicesTable();
        const auto userGroups = userGroupsTable();
        const auto deviceGroups = deviceGroupsTable();
        const auto bindings = bindingsTable();
        const auto userMembers = userMembersTable();
        const auto deviceMembers = deviceMembersTable();
        const auto groupBindings = groupBindingsTable();
        const auto accounts = localAccountsTable();

        auto dUsers = diffTable(db, users, snapshot.users);
        auto dDevices = diffTable(db, devices, snapshot.devices);
        auto dUserGroups = diffTable(db, userGroups, snapshot.userGroups);
        auto dDeviceGroups = diffTable(db, deviceGroups, snapshot.deviceGroups);
        auto dBindings = diffTable(db, bindings, snapshot.userDeviceBindings);
        auto dUserMembers = diffTable(db, userMembers, snapshot.userGroupMemberships);
        auto dDeviceMembers = diffTable(db, deviceMembers, snapshot.deviceGroupMemberships);
        auto dGroupBindings = diffTable(db, groupBindings, snapshot.groupBindings);
        auto dAccounts = diffTable(db, accounts, snapshot.localAccounts);
        for (const Error *e : { dUsers ? nullptr : &dUsers.error(), dDevices ? nullptr : &dDevices.error(),
                 dUserGroups ? nullptr : &dUserGroups.error(), dDeviceGroups ? nullptr : &dDeviceGroups.error(),
                 dBindings ? nullptr : &dBindings.error(), dUserMembers ? nullptr : &dUserMembers.error(),
                 dDeviceMembers ? nullptr : &dDeviceMembers.error(), dGroupBindings ? nullptr : &dGroupBindings.error(),
                 dAccounts ? nullptr : &dAccounts.error() }) {
            if (e)
                return *e;
        }

        // Relations out first and in last, so no edge ever points at a missing object.
        Result<void> step;
        const auto check = [&step](Result<void> r) {
            if (step && !r)
                step = std::move(r);
        };
        check(deleteRows(db, accounts, dAccounts.value().deletes));
        check(deleteRows(db, groupBindings, dGroupBindings.value().deletes));
        check(deleteRows(db, deviceMembers, dDeviceMembers.value().deletes));
        check(deleteRows(db, userMembers, dUserMembers.value().deletes));
        check(deleteRows(db, bindings, dBindings.value().deletes));
        check(deleteRows(db, deviceGroups, dDeviceGroups.value().deletes));
        check(deleteRows(db, userGroups, dUserGroups.value().deletes));
        check(deleteRows(db, devices, dDevices.value().deletes));
        check(deleteRows(db, users, dUsers.value().deletes));
        check(updateRows(db, users, dUsers.value().updates));
        check(insertRows(db, users, dUsers.value().inserts));
        check(updateRows(db, devices, dDevices.value().updates));
        check(insertRows(db, devices, dDevices.value().inserts));
        check(updateRows(db, userGroups, dUserGroups.value().updates));
        check(insertRows(db, userGroups, dUserGroups.value().inserts));
        check(updateRows(db, deviceGroups, dDeviceGroups.value().updates));
        check(insertRows(db, deviceGroups, dDeviceGroups.value().inserts));
        check(updateRows(db, bindings, dBindings.value().updates));
        check(insertRows(db, bindings, dBindings.value().inserts));
        check(insertRows(db, userMembers, dUserMembers.value().inserts));
        check(insertRows(db, deviceMembers, dDeviceMembers.value().inserts));
        check(insertRows(db, groupBindings, dGroupBindings.value().inserts));
        check(updateRows(db, accounts, dAccounts.value().updates));
        check(insertRows(db, accounts, dAccounts.value().inserts));
        if (!step)
            return step;

        changes.users = objectChanges(dUsers.value());
        changes.devices = objectChanges(dDevices.value());
        changes.userGroups = objectChanges(dUserGroups.value());
        changes.deviceGroups = objectChanges(dDeviceGroups.value());
        changes.userDeviceBindings = relationChanges(dBindings.value());
        changes.userGroupMembers = relationChanges(dUserMembers.value());
        changes.deviceGroupMembers = relationChanges(dDeviceMembers.value());
        changes.groupBindings = relationChanges(dGroupBindings.value());
        changes.localAccounts = relationChanges(dAccounts.value());
        changes.rowsWritten = dUsers.value().writes() + dDevices.value().writes() + dUserGroups.value().writes()
            + dDeviceGroups.value().writes() + dBindings.value().writes() + dUserMembers.value().writes()
            + dDeviceMembers.value().writes() + dGroupBindings.value().writes() + dAccounts.value().writes();

        QSet<QString> touchedUsers, touchedDevices, touchedUserGroups, touchedDeviceGroups;
        touchEnds(dBindings.value(), touchedUsers, &touchedDevices);
        touchEnds(dUserMembers.value(), touchedUserGroups, &touchedUsers);
        touchEnds(dDeviceMembers.value(), touchedDeviceGroups, &touchedDevices);
        touchEnds(dGroupBindings.value(), touchedUserGroups, &touchedDeviceGroups);
        touchEnds(dAccounts.value(), touchedDevices, nullptr);
        finishRelations(changes.users, touchedUsers);
        finishRelations(changes.devices, touchedDevices);
        finishRelations(changes.userGroups, touchedUserGroups);
        finishRelations(changes.deviceGroups, touchedDeviceGroups);

        // The snapshot row: settings compared as the cache stores them; the sync time is written
        // whenever it differs (it is how the app says how old the cache is) but is not a change
        // any view has to show.
        QSqlQuery meta(db);
        if (!meta.exec(u"SELECT org_id, org_name, source_url, settings_json, synced_at FROM snapshot WHERE id = 1"_s)
            || !meta.next())
            return CacheDatabase::errorFrom(meta.lastError(), u"reading the snapshot metadata"_s);
        const QString settingsJson = CacheCodec::fromSettings(snapshot.settings);
        changes.settingsChanged = meta.value(0).toString() != snapshot.settings.orgId
            || meta.value(1).toString() != snapshot.settings.orgName
            || CacheCodec::toSettings(meta.value(3).toString()) != CacheCodec::toSettings(settingsJson);
        const bool sourceChanged = meta.value(2).toString() != snapshot.sourceUrl;
        const bool timeChanged = meta.value(4).toString() != CacheCodec::fromDateTime(snapshot.syncedAt);
        meta.finish();
        if (changes.settingsChanged || sourceChanged || timeChanged) {
            QSqlQuery update(db);
            update.prepare(u"UPDATE snapshot SET org_id = ?, org_name = ?, synced_at = ?, source_url = ?, "
                           "settings_json = ? WHERE id = 1"_s);
            update.addBindValue(bindable(snapshot.settings.orgId));
            update.addBindValue(bindable(snapshot.settings.orgName));
            update.addBindValue(CacheCodec::fromDateTime(snapshot.syncedAt));
            update.addBindValue(bindable(snapshot.sourceUrl));
            update.addBindValue(settingsJson);
            if (!update.exec())
                return CacheDatabase::errorFrom(update.lastError(), u"writing the snapshot metadata"_s);
        }
        return {};
    };

    if (auto result = run(); !result) {
        db.rollback();
        return result.error();
    }
    if (!db.commit()) {
        const Error error = CacheDatabase::errorFrom(db.lastError(), u"saving the snapshot"_s);
        db.rollback();
        return error;
    }
    return changes;
}
