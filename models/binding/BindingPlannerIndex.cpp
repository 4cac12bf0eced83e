#include "BindingPlannerIndex.h"

#include "LocalAccountNameRules.h"

#include <algorithm>

BindingPlannerIndex::BindingPlannerIndex(const BindingPlanInput &input)
{
    QHash<QString, int> deviceIndexById;
    deviceIndexById.reserve(input.devices.size());
    m_devices.resize(std::size_t(input.devices.size()));
    for (int d = 0; d < int(input.devices.size()); ++d) {
        const Device &device = input.devices.at(d);
        deviceIndexById.insert(device.id, d);
        m_devices[std::size_t(d)].os = device.osFamily;
        m_devices[std::size_t(d)].active = device.active;
    }

    // Up to three ids per account (name, similarity key, owner) and one per user and edge: sized once, not rehashed
    // as it grows (a 100,000-row import builds one index per slice of 2,048 rows).
    m_ids.reserve(3 * input.localAccounts.size() + input.users.size() + input.bindings.size() + input.groupAccess.size());

    QString keyBuffer; // reused for every similarity key; intern() copies it only when the key is new
    // Accounts grouped per device in one flat array, in the input's order within a device.
    std::vector<std::vector<int>> accountsPerDevice(m_devices.size());
    m_lowerAccountNames.resize(std::size_t(input.localAccounts.size()));
    for (int a = 0; a < int(input.localAccounts.size()); ++a) {
        const auto it = deviceIndexById.constFind(input.localAccounts.at(a).deviceId);
        if (it != deviceIndexById.cend())
            accountsPerDevice[std::size_t(*it)].push_back(a);
    }
    for (std::size_t d = 0; d < m_devices.size(); ++d) {
        m_devices[d].firstAccount = int(m_accounts.size());
        m_devices[d].accountCount = int(accountsPerDevice[d].size());
        for (const int a : accountsPerDevice[d]) {
            const LocalAccount &account = input.localAccounts.at(a);
            AccountEntry entry;
            entry.accountIndex = a;
            m_lowerAccountNames[std::size_t(a)] = account.username.toLower();
            entry.nameId = intern(m_lowerAccountNames[std::size_t(a)]);
            keyBuffer.resize(0);
            LocalAccountNameRules::appendSimilarityKey(account.username, keyBuffer);
            entry.similarId = intern(keyBuffer);
            entry.length = int(account.username.size());
            entry.managed = account.managed;
            if (a < input.localAccountOwnerIds.size() && !input.localAccountOwnerIds.at(a).isEmpty())
                entry.ownerUserId = intern(input.localAccountOwnerIds.at(a));
            entry.similarCandidate = !account.managed && account.realUser;
            m_accounts.push_back(entry);
        }
    }

    QHash<QString, QList<int>> userIndicesById;
    userIndicesById.reserve(input.users.size());
    m_users.resize(std::size_t(input.users.size()));
    for (int u = 0; u < int(input.users.size()); ++u) {
        const User &user = input.users.at(u);
        UserEntry &entry = m_users[std::size_t(u)];
        userIndicesById[user.id].append(u);
        entry.name = user.effectiveLocalAccountName();
        entry.lowerName = entry.name.toLower();
        entry.field
            = user.systemUsername.isEmpty() ? BindingMatchedField::Username : BindingMatchedField::SystemUsername;
        // Every account name and key is interned above: a user name or key that is not known yet can match no
        // account, so it is looked up, never added (100,000 users would otherwise add half a million keys).
        entry.matchId = find(entry.lowerName);
        entry.userId = intern(user.id);
        entry.nameLength = int(entry.name.size());
        entry.nameValid = LocalAccountNameRules::isValid(entry.name);
        entry.state = user.state;

        // Keys under which an unmanaged account counts as "similar" (see BindingPlanner.h). Built in one reused
        // buffer and only looked up; a key given twice has one id and is kept once.
        const auto addKey = [&](auto... parts) {
            if (entry.similarCount >= MaxSimilarKeys)
                return;
            keyBuffer.resize(0);
            (LocalAccountNameRules::appendSimilarityKey(parts, keyBuffer), ...);
            const int id = keyBuffer.isEmpty() ? -1 : find(keyBuffer);
            const auto ids = entry.similarIds.begin();
            if (id >= 0 && std::find(ids, ids + entry.similarCount, id) == ids + entry.similarCount)
                entry.similarIds[std::size_t(entry.similarCount++)] = id;
        };
        addKey(QStringView(entry.name));
        if (!user.systemUsername.isEmpty())
            addKey(QStringView(user.username));
        // A personal machine's account is often just the first name or the name's first part (zoe for zoe.mueller).
        const auto separatorAt = std::find_if(
            entry.name.cbegin(), entry.name.cend(), [](QChar c) { return c == u'.' || c == u'_' || c == u'-'; });
        const qsizetype separator = separatorAt - entry.name.cbegin();
        if (separator > 0 && separator < entry.name.size())
            addKey(QStringView(entry.name).left(separator));
        if (!user.firstName.isEmpty())
            addKey(QStringView(user.firstName));
        if (!user.firstName.isEmpty() && !user.lastName.isEmpty()) {
            addKey(QStringView(user.firstName).left(1), QStringView(user.lastName));
            addKey(QStringView(user.firstName), QStringView(user.lastName));
        }
    }

    m_usersWithAccess.resize(m_devices.size());
    const auto addEdges = [&](const QList<UserDeviceBinding> &edges, bool direct) {
        for (const UserDeviceBinding &edge : edges) {
            const auto device = deviceIndexById.constFind(edge.deviceId);
            if (device == deviceIndexById.cend())
                continue;
            const int userId = intern(edge.userId);
            m_usersWithAccess[std::size_t(*device)].push_back(userId);
            for (const int u : userIndicesById.value(edge.userId)) {
                auto &devices = direct ? m_users[std::size_t(u)].boundDevices : m_users[std::size_t(u)].groupDevices;
                devices.push_back(*device);
            }
        }
    };
    addEdges(input.bindings, true);
    addEdges(input.groupAccess, false);
    for (std::vector<int> &users : m_usersWithAccess) {
        std::sort(users.begin(), users.end());
        users.erase(std::unique(users.begin(), users.end()), users.end());
    }
    for (UserEntry &entry : m_users) {
        for (auto *devices : { &entry.boundDevices, &entry.groupDevices }) {
            std::sort(devices->begin(), devices->end());
            devices->erase(std::unique(devices->begin(), devices->end()), devices->end());
        }
    }
}

bool BindingPlannerIndex::contains(const std::vector<int> &sorted, int value)
{
    // Usually empty or tiny; binary search keeps a user bound to thousands of devices cheap too.
    return !sorted.empty() && std::binary_search(sorted.begin(), sorted.end(), value);
}

int BindingPlannerIndex::find(const QString &text) const
{
    return m_ids.value(text, 0) - 1;
}

int BindingPlannerIndex::intern(const QString &text)
{
    // Ids are stored plus one, so a slot that operator[] has just made (0) is told apart in one hash lookup.
    int &slot = m_ids[text];
    if (slot == 0)
        slot = int(m_ids.size());
    return slot - 1;
}
