#include "BindingPlanCodes.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Indexed by the enums' values; the enums' comments carry the same codes.
constexpr std::array<QLatin1StringView, BindingActionCount> actionCodes { "create"_L1, "takeover"_L1,
    "already-bound"_L1, "blocked"_L1, "unbind"_L1, "not-bound"_L1 };
constexpr std::array<QLatin1StringView, 5> blockCodes { ""_L1, "invalid-username"_L1, "name-too-long"_L1,
    "windows-name-too-long"_L1, "account-owned-by-other-user"_L1 };
constexpr std::array<QLatin1StringView, BindingWarningCount> warningCodes { "takeover-signs-out"_L1, "macos-relogin"_L1,
    "case-differs"_L1, "staged-user"_L1, "suspended-user"_L1, "similar-account"_L1, "device-inactive"_L1,
    "large-fanout"_L1, "last-user"_L1, "group-access-remains"_L1, "bound-through-group"_L1 };

template<typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<QLatin1StringView, N> &codes, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (!codes[i].isEmpty() && code == codes[i])
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString bindingActionCode(BindingAction action)
{
    return actionCodes.at(std::size_t(action));
}

std::optional<BindingAction> bindingActionFromCode(const QString &code)
{
    return fromCode<BindingAction>(actionCodes, code);
}

QString bindingMatchedFieldCode(BindingMatchedField field)
{
    switch (field) {
    case BindingMatchedField::SystemUsername:
        return u"systemUsername"_s;
    case BindingMatchedField::Username:
        return u"username"_s;
    case BindingMatchedField::None:
        break;
    }
    return {};
}

QString bindingBlockReasonCode(BindingBlockReason reason)
{
    return blockCodes.at(std::size_t(reason));
}

std::optional<BindingBlockReason> bindingBlockReasonFromCode(const QString &code)
{
    return fromCode<BindingBlockReason>(blockCodes, code);
}

QString bindingWarningCode(BindingWarning warning)
{
    return warningCodes.at(std::size_t(warning));
}

std::optional<BindingWarning> bindingWarningFromCode(const QString &code)
{
    return fromCode<BindingWarning>(warningCodes, code);
}
