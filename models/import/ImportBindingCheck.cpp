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

namespace {
QList<ImportIssue> issuesFor(const BindingPlan &plan, const BindingPlanPair &pair, int column, const QString &name)
{
    QList<ImportIssue> issues;
    switch (pair.action) {
    case BindingAction::Blocked:
        issues.append({ column, name, bindingBlockReasonCode(pair.blockReason), ImportSeverity::Error,
            BindingPlanText::blockMessage(plan, pair) });
        break;
    case BindingAction::AlreadyBound:
    case BindingAction::Takeover:
        // Shown before commit: which account the agent takes over, or that nothing needs sending.
        issues.append({ column, name, bindingActionCode(pair.action), ImportSeverity::Info,
            BindingPlanText::pairDescription(plan, pair) });
        break;
    default:
        break;
    }
    for (const BindingWarning warning : pair.warnings.toList()) {
        issues.append({ column, name, bindingWarningCode(warning), ImportSeverity::Warning,
            BindingPlanText::warningMessage(plan, pair, warning) });
    }
    return issues;
}
} // namespace

QList<ImportIssue> ImportBindingCheck::check(const Request &request) const
{
    return checkAll({ request }).value(0);
}

QList<QList<ImportIssue>> ImportBindingCheck::checkAll(const QList<Request> &requests) const
{
    QList<QList<ImportIssue>> issues(requests.size());
    if (requests.isEmpty())
        return issues;
    // The builder gathers what the devices report (accounts, who manages them, current edges); the row users are
    // put in directly, one per request except that an existing user (with an id) appears once.
    BindingSelection selection;
    QHash<QString, int> deviceIndex;
    QHash<QString, int> userIndex;
    QList<User> users;
    users.reserve(requests.size());
    QList<BindingPlanner::PairIndex> pairs;
    pairs.reserve(requests.size());
    for (const Request &request : requests) {
        auto device = deviceIndex.constFind(request.deviceId);
        if (device == deviceIndex.cend()) {
            device = deviceIndex.insert(request.deviceId, int(selection.deviceIds.size()));
            selection.deviceIds.append(request.deviceId);
        }
        int user = int(users.size());
        if (!request.user.id.isEmpty()) {
            const auto known = userIndex.constFind(request.user.id);
            if (known != userIndex.cend())
                user = *known;
            else
                userIndex.insert(request.user.id, user);
        }
        if (user == int(users.size()))
            users.append(request.user);
        pairs.append(BindingPlanner::PairIndex { user, *device });
    }
    Result<BindingPlanInput> input = m_builder.build(selection);
    if (!input.ok() || input.value().devices.size() != selection.deviceIds.size())
        return issues; // the builder disagrees with the snapshot the devices came from: nothing to add
    input.value().users = std::move(users);
    const BindingPlanner planner(std::move(input).value());
    const BindingPlan plan = planner.planPairs(pairs);
    if (plan.size() != requests.size())
        return issues;
    for (qsizetype i = 0; i < requests.size(); ++i)
        issues[i] = issuesFor(plan, plan.at(i), requests.at(i).column, requests.at(i).columnName);
    return issues;
}
