#include "ImportBindingCheck.h"

#include "BindingPlanText.h"
#include "BindingPlanner.h"
#include "ImportParallel.h"

#include <QSet>
#include <numeric>

using namespace Qt::StringLiterals;

// The org as the planner input needs it, by ordinal (index into the snapshot's lists) so that assembling the input
// for 100,000 rows does no string hashing beyond what the planner itself does.
struct ImportBindingCheck::OrgSide
{
    std::vector<int> accountOffsets; // per device ordinal: its accounts are accountsByDevice[offsets[d] … offsets[d+1])
    std::vector<int> accountsByDevice; // indices into snapshot.localAccounts, in snapshot order within a device
    QHash<QString, QList<int>> usersByEffectiveName; // lower-cased effective local account name → user ordinals
    // Per account: the id of the directory user who manages it (managed accounts), worked out for a device the
    // first time a file names it.
    std::vector<QString> ownerOfAccount;
    std::vector<char> ownersKnown; // per device ordinal (not vector<bool>: devices are resolved in parallel)
    bool sharedEffectiveNames = false; // some users share an effective name: resolving owners needs the edges

    // Edges, needed only for existing users (update rows) and when users share an effective name (an account's
    // owner can then be ambiguous); built the first time either happens.
    bool edgesBuilt = false;
    std::vector<std::vector<int>> boundDevicesOfUser; // per user ordinal, sorted device ordinals
    QHash<QString, QSet<QString>> userGroupsOfUser; // user id → user group ids
    QHash<QString, QStringList> deviceGroupsOfDevice; // device id → device group ids
    QHash<QString, QStringList> userGroupsOfDeviceGroup; // device group id → user group ids bound to it
};

ImportBindingCheck::ImportBindingCheck(const ImportOrgIndex &org)
    : m_org(org)
{
}

ImportBindingCheck::~ImportBindingCheck() = default;

bool ImportBindingCheck::repeatsNamingIssue(const QString &code)
{
    return code == "invalid-username"_L1 || code == "name-too-long"_L1 || code == "windows-name-too-long"_L1;
}

const ImportBindingCheck::OrgSide &ImportBindingCheck::orgSide() const
{
    if (m_side)
        return *m_side;
    m_side = std::make_unique<OrgSide>();
    OrgSide &side = *m_side;
    const OrgSnapshot &org = m_org.snapshot();
    const qsizetype deviceCount = org.devices.size();
    // Two independent halves, one per pool thread: the accounts grouped per device, and the users by name.
    ImportParallel::forEachBlock(2, 1, [&](qsizetype half, qsizetype) {
        if (half == 0)
            groupAccountsByDevice(side);
        else
            indexEffectiveNames(side);
    });
    side.ownerOfAccount.resize(std::size_t(org.localAccounts.size()));
    side.ownersKnown.assign(std::size_t(deviceCount), 0);
    return side;
}

void ImportBindingCheck::groupAccountsByDevice(OrgSide &side) const
{
    // A counting sort: one id lookup per account, no per-device list.
    const OrgSnapshot &org = m_org.snapshot();
    const qsizetype deviceCount = org.devices.size();
    std::vector<int> deviceOfAccount(std::size_t(org.localAccounts.size()), -1);
    side.accountOffsets.assign(std::size_t(deviceCount) + 1, 0);
    for (qsizetype a = 0; a < org.localAccounts.size(); ++a) {
        const int d = m_org.deviceOrdinal(org.localAccounts.at(a).deviceId);
        deviceOfAccount[std::size_t(a)] = d;
        if (d >= 0)
            ++side.accountOffsets[std::size_t(d) + 1];
    }
    for (std::size_t d = 0; d < std::size_t(deviceCount); ++d)
        side.accountOffsets[d + 1] += side.accountOffsets[d];
    side.accountsByDevice.resize(std::size_t(side.accountOffsets.back()));
    std::vector<int> fill(side.accountOffsets.begin(), side.accountOffsets.end() - 1);
    for (std::size_t a = 0; a < deviceOfAccount.size(); ++a) {
        if (const int d = deviceOfAccount[a]; d >= 0)
            side.accountsByDevice[std::size_t(fill[std::size_t(d)]++)] = int(a);
    }
}

void ImportBindingCheck::indexEffectiveNames(OrgSide &side) const
{
    const OrgSnapshot &org = m_org.snapshot();
    side.usersByEffectiveName.reserve(org.users.size());
    for (qsizetype u = 0; u < org.users.size(); ++u) {
        QList<int> &users = side.usersByEffectiveName[org.users.at(u).effectiveLocalAccountName().toLower()];
        users.append(int(u));
        side.sharedEffectiveNames = side.sharedEffectiveNames || users.size() > 1;
    }
}

bool ImportBindingCheck::hasDirectBinding(int userIndex, int deviceIndex) const
{
    const std::vector<int> &devices = m_side->boundDevicesOfUser[std::size_t(userIndex)];
    return std::binary_search(devices.begin(), devices.end(), deviceIndex);
}

bool ImportBindingCheck::hasGroupAccess(int userIndex, int deviceIndex) const
{
    const OrgSide &side = *m_side;
    const OrgSnapshot &org = m_org.snapshot();
    const auto groups = side.userGroupsOfUser.constFind(org.users.at(userIndex).id);
    if (groups == side.userGroupsOfUser.cend())
        return false;
    for (const QString &deviceGroup : side.deviceGroupsOfDevice.value(org.devices.at(deviceIndex).id)) {
        for (const QString &userGroup : side.userGroupsOfDeviceGroup.value(deviceGroup)) {
            if (groups->contains(userGroup))
                return true;
        }
    }
    return false;
}

void ImportBindingCheck::resolveOwners(int deviceIndex) const
{
    // As BindingPlanInputBuilder decides it: the agent reports "managed" but not by whom. Directory names are
    // unique, so the user whose effective name it is owns it; if the cache breaks that uniqueness, prefer the one
    // who reaches the device (directly or through groups).
    OrgSide &side = *m_side;
    if (side.ownersKnown[std::size_t(deviceIndex)])
        return;
    side.ownersKnown[std::size_t(deviceIndex)] = 1;
    const OrgSnapshot &org = m_org.snapshot();
    for (int i = side.accountOffsets[std::size_t(deviceIndex)]; i < side.accountOffsets[std::size_t(deviceIndex) + 1];
         ++i) {
        const int a = side.accountsByDevice[std::size_t(i)];
        const LocalAccount &account = org.localAccounts.at(a);
        if (!account.managed)
            continue;
        const auto candidates = side.usersByEffectiveName.constFind(account.username.toLower());
        if (candidates == side.usersByEffectiveName.cend())
            continue;
        if (candidates->size() == 1) {
            side.ownerOfAccount[std::size_t(a)] = org.users.at(candidates->first()).id;
            continue;
        }
        for (const int candidate : *candidates) { // the edges were built first (sharedEffectiveNames)
            if (hasDirectBinding(candidate, deviceIndex) || hasGroupAccess(candidate, deviceIndex)) {
                side.ownerOfAccount[std::size_t(a)] = org.users.at(candidate).id;
                break;
            }
        }
    }
}

void ImportBindingCheck::buildEdges() const
{
    // Needed only for existing users (update rows) and accounts whose owner is ambiguous; built the first time.
    OrgSide &side = *m_side;
    if (side.edgesBuilt)
        return;
    side.edgesBuilt = true;
    const OrgSnapshot &org = m_org.snapshot();
    side.boundDevicesOfUser.resize(std::size_t(org.users.size()));
    for (const UserDeviceBinding &binding : org.userDeviceBindings) {
        const int u = m_org.userOrdinal(binding.userId);
        const int d = m_org.deviceOrdinal(binding.deviceId);
        if (u >= 0 && d >= 0)
            side.boundDevicesOfUser[std::size_t(u)].push_back(d);
    }
    for (std::vector<int> &devices : side.boundDevicesOfUser)
        std::sort(devices.begin(), devices.end());
    for (const UserGroupMembership &m : org.userGroupMemberships)
        side.userGroupsOfUser[m.userId].insert(m.groupId);
    for (const DeviceGroupMembership &m : org.deviceGroupMemberships)
        side.deviceGroupsOfDevice[m.deviceId].append(m.groupId);
    for (const GroupBinding &b : org.groupBindings)
        side.userGroupsOfDeviceGroup[b.deviceGroupId].append(b.userGroupId);
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
    const OrgSnapshot &org = m_org.snapshot();
    for (const Request &request : requests) {
        if (request.deviceIndex < 0 || request.deviceIndex >= org.devices.size())
            return issues; // not a device of this snapshot: nothing to add
    }
    orgSide();
    if (std::any_of(requests.cbegin(), requests.cend(), [](const Request &r) { return r.existing != nullptr; }))
        buildEdges();

    // Planned in slices of rows sorted by device: each slice's planner indexes only the accounts of its devices
    // (each device's once) and its users, so it stays small enough to live in the CPU cache, and no input of
    // 100,000 users is ever built. Pairs do not depend on each other, so the slices give the same answers as one plan.
    std::vector<int> order(std::size_t(requests.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&requests](int a, int b) { return requests.at(a).deviceIndex < requests.at(b).deviceIndex; });
    constexpr std::size_t SlicePairs = 2048;
    QList<std::pair<qsizetype, qsizetype>> slices;
    for (std::size_t first = 0; first < order.size();) {
        std::size_t last = std::min(order.size(), first + SlicePairs);
        while (last < order.size() && requests.at(order[last]).deviceIndex == requests.at(order[last - 1]).deviceIndex)
            ++last;
        slices.append({ qsizetype(first), qsizetype(last) });
        first = last;
    }
    // Owners are worked out (and cached) here, device by device in parallel, so the slices only read the org side.
    std::vector<int> devices;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || requests.at(order[i]).deviceIndex != requests.at(order[i - 1]).deviceIndex)
            devices.push_back(requests.at(order[i]).deviceIndex);
    }
    if (m_side->sharedEffectiveNames)
        buildEdges();
    ImportParallel::forEachBlock(qsizetype(devices.size()), 1024, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            resolveOwners(devices[std::size_t(i)]);
    });
    QList<ImportIssue> *out = issues.data();
    ImportParallel::forEachBlock(slices.size(), 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const auto [first, last] = slices.at(i);
            planSlice(requests, order.data() + first, last - first, out);
        }
    });
    return issues;
}

void ImportBindingCheck::planSlice(
    const QList<Request> &requests, const int *slice, qsizetype count, QList<ImportIssue> *issues) const
{
    const OrgSide &side = *m_side;
    const OrgSnapshot &org = m_org.snapshot();

    // The slice's devices, each once, with every account it reports and who manages it.
    BindingPlanInput input;
    QHash<int, int> deviceSlot; // device ordinal → index in input.devices
    deviceSlot.reserve(count);
    qsizetype accounts = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const int d = requests.at(slice[i]).deviceIndex;
        if (!deviceSlot.contains(d)) {
            deviceSlot.insert(d, int(deviceSlot.size()));
            accounts += side.accountOffsets[std::size_t(d) + 1] - side.accountOffsets[std::size_t(d)];
        }
    }
    input.devices.resize(deviceSlot.size());
    input.localAccounts.reserve(accounts);
    input.localAccountOwnerIds.reserve(accounts);
    for (qsizetype i = 0; i < count; ++i) {
        const int d = requests.at(slice[i]).deviceIndex;
        const int slot = deviceSlot.value(d);
        if (!input.devices.at(slot).id.isEmpty())
            continue;
        input.devices[slot] = org.devices.at(d);
        for (int k = side.accountOffsets[std::size_t(d)]; k < side.accountOffsets[std::size_t(d) + 1]; ++k) {
            const int a = side.accountsByDevice[std::size_t(k)];
            input.localAccounts.append(org.localAccounts.at(a));
            input.localAccountOwnerIds.append(side.ownerOfAccount[std::size_t(a)]);
        }
    }

    QList<BindingPlanner::PairIndex> pairs;
    pairs.reserve(count);
    input.users.reserve(count);
    QHash<const User *, int> existingSlot;
    for (qsizetype i = 0; i < count; ++i) {
        const Request &request = requests.at(slice[i]);
        int user = int(input.users.size());
        if (request.existing) {
            // An existing user appears once, however many rows name it; its edges to the named device count.
            const auto known = existingSlot.constFind(request.existing);
            if (known != existingSlot.cend()) {
                user = *known;
            } else {
                existingSlot.insert(request.existing, user);
                User existing = *request.existing;
                if (!request.systemUsername.isEmpty())
                    existing.systemUsername = request.systemUsername;
                input.users.append(std::move(existing));
            }
            const int u = int(request.existing - org.users.constData());
            const QString &deviceId = org.devices.at(request.deviceIndex).id;
            if (hasDirectBinding(u, request.deviceIndex))
                input.bindings.append({ request.existing->id, deviceId, false, false });
            else if (hasGroupAccess(u, request.deviceIndex))
                input.groupAccess.append({ request.existing->id, deviceId, false, false });
        } else {
            input.users.emplaceBack();
            User &rowUser = input.users.last();
            rowUser.username = request.username;
            rowUser.systemUsername = request.systemUsername;
            rowUser.firstName = request.firstName;
            rowUser.lastName = request.lastName;
            rowUser.state = request.state;
        }
        pairs.append(BindingPlanner::PairIndex { user, deviceSlot.value(request.deviceIndex) });
    }

    const BindingPlanner planner(std::move(input));
    const BindingPlan plan = planner.planPairs(pairs);
    if (plan.size() != count)
        return;
    for (qsizetype i = 0; i < count; ++i) {
        const Request &request = requests.at(slice[i]);
        issues[slice[i]] = issuesFor(plan, plan.at(i), request.column, request.columnName);
    }
}
