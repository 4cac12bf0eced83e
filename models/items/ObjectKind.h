#pragma once

#include <QString>
#include <optional>

// The four kinds of directory object the tables list. Drag and drop carries it, and the keys are the
// outbox's objectType strings ("user", "device", "userGroup", "deviceGroup"), so one word means one kind everywhere.
enum class ObjectKind : quint8 { User, Device, UserGroup, DeviceGroup };

QString objectKindKey(ObjectKind kind);
std::optional<ObjectKind> objectKindFromKey(const QString &key);
