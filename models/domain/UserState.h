#pragma once

#include <QString>

// DOMAIN.md "User states": a staged user gets no access until activated.
enum class UserState { Staged, Activated, Suspended };

QString userStateKey(UserState state); // "STAGED", "ACTIVATED", "SUSPENDED" as the API spells them
UserState userStateFromKey(const QString &key, UserState fallback = UserState::Activated);
