#include "UserState.h"

using namespace Qt::StringLiterals;

QString userStateKey(UserState state)
{
    switch (state) {
    case UserState::Staged:
        return u"STAGED"_s;
    case UserState::Suspended:
        return u"SUSPENDED"_s;
    case UserState::Activated:
        break;
    }
    return u"ACTIVATED"_s;
}

UserState userStateFromKey(const QString &key, UserState fallback)
{
    if (key.compare("STAGED"_L1, Qt::CaseInsensitive) == 0)
        return UserState::Staged;
    if (key.compare("SUSPENDED"_L1, Qt::CaseInsensitive) == 0)
        return UserState::Suspended;
    if (key.compare("ACTIVATED"_L1, Qt::CaseInsensitive) == 0)
        return UserState::Activated;
    return fallback;
}
