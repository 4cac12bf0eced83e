#pragma once

#include "BindingPlanCodes.h"
#include "BindingWarningSet.h"

#include <QtGlobal>

// One user × device pair of a plan, kept to 20 bytes: indices into the BindingPlanInput, never strings.
// Use BindingPlan to turn it into names (accountName(), user(), device()) and BindingPlanText for sentences.
struct BindingPlanPair
{
    qint32 userIndex = -1; // BindingPlanInput::users
    qint32 deviceIndex = -1; // BindingPlanInput::devices
    // BindingPlanInput::localAccounts, or -1. Takeover: the account taken over. Create with case-differs or
    // similar-account: the existing account the warning names. Blocked account-owned-by-other-user: that account.
    qint32 accountIndex = -1;
    BindingWarningSet warnings;
    BindingAction action = BindingAction::Create;
    // Takeover: the field whose value matched; Create: the field that names the new account; blocked
    // invalid-username / *-name-too-long: the field holding the bad name.
    BindingMatchedField matchedField = BindingMatchedField::None;
    BindingBlockReason blockReason = BindingBlockReason::None;

    friend bool operator==(const BindingPlanPair &, const BindingPlanPair &) = default;
};
