#include "ImportBindingCheck.h"

#include "BindingPlanText.h"
#include "BindingPlanner.h"

using namespace Qt::StringLiterals;

ImportBindingCheck::ImportBindingCheck(const OrgSnapshot &snapshot)
    : m_builder(snapshot)
{
}

bool ImportBindingCheck::repeatsNamingIssue(const QString &code)
{
    return code == "invalid-username"_L1 || code == "name-too-long"_L1 || code == "windows-name-too-long"_L1;
}

QList<ImportIssue> ImportBindingCheck::check(
    const User &user, const Device &device, int column, const QString &columnName) const
{
    BindingSelection selection;
    selection.deviceIds = { device.id };
    selection.extraUsers = { user };
    Result<BindingPlanInput> input = m_builder.build(selection);
    if (!input.ok())
        return {}; // the device was found in the same snapshot; nothing to add if the builder disagrees
    const BindingPlanner planner(std::move(input).value());
    const BindingPlan plan = planner.planPairs({ BindingPlanner::PairIndex { 0, 0 } });
    if (plan.size() != 1)
        return {};
    const BindingPlanPair &pair = plan.at(0);

    QList<ImportIssue> issues;
    switch (pair.action) {
    case BindingAction::Blocked:
        issues.append({ column, columnName, bindingBlockReasonCode(pair.blockReason), ImportSeverity::Error,
            BindingPlanText::blockMessage(plan, pair) });
        break;
    case BindingAction::AlreadyBound:
    case BindingAction::Takeover:
        // Shown before commit: which account the agent takes over, or that nothing needs sending.
        issues.append({ column, columnName, bindingActionCode(pair.action), ImportSeverity::Info,
            BindingPlanText::pairDescription(plan, pair) });
        break;
    default:
        break;
    }
    for (const BindingWarning warning : pair.warnings.toList()) {
        issues.append({ column, columnName, bindingWarningCode(warning), ImportSeverity::Warning,
            BindingPlanText::warningMessage(plan, pair, warning) });
    }
    return issues;
}
