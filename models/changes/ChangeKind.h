#pragma once

#include <QLatin1StringView>

// The kinds of change an outbox row can carry. The strings are stored in the cache, so they
// never change meaning; add new ones instead. Payload shapes are documented in
// OutboxChangeFactory.h, the only place that builds them.
namespace ChangeKind {
using namespace Qt::StringLiterals;

inline constexpr QLatin1StringView UserCreate = "user.create"_L1;
inline constexpr QLatin1StringView UserUpdate = "user.update"_L1;
inline constexpr QLatin1StringView UserDelete = "user.delete"_L1;
inline constexpr QLatin1StringView UserActivate = "user.activate"_L1;
inline constexpr QLatin1StringView UserSuspend = "user.suspend"_L1;
inline constexpr QLatin1StringView UserResetMfa = "user.resetMfa"_L1;

inline constexpr QLatin1StringView UserGroupCreate = "userGroup.create"_L1;
inline constexpr QLatin1StringView UserGroupUpdate = "userGroup.update"_L1;
inline constexpr QLatin1StringView UserGroupDelete = "userGroup.delete"_L1;
inline constexpr QLatin1StringView UserGroupAddMember = "userGroup.addMember"_L1;
inline constexpr QLatin1StringView UserGroupRemoveMember = "userGroup.removeMember"_L1;

inline constexpr QLatin1StringView DeviceGroupCreate = "deviceGroup.create"_L1;
inline constexpr QLatin1StringView DeviceGroupUpdate = "deviceGroup.update"_L1;
inline constexpr QLatin1StringView DeviceGroupDelete = "deviceGroup.delete"_L1;
inline constexpr QLatin1StringView DeviceGroupAddMember = "deviceGroup.addMember"_L1;
inline constexpr QLatin1StringView DeviceGroupRemoveMember = "deviceGroup.removeMember"_L1;

inline constexpr QLatin1StringView DeviceRename = "device.rename"_L1;

inline constexpr QLatin1StringView BindingAdd = "binding.add"_L1; // user ↔ device
inline constexpr QLatin1StringView BindingRemove = "binding.remove"_L1;
inline constexpr QLatin1StringView GroupBindingAdd = "groupBinding.add"_L1; // user group ↔ device group
inline constexpr QLatin1StringView GroupBindingRemove = "groupBinding.remove"_L1;

inline constexpr QLatin1StringView OrgSelfService = "org.selfService"_L1;
} // namespace ChangeKind
