#include "LocalAccountOutlook.h"

#include "BindingPlanner.h"

#include <algorithm>

namespace {

bool carriesName(const User &user, const QString &accountName)
{
    return user.effectiveLocalAccountName().compare(accountName, Qt::CaseInsensitive) == 0;
}

} // namespace

QList<LocalAccountOutlook> LocalAccountOutlook::evaluate(
    const Device &device, const QList<DeviceLocalAccount> &accounts, const QList<User> &candidates)
{
    // One plan over every candidate on this device; the planner sees all the device's accounts and who manages
    // them, exactly as a drop would.
    BindingPlanInput input;
    input.devices = { device };
    for (const DeviceLocalAccount &entry : accounts) {
        input.localAccounts.append(entry.account);
        input.localAccountOwnerIds.append(entry.managedByUserId);
    }
    for (const User &user : candidates) {
        const bool relevant = std::any_of(accounts.cbegin(), accounts.cend(), [&user](const DeviceLocalAccount &e) {
            return e.managedByUserId.isEmpty() && carriesName(user, e.account.username);
        });
        if (relevant)
            input.users.append(user);
    }
    const BindingPlanner planner(input);
    const BindingPlan plan = planner.plan();

    QList<LocalAccountOutlook> outlooks;
    outlooks.reserve(accounts.size());
    for (qsizetype a = 0; a < accounts.size(); ++a) {
        const DeviceLocalAccount &entry = accounts.at(a);
        LocalAccountOutlook outlook;
        if (!entry.managedByUserId.isEmpty()) {
            outlook.kind = Kind::Managed;
            outlook.userId = entry.managedByUserId;
            outlook.username = entry.managedByUsername;
        } else if (entry.account.managed) {
            outlook.kind = Kind::ManagedByUnknownUser;
        } else {
            // The strongest answer wins: a takeover, then a blocked match, then a case-only match.
            for (const BindingPlanPair &pair : plan.pairs()) {
                const User &user = plan.user(pair);
                if (!carriesName(user, entry.account.username))
                    continue;
                Kind kind = Kind::NoMatch;
                if (pair.action == BindingAction::Takeover && pair.accountIndex == a)
                    kind = Kind::WouldBeTakenOver;
                else if (pair.action == BindingAction::Blocked)
                    kind = Kind::BlockedMatch;
                else if (pair.action == BindingAction::Create && pair.warnings.has(BindingWarning::CaseDiffers)
                    && pair.accountIndex == a)
                    kind = Kind::CaseOnlyMatch;
                const auto rank = [](Kind k) {
                    return k == Kind::WouldBeTakenOver ? 3
                        : k == Kind::BlockedMatch      ? 2
                        : k == Kind::CaseOnlyMatch     ? 1
                                                       : 0;
                };
                if (rank(kind) > rank(outlook.kind)) {
                    outlook.kind = kind;
                    outlook.userId = user.id;
                    outlook.username = user.username;
                    outlook.blockReason = pair.blockReason;
                }
            }
        }
        outlooks.append(outlook);
    }
    return outlooks;
}
