#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// What an export writes: one row per object of this kind (Bindings: one row per way a user
// reaches a device).
enum class ExportKind { Users, Devices, UserGroups, DeviceGroups, Bindings };

// "users", "devices", "user-groups", "device-groups", "bindings": the CLI's and the file names' words.
std::optional<ExportKind> exportKindFromName(const QString &name);
QString exportKindName(ExportKind kind);
QStringList exportKindNames();
