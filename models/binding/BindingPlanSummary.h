#pragma once

#include "BindingPlanCodes.h"

#include <array>

// Counts for the dialog's summary line and the CLI: per action and per warning code (a pair with two warnings counts
// once under each; large-fanout counts once for the plan).
struct BindingPlanSummary
{
    qint64 pairs = 0;
    std::array<qint64, BindingActionCount> actions {};
    std::array<qint64, BindingWarningCount> warnings {};

    qint64 count(BindingAction action) const { return actions[std::size_t(action)]; }
    qint64 count(BindingWarning warning) const { return warnings[std::size_t(warning)]; }

    friend bool operator==(const BindingPlanSummary &, const BindingPlanSummary &) = default;
};
