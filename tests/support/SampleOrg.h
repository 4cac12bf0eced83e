#pragma once

#include "OrgSnapshot.h"

#include <QString>

// A small hand-written org with fixed ids, shared by unit and GUI tests: every case the binding
// rules care about appears once, so a test can name the object it means. Deterministic: two calls
// return equal snapshots. syncedAt is 2024-05-01T09:00:00Z; sourceUrl https://console.jumpcloud.com.
//
// Ids are 24 hex digits: users 65a0…00NN, devices 65d0…00NN, user groups 65b0…00NN,
// device groups 65c0…00NN, org 65e000000000000000000001. Use the constants in SampleOrg::Id.
//
// Users (username — shown name, state; notes)
//   01 alice                      Alice Anders, ACTIVATED; Engineering, Staff Engineer; phones, custom
//                                 attributes; MFA; admin (sudo) on alice-mbp, also bound to build-linux-01
//   02 bob                        Bob Brown, STAGED; no password yet; Sales; bound to WIN-FIN-01
//   03 carol                      Carol Chen, SUSPENDED; systemUsername carol.local; bound to WIN-SUP-07
//   04 dave.longusername.example  Dave Dunn, ACTIVATED; 25 characters: too long for Windows; bound to
//                                 build-linux-01
//   05 Erin                       Erin Evans, ACTIVATED; unbound; eng-mac-02 has local account "erin"
//                                 (case-only match)
//   06 john.doe                   John Doe, ACTIVATED; unbound; WIN-FIN-01 has "jdoe" (similar: a bind
//                                 would create a second profile)
//   07 grace                      Grace García, ACTIVATED; Engineering; user-level sudo; bound to
//                                 build-linux-01 (sudo, passwordless); eng-mac-02 has "grace" (exact,
//                                 unmanaged)
//   08 heidi                      Heidi Hansen, ACTIVATED; Finance; admin on WIN-FIN-01
//   09 ivan                       Ivan Ivanov, ACTIVATED; Engineering; sudo on build-linux-01, bound
//                                 to ops-linux-02
//   10 judy                       Judy Jones, ACTIVATED; Marketing; no devices, no phone
//   11 mallory                    Mallory Moss, ACTIVATED; department "=SUM(A1)" (formula injection
//                                 in exports), job title "+Contractor"
//   12 zoe.mueller                Zoë Müller, ACTIVATED; Engineering; admin on zoe-mba
//
// Devices (hostname — display name, OS, active; local accounts: * managed, ! admin, ~ service)
//   01 alice-mbp       Alice's MacBook Pro, macOS 14.4.1 arm64, active
//                      alice*!, admin! (no match), _mbsetupuser~
//   02 eng-mac-02      Engineering Mac mini, macOS 13.6 x86_64, inactive (40 days)
//                      erin (case-only vs Erin), grace (exact, unmanaged), _spotlight~
//   03 WIN-FIN-01      Finance Desktop, Windows 11 Pro, active
//                      heidi*!, bob* (bob is staged), jdoe (similar to john.doe), Administrator!,
//                      DefaultAccount~
//   04 WIN-SUP-07      Support Laptop, Windows 10 Pro, active
//                      carol.local* (carol's systemUsername), Guest~
//   05 build-linux-01  Build Server, Ubuntu 22.04 x86_64, active
//                      ivan*!, grace*!, dave.longusername.example*, alice*, ubuntu (no match), www-data~
//   06 ops-linux-02    Ops Box, Debian 12 aarch64, inactive (95 days)
//                      ivan*, Alice (case-only vs alice on Linux), root~!
//   07 zoe-mba         Zoë's MacBook Air, macOS 14.4 arm64, active
//                      zoe.mueller*!, zoe (similar to zoe.mueller), _mbsetupuser~
//   08 WIN-LOBBY       Lobby Kiosk, Windows 11 Enterprise, inactive (12 days)
//                      kiosk (no match), WDAGUtilityAccount~
//
// User groups: 01 Engineering (sudoEnabled, posix group "engineering"): alice, dave, grace, ivan, zoe
//              02 Finance: john.doe, heidi, mallory
//              03 All Staff: alice, bob, carol, Erin, john.doe, grace, heidi, judy
// Device groups: 01 Engineering Macs: alice-mbp, eng-mac-02, zoe-mba
//                02 Windows Fleet: WIN-FIN-01, WIN-SUP-07, WIN-LOBBY
// Group binding: Engineering → Engineering Macs.
// Org settings: password policy known, min length 12, uppercase + numeric; manual entry ACTIVATED,
// CSV import STAGED; self-service on for macOS (standard), off for Windows.
namespace SampleOrg {

namespace Id {
inline constexpr auto Org = "65e000000000000000000001";
inline constexpr auto Alice = "65a000000000000000000001";
inline constexpr auto Bob = "65a000000000000000000002";
inline constexpr auto Carol = "65a000000000000000000003";
inline constexpr auto Dave = "65a000000000000000000004";
inline constexpr auto Erin = "65a000000000000000000005";
inline constexpr auto JohnDoe = "65a000000000000000000006";
inline constexpr auto Grace = "65a000000000000000000007";
inline constexpr auto Heidi = "65a000000000000000000008";
inline constexpr auto Ivan = "65a000000000000000000009";
inline constexpr auto Judy = "65a000000000000000000010";
inline constexpr auto Mallory = "65a000000000000000000011";
inline constexpr auto Zoe = "65a000000000000000000012";

inline constexpr auto AliceMbp = "65d000000000000000000001";
inline constexpr auto EngMac02 = "65d000000000000000000002";
inline constexpr auto WinFin01 = "65d000000000000000000003";
inline constexpr auto WinSup07 = "65d000000000000000000004";
inline constexpr auto BuildLinux01 = "65d000000000000000000005";
inline constexpr auto OpsLinux02 = "65d000000000000000000006";
inline constexpr auto ZoeMba = "65d000000000000000000007";
inline constexpr auto WinLobby = "65d000000000000000000008";

inline constexpr auto EngineeringGroup = "65b000000000000000000001";
inline constexpr auto FinanceGroup = "65b000000000000000000002";
inline constexpr auto AllStaffGroup = "65b000000000000000000003";

inline constexpr auto EngineeringMacs = "65c000000000000000000001";
inline constexpr auto WindowsFleet = "65c000000000000000000002";
} // namespace Id

OrgSnapshot make();

// Writes make() into a cache file (created when missing). Returns an empty string on success,
// else what failed, so a test can QVERIFY2(error.isEmpty(), qPrintable(error)).
QString writeCache(const QString &path);

} // namespace SampleOrg
