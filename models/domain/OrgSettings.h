#pragma once

#include "PasswordPolicy.h"
#include "SelfServiceProvisioning.h"
#include "UserState.h"

#include <QString>

// The organisation and the settings that change what Bindery checks or shows.
struct OrgSettings
{
    QString orgId;
    QString orgName;
    PasswordPolicy passwordPolicy;
    // newSystemUserStateDefaults: the state a user gets when none is given on create.
    UserState manualEntryState = UserState::Activated;
    UserState csvImportState = UserState::Activated;
    UserState applicationImportState = UserState::Activated;
    SelfServiceProvisioning selfService;

    friend bool operator==(const OrgSettings &, const OrgSettings &) = default;
};
