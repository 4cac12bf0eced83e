#pragma once

#include <QString>
#include <optional>

// The stable vocabulary of a binding plan. The string codes are an API: the CLI's --json output, the CSV import's
// result file and tests branch on them, so a code is never renamed once shipped. Human text is BindingPlanText's job.

// What the device's agent will do for one user × device pair.
enum class BindingAction : quint8 {
    Create, // "create": the agent creates a new local account named after the user
    Takeover, // "takeover": the agent takes over an existing local account (home folder kept)
    AlreadyBound, // "already-bound": a direct binding (or access through groups) exists; nothing is sent
    Blocked, // "blocked": the directory or the agent would refuse it; see BindingBlockReason
    Unbind, // "unbind" (unbind plans only): the direct binding is removed
    NotBound, // "not-bound" (unbind plans only): there is no direct binding to remove
};
inline constexpr int BindingActionCount = 6;

// Which of the user's fields gave the name that matched (takeover) or that names the new account (create).
enum class BindingMatchedField : quint8 {
    None, // "" (already-bound, blocked by ownership, unbind plans)
    SystemUsername, // "systemUsername": the user's "local user account" value
    Username, // "username"
};

// Why a pair is blocked. Only conditions the directory or the agent refuses are blocks; everything that merely
// surprises the admin is a BindingWarning.
enum class BindingBlockReason : quint8 {
    None, // ""
    InvalidUsername, // "invalid-username": the account name breaks the naming rules (letter first; letters, digits . -
                     // _)
    NameTooLong, // "name-too-long": over 30 characters on macOS, Linux (and unknown OS)
    WindowsNameTooLong, // "windows-name-too-long": over 20 characters on a Windows device
    AccountOwnedByOtherUser, // "account-owned-by-other-user": the matching local account is managed by another user
};

// Warnings. Each is one bit of a BindingWarningSet, so the order is fixed; append new codes at the end.
enum class BindingWarning : quint8 {
    TakeoverSignsOut, // "takeover-signs-out": every takeover; apps lose their saved sign-in
    MacosRelogin, // "macos-relogin": takeover on macOS; the person must log out and in again
    CaseDiffers, // "case-differs": macOS/Linux, the only match differs in letter case; a second account is created
    StagedUser, // "staged-user": no access until the user is activated
    SuspendedUser, // "suspended-user": access withdrawn; the account is created or taken over but unusable
    SimilarAccount, // "similar-account": no match, but a local account close to the name (likely second profile)
    DeviceInactive, // "device-inactive": the agent has not checked in recently; applied at its next check-in
    LargeFanout, // "large-fanout": plan-level, more pairs than the threshold
    LastUser, // "last-user": unbind leaves the device with no bound user
    GroupAccessRemains, // "group-access-remains": unbind of the direct edge; access through a group stays
    BoundThroughGroup, // "bound-through-group": already-bound because a user group → device group edge gives access
};
inline constexpr int BindingWarningCount = 11;

QString bindingActionCode(BindingAction action);
std::optional<BindingAction> bindingActionFromCode(const QString &code);
QString bindingMatchedFieldCode(BindingMatchedField field);
QString bindingBlockReasonCode(BindingBlockReason reason);
std::optional<BindingBlockReason> bindingBlockReasonFromCode(const QString &code);
QString bindingWarningCode(BindingWarning warning);
std::optional<BindingWarning> bindingWarningFromCode(const QString &code);
