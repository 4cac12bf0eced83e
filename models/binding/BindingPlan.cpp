#include "BindingPlan.h"

#include <bit>

namespace {

const BindingPlanInput &emptyInput()
{
    static const BindingPlanInput empty;
    return empty;
}

BindingPlanSummary summarize(const QList<BindingPlanPair> &pairs, BindingWarningSet planWarnings)
{
    BindingPlanSummary summary;
    summary.pairs = pairs.size();
    for (const BindingPlanPair &pair : pairs) {
        ++summary.actions[std::size_t(pair.action)];
        // Walk the set bits only: most pairs have none or one.
        for (unsigned bits = pair.warnings.bits(); bits != 0; bits &= bits - 1)
            ++summary.warnings[std::size_t(std::countr_zero(bits))];
    }
    for (unsigned bits = planWarnings.bits(); bits != 0; bits &= bits - 1)
        ++summary.warnings[std::size_t(std::countr_zero(bits))];
    return summary;
}

} // namespace

BindingPlan::BindingPlan(std::shared_ptr<const BindingPlanInput> input, QList<BindingPlanPair> pairs,
    BindingWarningSet planWarnings, QList<int> remainingUsersPerDevice, int largeFanoutThreshold)
    : m_input(std::move(input))
    , m_pairs(std::move(pairs))
    , m_planWarnings(planWarnings)
    , m_remainingUsersPerDevice(std::move(remainingUsersPerDevice))
    , m_largeFanoutThreshold(largeFanoutThreshold)
    , m_summary(summarize(m_pairs, m_planWarnings))
{
}

const BindingPlanInput &BindingPlan::input() const
{
    return m_input ? *m_input : emptyInput();
}

const User &BindingPlan::user(const BindingPlanPair &pair) const
{
    return input().users.at(pair.userIndex);
}

const Device &BindingPlan::device(const BindingPlanPair &pair) const
{
    return input().devices.at(pair.deviceIndex);
}

const LocalAccount *BindingPlan::account(const BindingPlanPair &pair) const
{
    if (pair.accountIndex < 0 || pair.accountIndex >= input().localAccounts.size())
        return nullptr;
    return &input().localAccounts.at(pair.accountIndex);
}

QString BindingPlan::accountName(const BindingPlanPair &pair) const
{
    if (pair.action == BindingAction::Takeover) {
        if (const LocalAccount *taken = account(pair))
            return taken->username;
    }
    return user(pair).effectiveLocalAccountName();
}

int BindingPlan::remainingUsers(int deviceIndex) const
{
    if (deviceIndex < 0 || deviceIndex >= m_remainingUsersPerDevice.size())
        return -1;
    return m_remainingUsersPerDevice.at(deviceIndex);
}

qsizetype BindingPlan::pairsMemoryBytes() const
{
    return m_pairs.capacity() * qsizetype(sizeof(BindingPlanPair))
        + m_remainingUsersPerDevice.capacity() * qsizetype(sizeof(int));
}
