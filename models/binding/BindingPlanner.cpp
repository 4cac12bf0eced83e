#include "BindingPlanner.h"

#include "BindingPlannerIndex.h"
#include "LocalAccountNameRules.h"

#include <algorithm>
#include <cstdlib>

namespace {

bool needsExactCase(OsFamily os)
{
    // DOMAIN.md: macOS and Linux agents take over only on an exact-case match. An unknown OS gets the cautious rule.
    return os != OsFamily::Windows;
}

void addUserStateWarnings(BindingPlanPair &pair, UserState state)
{
    if (state == UserState::Staged)
        pair.warnings.add(BindingWarning::StagedUser);
    else if (state == UserState::Suspended)
        pair.warnings.add(BindingWarning::SuspendedUser);
}

} // namespace

BindingPlanner::BindingPlanner(BindingPlanInput input, int largeFanoutThreshold)
    : m_input(std::make_shared<const BindingPlanInput>(std::move(input)))
    , m_index(std::make_unique<const BindingPlannerIndex>(*m_input))
    , m_largeFanoutThreshold(largeFanoutThreshold)
{
}

BindingPlanner::~BindingPlanner() = default;

BindingPlanPair BindingPlanner::planPair(int userIndex, int deviceIndex) const
{
    const BindingPlannerIndex &index = *m_index;
    const BindingPlannerIndex::UserEntry &user = index.user(userIndex);
    const BindingPlannerIndex::DeviceEntry &device = index.device(deviceIndex);

    BindingPlanPair pair;
    pair.userIndex = userIndex;
    pair.deviceIndex = deviceIndex;

    if (BindingPlannerIndex::contains(user.boundDevices, deviceIndex)) {
        pair.action = BindingAction::AlreadyBound;
        return pair;
    }
    if (BindingPlannerIndex::contains(user.groupDevices, deviceIndex)) {
        pair.action = BindingAction::AlreadyBound;
        pair.warnings.add(BindingWarning::BoundThroughGroup);
        return pair;
    }

    pair.matchedField = user.field;
    if (!user.nameValid) {
        pair.action = BindingAction::Blocked;
        pair.blockReason = BindingBlockReason::InvalidUsername;
        return pair;
    }
    if (user.nameLength > LocalAccountNameRules::maxLength(device.os)) {
        pair.action = BindingAction::Blocked;
        pair.blockReason
            = device.os == OsFamily::Windows ? BindingBlockReason::WindowsNameTooLong : BindingBlockReason::NameTooLong;
        return pair;
    }

    // One pass over the device's accounts: an exact-case match wins over a case-only one; remember the first
    // similar-key account in case nothing matches.
    const BindingPlannerIndex::AccountEntry *accounts = index.accounts(device);
    const BindingPlannerIndex::AccountEntry *match = nullptr;
    bool exactCase = false;
    const BindingPlannerIndex::AccountEntry *similar = nullptr;
    for (int i = 0; i < device.accountCount; ++i) {
        const BindingPlannerIndex::AccountEntry &account = accounts[i];
        if (account.nameId == user.matchId) {
            const bool exact = m_input->localAccounts.at(account.accountIndex).username == user.name;
            if (!match || (exact && !exactCase)) {
                match = &account;
                exactCase = exact;
            }
        } else if (!similar && account.similarCandidate) {
            for (int k = 0; k < user.similarCount; ++k) {
                if (user.similarIds[std::size_t(k)] == account.similarId) {
                    similar = &account;
                    break;
                }
            }
        }
    }

    if (match) {
        pair.accountIndex = match->accountIndex;
        if (match->managed && match->ownerUserId != user.userId) {
            pair.action = BindingAction::Blocked;
            pair.blockReason = BindingBlockReason::AccountOwnedByOtherUser;
            pair.matchedField = BindingMatchedField::None;
            return pair;
        }
        if (exactCase || !needsExactCase(device.os)) {
            pair.action = BindingAction::Takeover;
            pair.warnings.add(BindingWarning::TakeoverSignsOut);
            if (device.os == OsFamily::MacOS)
                pair.warnings.add(BindingWarning::MacosRelogin);
        } else {
            pair.action = BindingAction::Create;
            pair.warnings.add(BindingWarning::CaseDiffers);
        }
    } else {
        pair.action = BindingAction::Create;
        if (!similar) {
            // Bounded edit distance only against accounts whose length allows it.
            for (int i = 0; i < device.accountCount; ++i) {
                const BindingPlannerIndex::AccountEntry &account = accounts[i];
                if (account.similarCandidate && std::abs(account.length - user.nameLength) <= 1
                    && LocalAccountNameRules::isOneEditApart(user.lowerName, index.lowerAccountName(account))) {
                    similar = &account;
                    break;
                }
            }
        }
        if (similar) {
            pair.accountIndex = similar->accountIndex;
            pair.warnings.add(BindingWarning::SimilarAccount);
        }
    }
    addUserStateWarnings(pair, user.state);
    if (!device.active)
        pair.warnings.add(BindingWarning::DeviceInactive);
    return pair;
}

BindingPlan BindingPlanner::plan() const
{
    const int users = m_index->userCount();
    const int devices = m_index->deviceCount();
    QList<BindingPlanPair> pairs;
    pairs.reserve(qsizetype(users) * devices);
    for (int u = 0; u < users; ++u) {
        for (int d = 0; d < devices; ++d)
            pairs.append(planPair(u, d));
    }
    BindingWarningSet planWarnings;
    if (pairs.size() > m_largeFanoutThreshold)
        planWarnings.add(BindingWarning::LargeFanout);
    return BindingPlan(m_input, std::move(pairs), planWarnings, {}, m_largeFanoutThreshold);
}

BindingPlan BindingPlanner::planPairs(const QList<PairIndex> &requested) const
{
    QList<BindingPlanPair> pairs;
    pairs.reserve(requested.size());
    for (const PairIndex &p : requested)
        pairs.append(planPair(p.userIndex, p.deviceIndex));
    BindingWarningSet planWarnings;
    if (pairs.size() > m_largeFanoutThreshold)
        planWarnings.add(BindingWarning::LargeFanout);
    return BindingPlan(m_input, std::move(pairs), planWarnings, {}, m_largeFanoutThreshold);
}

BindingPlan BindingPlanner::planUnbind() const
{
    QList<PairIndex> all;
    all.reserve(qsizetype(m_index->userCount()) * m_index->deviceCount());
    for (int u = 0; u < m_index->userCount(); ++u) {
        for (int d = 0; d < m_index->deviceCount(); ++d)
            all.append({ u, d });
    }
    return planUnbindPairs(all);
}

BindingPlan BindingPlanner::planUnbindPairs(const QList<PairIndex> &requested) const
{
    const BindingPlannerIndex &index = *m_index;
    QList<BindingPlanPair> pairs;
    pairs.reserve(requested.size());
    // Who loses access: a direct edge removed from a user with no group path to the device.
    std::vector<std::vector<int>> leaving(std::size_t(index.deviceCount()));
    for (const PairIndex &p : requested) {
        const BindingPlannerIndex::UserEntry &user = index.user(p.userIndex);
        BindingPlanPair pair;
        pair.userIndex = p.userIndex;
        pair.deviceIndex = p.deviceIndex;
        const bool viaGroup = BindingPlannerIndex::contains(user.groupDevices, p.deviceIndex);
        if (BindingPlannerIndex::contains(user.boundDevices, p.deviceIndex)) {
            pair.action = BindingAction::Unbind;
            if (viaGroup)
                pair.warnings.add(BindingWarning::GroupAccessRemains);
            else
                leaving[std::size_t(p.deviceIndex)].push_back(user.userId);
        } else {
            pair.action = BindingAction::NotBound;
            if (viaGroup)
                pair.warnings.add(BindingWarning::GroupAccessRemains);
        }
        pairs.append(pair);
    }

    QList<int> remaining(index.deviceCount(), 0);
    for (int d = 0; d < index.deviceCount(); ++d) {
        std::vector<int> &gone = leaving[std::size_t(d)];
        std::sort(gone.begin(), gone.end());
        gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
        const std::vector<int> &with = index.usersWithAccess(d);
        remaining[d] = int(with.size()) - int(std::count_if(gone.begin(), gone.end(), [&with](int id) {
            return std::binary_search(with.begin(), with.end(), id);
        }));
    }
    for (BindingPlanPair &pair : pairs) {
        if (pair.action == BindingAction::Unbind && remaining.at(pair.deviceIndex) == 0)
            pair.warnings.add(BindingWarning::LastUser);
    }
    return BindingPlan(m_input, std::move(pairs), {}, std::move(remaining), m_largeFanoutThreshold);
}
