#pragma once

#include "BindingPlanCodes.h"
#include "BindingPlanInput.h"

#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <vector>

// BindingPlanner's precomputed view of its input, built once so that planning a pair does no string work and no
// allocation: every name the hot path compares is interned to an int, each device's accounts sit in one flat array,
// and each user's match name and "similar" keys are computed up front. Internal to the planner.
class BindingPlannerIndex
{
public:
    explicit BindingPlannerIndex(const BindingPlanInput &input);

    static constexpr int MaxSimilarKeys = 6;

    struct UserEntry
    {
        int matchId = -1; // lower-cased effective name; -1 when no account of the input has it
        int userId = -1; // interned user id, compared with account owners
        std::array<int, MaxSimilarKeys> similarIds {}; // similarity keys some account has (see LocalAccountNameRules)
        int similarCount = 0;
        int nameLength = 0;
        BindingMatchedField field = BindingMatchedField::Username;
        bool nameValid = true;
        UserState state = UserState::Activated;
        QString lowerName; // for the one-edit test
        QString name; // effective name as typed, for the exact-case test
        std::vector<int> boundDevices; // sorted device indices with a direct binding
        std::vector<int> groupDevices; // sorted device indices reached through groups
    };

    struct AccountEntry
    {
        int nameId = -1; // lower-cased name
        int similarId = -1; // similarity key
        int accountIndex = -1; // into input.localAccounts
        int ownerUserId = -1; // interned owner id, -1 unknown
        int length = 0;
        bool managed = false;
        bool similarCandidate = false; // unmanaged interactive account: a possible accidental second profile
    };

    struct DeviceEntry
    {
        int firstAccount = 0; // range into accounts()
        int accountCount = 0;
        OsFamily os = OsFamily::Unknown;
        bool active = true;
    };

    const UserEntry &user(int index) const { return m_users[std::size_t(index)]; }
    const DeviceEntry &device(int index) const { return m_devices[std::size_t(index)]; }
    const AccountEntry *accounts(const DeviceEntry &device) const { return m_accounts.data() + device.firstAccount; }
    const QString &lowerAccountName(const AccountEntry &account) const
    {
        return m_lowerAccountNames[std::size_t(account.accountIndex)];
    }
    // Every user id (interned, sorted) with direct or group access to the device, including users outside the input's
    // users.
    const std::vector<int> &usersWithAccess(int deviceIndex) const
    {
        return m_usersWithAccess[std::size_t(deviceIndex)];
    }
    int userCount() const { return int(m_users.size()); }
    int deviceCount() const { return int(m_devices.size()); }

    static bool contains(const std::vector<int> &sorted, int value);

private:
    int intern(const QString &text);
    int find(const QString &text) const; // -1 when not interned

    QHash<QString, int> m_ids; // id + 1 (see intern)
    std::vector<UserEntry> m_users;
    std::vector<DeviceEntry> m_devices;
    std::vector<AccountEntry> m_accounts;
    std::vector<QString> m_lowerAccountNames; // by input account index
    std::vector<std::vector<int>> m_usersWithAccess; // sorted
};
