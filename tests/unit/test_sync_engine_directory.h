#pragma once

// Serves an OrgSnapshot through the fake QNAM in the directory's own JSON shapes (API.md §2–§8):
// the inverse of DirectoryJsonMapper, so a sync that ends with the cache equal to the snapshot
// proves the mapping and the paging together. Test code, header-only.
#include "CacheCodec.h"
#include "FakeNetworkAccessManager.h"
#include "OrgSnapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace TestDirectory {

using namespace Qt::StringLiterals;
using PageStyle = FakeNetworkAccessManager::PageStyle;

inline QJsonValue date(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

inline QJsonObject userJson(const User &u)
{
    QJsonArray phones, attributes;
    for (const NamedValue &p : u.phoneNumbers)
        phones.append(QJsonObject { { u"type"_s, p.name }, { u"number"_s, p.value } });
    for (const NamedValue &a : u.customAttributes)
        attributes.append(QJsonObject { { u"name"_s, a.name }, { u"value"_s, a.value } });
    return QJsonObject { { u"_id"_s, u.id }, { u"username"_s, u.username }, { u"email"_s, u.email },
        { u"systemUsername"_s, u.systemUsername }, { u"firstname"_s, u.firstName }, { u"middlename"_s, u.middleName },
        { u"lastname"_s, u.lastName }, { u"displayname"_s, u.displayName }, { u"state"_s, userStateKey(u.state) },
        { u"activated"_s, u.state != UserState::Staged }, { u"suspended"_s, u.state == UserState::Suspended },
        { u"jobTitle"_s, u.jobTitle }, { u"department"_s, u.department }, { u"company"_s, u.company },
        { u"costCenter"_s, u.costCenter }, { u"employeeType"_s, u.employeeType },
        { u"employeeIdentifier"_s, u.employeeIdentifier }, { u"location"_s, u.location },
        { u"description"_s, u.description }, { u"manager"_s, u.managerId }, { u"alternateEmail"_s, u.alternateEmail },
        { u"phoneNumbers"_s, phones }, { u"attributes"_s, attributes }, { u"sudo"_s, u.sudo },
        { u"passwordless_sudo"_s, u.passwordlessSudo }, { u"enable_user_portal_multifactor"_s, u.mfaRequired },
        { u"mfa"_s,
            QJsonObject { { u"configured"_s, u.mfaConfigured }, { u"exclusion"_s, u.mfaExclusionUntil.isValid() },
                { u"exclusionUntil"_s, date(u.mfaExclusionUntil) } } },
        { u"mfaEnrollment"_s, QJsonObject { { u"overallStatus"_s, u.mfaEnrollmentStatus } } },
        { u"account_locked"_s, u.accountLocked }, { u"password_expired"_s, u.passwordExpired },
        { u"password_never_expires"_s, u.passwordNeverExpires },
        { u"password_expiration_date"_s, date(u.passwordExpirationDate) },
        { u"externally_managed"_s, u.externallyManaged }, { u"unix_uid"_s, u.unixUid }, { u"unix_guid"_s, u.unixGid },
        { u"created"_s, date(u.created) } };
}

inline QString osFamilyString(OsFamily family)
{
    switch (family) {
    case OsFamily::MacOS:
        return u"darwin"_s;
    case OsFamily::Windows:
        return u"windows"_s;
    case OsFamily::Linux:
        return u"linux"_s;
    case OsFamily::Unknown:
        break;
    }
    return u"unknown"_s;
}

inline QJsonObject deviceJson(const Device &d)
{
    QJsonObject json { { u"_id"_s, d.id }, { u"displayName"_s, d.displayName }, { u"hostname"_s, d.hostname },
        { u"os"_s, d.os }, { u"osFamily"_s, osFamilyString(d.osFamily) }, { u"version"_s, d.osVersion },
        { u"arch"_s, d.arch }, { u"agentVersion"_s, d.agentVersion }, { u"active"_s, d.active },
        { u"lastContact"_s, date(d.lastContact) }, { u"created"_s, date(d.created) },
        { u"serialNumber"_s, d.serialNumber }, { u"hwVendor"_s, d.hardwareVendor }, { u"remoteIP"_s, d.remoteIp },
        { u"fde"_s, QJsonObject { { u"active"_s, d.fdeActive }, { u"keyPresent"_s, d.fdeActive } } },
        { u"systemInsights"_s, QJsonObject { { u"state"_s, d.systemInsightsEnabled ? u"enabled"_s : u"disabled"_s } } },
        { u"allowSshRootLogin"_s, d.allowSshRootLogin },
        { u"allowSshPasswordAuthentication"_s, d.allowSshPasswordAuthentication },
        { u"allowMultiFactorAuthentication"_s, d.allowMultiFactorAuthentication },
        { u"description"_s, d.description } };
    if (d.mdmEnrolled)
        json.insert(u"mdm"_s, QJsonObject { { u"vendor"_s, u"internal"_s }, { u"dep"_s, true } });
    return json;
}

inline QJsonObject userGroupJson(const UserGroup &g)
{
    QJsonObject attributes {
        { u"sudo"_s, QJsonObject { { u"enabled"_s, g.sudoEnabled }, { u"withoutPassword"_s, g.sudoWithoutPassword } } },
        { u"sambaEnabled"_s, g.sambaEnabled }
    };
    if (!g.posixGroupName.isEmpty())
        attributes.insert(
            u"posixGroups"_s, QJsonArray { QJsonObject { { u"id"_s, 5001 }, { u"name"_s, g.posixGroupName } } });
    return QJsonObject { { u"id"_s, g.id }, { u"name"_s, g.name }, { u"type"_s, u"user_group"_s },
        { u"description"_s, g.description }, { u"email"_s, g.email }, { u"attributes"_s, attributes },
        { u"membershipMethod"_s, g.membershipMethod } };
}

inline QJsonObject deviceGroupJson(const DeviceGroup &g)
{
    return QJsonObject { { u"id"_s, g.id }, { u"name"_s, g.name }, { u"type"_s, u"system_group"_s },
        { u"description"_s, g.description }, { u"membershipMethod"_s, g.membershipMethod } };
}

inline QJsonObject localAccountJson(const LocalAccount &a)
{
    return QJsonObject { { u"system_id"_s, a.deviceId }, { u"username"_s, a.username }, { u"uid"_s, a.uid },
        { u"gid"_s, a.gid }, { u"directory"_s, a.homeDirectory }, { u"shell"_s, a.shell },
        { u"description"_s, a.description }, { u"real_user"_s, a.realUser }, { u"admin"_s, a.admin },
        { u"suspended"_s, a.suspended }, { u"managed"_s, a.managed }, { u"ad_managed"_s, a.adManaged },
        { u"last_login"_s,
            a.lastLogin.isValid() ? QJsonValue(QString::number(a.lastLogin.toSecsSinceEpoch()))
                                  : QJsonValue(QJsonValue::Null) },
        { u"collection_time"_s, date(a.collectedAt) } };
}

inline QJsonObject edge(const QString &id, const QString &type, bool sudo = false, bool withoutPassword = false)
{
    return QJsonObject { { u"to"_s, QJsonObject { { u"id"_s, id }, { u"type"_s, type } } },
        { u"attributes"_s,
            sudo ? QJsonValue(QJsonObject {
                { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, withoutPassword } } } })
                 : QJsonValue(QJsonValue::Null) } };
}

// Registers every list of `org` on `network`.
inline void serve(FakeNetworkAccessManager &network, const OrgSnapshot &org)
{
    QJsonArray users, devices, userGroups, deviceGroups, accounts;
    for (const User &u : org.users)
        users.append(userJson(u));
    for (const Device &d : org.devices)
        devices.append(deviceJson(d));
    for (const UserGroup &g : org.userGroups)
        userGroups.append(userGroupJson(g));
    for (const DeviceGroup &g : org.deviceGroups)
        deviceGroups.append(deviceGroupJson(g));
    for (const LocalAccount &a : org.localAccounts)
        accounts.append(localAccountJson(a));
    network.servePaged(u"/api/systemusers"_s, users, PageStyle::V1Envelope);
    network.servePaged(u"/api/systems"_s, devices, PageStyle::V1Envelope);
    network.servePaged(u"/api/v2/usergroups"_s, userGroups, PageStyle::V2Array);
    network.servePaged(u"/api/v2/systemgroups"_s, deviceGroups, PageStyle::V2Array);
    network.servePaged(u"/api/v2/systeminsights/users"_s, accounts, PageStyle::V2Array,
        FakeNetworkAccessManager::TotalMode::Exact, 0, 10000);

    const OrgSettings &s = org.settings;
    QJsonObject settings { { u"newSystemUserStateDefaults"_s,
        QJsonObject { { u"manualEntry"_s, userStateKey(s.manualEntryState) },
            { u"csvImport"_s, userStateKey(s.csvImportState) },
            { u"applicationImport"_s, userStateKey(s.applicationImportState) } } } };
    if (s.passwordPolicy.known)
        settings.insert(u"passwordPolicy"_s,
            QJsonObject { { u"minLength"_s, s.passwordPolicy.minLength },
                { u"needsLowercase"_s, s.passwordPolicy.needsLowercase },
                { u"needsUppercase"_s, s.passwordPolicy.needsUppercase },
                { u"needsNumeric"_s, s.passwordPolicy.needsNumeric },
                { u"needsSymbolic"_s, s.passwordPolicy.needsSymbolic },
                { u"maxHistory"_s, s.passwordPolicy.maxHistory },
                { u"passwordExpirationInDays"_s, s.passwordPolicy.expirationInDays } });
    network.servePaged(u"/api/organizations"_s,
        QJsonArray {
            QJsonObject { { u"_id"_s, s.orgId }, { u"displayName"_s, s.orgName }, { u"settings"_s, settings } } },
        PageStyle::V1Envelope);
    const QJsonObject ssao { { u"settings"_s,
        QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, s.selfService.macEnabled },
                         { u"defaultPermission"_s, s.selfService.macAdmin ? u"ADMIN"_s : u"STANDARD"_s },
                         { u"passwordSyncEnabled"_s, true } },
            QJsonObject { { u"osFamily"_s, u"WINDOWS"_s }, { u"enabled"_s, s.selfService.windowsEnabled },
                { u"defaultPermission"_s, s.selfService.windowsAdmin ? u"ADMIN"_s : u"STANDARD"_s } } } } };
    network.setHandler(u"/api/v2/devices/settings/ssao"_s,
        [ssao](const auto &) { return FakeNetworkAccessManager::Response::json(ssao); });

    // Graph lists, from both sides where the engine may read them.
    QHash<QString, QJsonArray> perDevice, perUser, userMembers, deviceMembers, groupBindings;
    for (const User &u : org.users)
        perUser[u.id];
    for (const Device &d : org.devices)
        perDevice[d.id];
    for (const UserGroup &g : org.userGroups) {
        userMembers[g.id];
        groupBindings[g.id];
    }
    for (const DeviceGroup &g : org.deviceGroups)
        deviceMembers[g.id];
    for (const UserDeviceBinding &b : org.userDeviceBindings) {
        perDevice[b.deviceId].append(edge(b.userId, u"user"_s, b.sudoEnabled, b.sudoWithoutPassword));
        perUser[b.userId].append(edge(b.deviceId, u"system"_s, b.sudoEnabled, b.sudoWithoutPassword));
    }
    for (const UserGroupMembership &m : org.userGroupMemberships)
        userMembers[m.groupId].append(edge(m.userId, u"user"_s));
    for (const DeviceGroupMembership &m : org.deviceGroupMemberships)
        deviceMembers[m.groupId].append(edge(m.deviceId, u"system"_s));
    for (const GroupBinding &b : org.groupBindings)
        groupBindings[b.userGroupId].append(edge(b.deviceGroupId, u"system_group"_s));
    const auto serveAll = [&network](const QHash<QString, QJsonArray> &lists, const QString &pattern) {
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            network.servePaged(pattern.arg(it.key()), it.value(), PageStyle::V2Array);
    };
    serveAll(perDevice, u"/api/v2/systems/%1/associations"_s);
    serveAll(perUser, u"/api/v2/users/%1/associations"_s);
    serveAll(userMembers, u"/api/v2/usergroups/%1/members"_s);
    serveAll(deviceMembers, u"/api/v2/systemgroups/%1/members"_s);
    serveAll(groupBindings, u"/api/v2/usergroups/%1/associations"_s);
}

} // namespace TestDirectory
