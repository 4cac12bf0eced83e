#pragma once

#include "BindingPlanInput.h"
#include "BindingPlanPair.h"
#include "BindingPlanSummary.h"

#include <QList>
#include <memory>

// The result of BindingPlanner: one BindingPlanPair per user × device (users outer, devices inner, in input order,
// or in the order of the pairs asked for), the plan-level warnings and the summary. Shares its input, so copies are
// cheap and names can be looked up from a pair.
class BindingPlan
{
public:
    BindingPlan() = default;
    BindingPlan(std::shared_ptr<const BindingPlanInput> input, QList<BindingPlanPair> pairs,
        BindingWarningSet planWarnings, QList<int> remainingUsersPerDevice, int largeFanoutThreshold);

    const QList<BindingPlanPair> &pairs() const { return m_pairs; }
    qsizetype size() const { return m_pairs.size(); }
    const BindingPlanPair &at(qsizetype i) const { return m_pairs.at(i); }
    // Warnings about the plan as a whole (large-fanout), not repeated on the pairs.
    BindingWarningSet planWarnings() const { return m_planWarnings; }
    int largeFanoutThreshold() const { return m_largeFanoutThreshold; }
    const BindingPlanSummary &summary() const { return m_summary; }
    const BindingPlanInput &input() const;

    const User &user(const BindingPlanPair &pair) const;
    const Device &device(const BindingPlanPair &pair) const;
    // The account the warning or block names, or nullptr (see BindingPlanPair::accountIndex).
    const LocalAccount *account(const BindingPlanPair &pair) const;
    // The name of the local account the binding ends up with: the account taken over, or the one created (also
    // for blocked and already-bound pairs: the user's effective local account name).
    QString accountName(const BindingPlanPair &pair) const;
    // Unbind plans: how many users stay bound to the device (direct or through groups) after this plan; -1 in
    // bind plans.
    int remainingUsers(int deviceIndex) const;

    // Approximate heap bytes held by the pairs (not the shared input), for the benchmark and diagnostics.
    qsizetype pairsMemoryBytes() const;

private:
    std::shared_ptr<const BindingPlanInput> m_input;
    QList<BindingPlanPair> m_pairs;
    BindingWarningSet m_planWarnings;
    QList<int> m_remainingUsersPerDevice;
    int m_largeFanoutThreshold = 0;
    BindingPlanSummary m_summary;
};
