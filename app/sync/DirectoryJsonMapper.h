#pragma once

#include "Device.h"
#include "DeviceGroup.h"
#include "LocalAccount.h"
#include "OrgSettings.h"
#include "SelfServiceProvisioning.h"
#include "User.h"
#include "UserGroup.h"

#include <QDateTime>
#include <QJsonObject>

// The directory's JSON (API.md §2–§8) to Bindery's domain types. Missing and null fields give
// the domain defaults, so a sparse answer (`fields=`) maps without surprises.
namespace DirectoryJsonMapper {
User user(const QJsonObject &json); // v1 systemuser
Device device(const QJsonObject &json); // v1 system
UserGroup userGroup(const QJsonObject &json); // v2 user_group
DeviceGroup deviceGroup(const QJsonObject &json); // v2 system_group
LocalAccount localAccount(const QJsonObject &json); // v2 systeminsights/users row
// v1 organization (with settings); `ssao` is the v2 /devices/settings/ssao answer.
OrgSettings orgSettings(const QJsonObject &organization);
SelfServiceProvisioning selfService(const QJsonObject &ssao);
// A GraphConnection's `attributes.sudo`.
void sudoOf(const QJsonObject &connection, bool *enabled, bool *withoutPassword);

// ISO 8601 with or without milliseconds; invalid for null, "" or garbage.
QDateTime dateTime(const QJsonValue &value);
// System Insights' `last_login`: Unix seconds as a string (or number).
QDateTime unixTime(const QJsonValue &value);
} // namespace DirectoryJsonMapper
