#include "LocalAccountGenerator.h"

#include "NameLists.h"
#include "OrgGenerator.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Accounts the OS or installed software creates; never a person.
const std::array kMacService
    = { u"_mbsetupuser"_s, u"_spotlight"_s, u"_appleevents"_s, u"_www"_s, u"daemon"_s, u"nobody"_s, u"root"_s };
const std::array kWindowsService = { u"DefaultAccount"_s, u"WDAGUtilityAccount"_s, u"Guest"_s, u"defaultuser0"_s };
const std::array kLinuxService
    = { u"root"_s, u"daemon"_s, u"www-data"_s, u"nobody"_s, u"systemd-network"_s, u"sshd"_s, u"postgres"_s };
// Interactive accounts set up by hand or by an image; they match no directory user.
const std::array kMacLocal = { u"admin"_s, u"localadmin"_s, u"itadmin"_s, u"test"_s, u"support"_s };
const std::array kWindowsLocal = { u"Administrator"_s, u"localadmin"_s, u"ITSupport"_s, u"kiosk"_s, u"scanner"_s };
const std::array kLinuxLocal = { u"ubuntu"_s, u"ec2-user"_s, u"deploy"_s, u"ansible"_s, u"jenkins"_s, u"pi"_s };

} // namespace

LocalAccountGenerator::LocalAccountGenerator(const OrgSnapshot &org, SplitMix64 &rng)
    : m_org(org)
    , m_rng(rng)
    , m_boundUsers(org.devices.size())
    , m_takenOnDevice(org.devices.size())
    , m_accountCountOnDevice(org.devices.size(), 0)
{
    QHash<QString, int> userIndex;
    userIndex.reserve(org.users.size());
    for (int i = 0; i < org.users.size(); ++i)
        userIndex.insert(org.users[i].id, i);
    QHash<QString, int> deviceIndex;
    deviceIndex.reserve(org.devices.size());
    for (int i = 0; i < org.devices.size(); ++i)
        deviceIndex.insert(org.devices[i].id, i);
    m_sudoOfBinding.reserve(org.userDeviceBindings.size());
    for (const UserDeviceBinding &binding : org.userDeviceBindings) {
        const int user = userIndex.value(binding.userId, -1);
        const int device = deviceIndex.value(binding.deviceId, -1);
        if (user < 0 || device < 0)
            continue;
        m_boundUsers[device].append(user);
        m_sudoOfBinding.insert(qint64(user) * org.devices.size() + device, binding.sudoEnabled);
    }
}

QList<LocalAccount> LocalAccountGenerator::generate(int count)
{
    QList<LocalAccount> accounts;
    const int deviceCount = int(m_org.devices.size());
    if (deviceCount == 0 || count <= 0)
        return accounts;
    accounts.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Every device reports something before any reports a second account.
        const int device = i < deviceCount ? i : m_rng.below(deviceCount);
        Kind kind = i < deviceCount && !m_boundUsers[device].isEmpty() ? Kind::BoundExact : randomKind();
        QString name;
        bool realUser = true;
        bool managed = false;
        for (int attempt = 0; attempt < 8 && name.isEmpty(); ++attempt) {
            name = nameFor(kind, device, realUser, managed);
            if (!name.isEmpty() && m_takenOnDevice[device].contains(name.toLower()))
                name.clear();
            kind = randomKind();
        }
        if (name.isEmpty()) { // a crowded device: a numbered local admin is always free
            realUser = true;
            managed = false;
            do {
                name = u"localadmin"_s + QString::number(++m_fallbackCounter);
            } while (m_takenOnDevice[device].contains(name));
        }
        m_takenOnDevice[device].insert(name.toLower());
        const bool admin = managed ? false : (name == u"root" || (realUser && m_rng.percent(20)));
        accounts.append(makeAccount(device, name, realUser, managed, admin));
        if (managed) {
            // Admin on the device exactly when the binding grants sudo (or the user has it everywhere).
            for (int user : std::as_const(m_boundUsers[device])) {
                if (m_org.users[user].effectiveLocalAccountName() == name) {
                    accounts.last().admin
                        = m_org.users[user].sudo || m_sudoOfBinding.value(qint64(user) * m_org.devices.size() + device);
                    break;
                }
            }
        }
    }
    return accounts;
}

LocalAccountGenerator::Kind LocalAccountGenerator::randomKind()
{
    const int roll = m_rng.below(100);
    return roll < 40 ? Kind::BoundExact
        : roll < 55  ? Kind::UnboundExact
        : roll < 63  ? Kind::CaseOnly
        : roll < 70  ? Kind::Similar
        : roll < 85  ? Kind::Service
                     : Kind::NoMatch;
}

QString LocalAccountGenerator::nameFor(Kind kind, int device, bool &realUser, bool &managed)
{
    realUser = true;
    managed = false;
    const QList<int> &bound = m_boundUsers[device];
    const OsFamily family = m_org.devices[device].osFamily;
    const auto randomUser = [&]() -> const User & { return m_org.users[m_rng.below(int(m_org.users.size()))]; };
    switch (kind) {
    case Kind::BoundExact:
        if (bound.isEmpty())
            return {};
        managed = true;
        return m_org.users[bound[m_rng.below(int(bound.size()))]].effectiveLocalAccountName();
    case Kind::UnboundExact: {
        if (m_org.users.isEmpty())
            return {};
        const int user = m_rng.below(int(m_org.users.size()));
        // Drawn at random, the user may be bound here after all; then the agent manages the account.
        managed = m_sudoOfBinding.contains(qint64(user) * m_org.devices.size() + device);
        return m_org.users[user].effectiveLocalAccountName();
    }
    case Kind::CaseOnly: {
        if (m_org.users.isEmpty())
            return {};
        const User &user
            = bound.isEmpty() || m_rng.percent(50) ? randomUser() : m_org.users[bound[m_rng.below(int(bound.size()))]];
        const QString local = user.effectiveLocalAccountName();
        QString changed = local.at(0).isUpper() ? local.toLower() : local.left(1).toUpper() + local.mid(1);
        if (changed == local)
            changed = local.toUpper();
        return changed == local ? QString() : changed;
    }
    case Kind::Similar:
        if (m_org.users.isEmpty())
            return {};
        return similarName(randomUser());
    case Kind::Service:
        realUser = false;
        return family == OsFamily::Windows ? m_rng.pick(kWindowsService)
            : family == OsFamily::Linux    ? m_rng.pick(kLinuxService)
                                           : m_rng.pick(kMacService);
    case Kind::NoMatch:
        return family == OsFamily::Windows ? m_rng.pick(kWindowsLocal)
            : family == OsFamily::Linux    ? m_rng.pick(kLinuxLocal)
                                           : m_rng.pick(kMacLocal);
    }
    return {};
}

// The names people pick by hand for themselves: initial + last name (jdoe for john.doe), the
// first name alone, or the username with one letter dropped.
QString LocalAccountGenerator::similarName(const User &user)
{
    const QString first = NameLists::toAsciiLower(user.firstName);
    const QString last = NameLists::toAsciiLower(user.lastName);
    const QString local = user.effectiveLocalAccountName();
    QString candidate;
    const int roll = m_rng.below(3);
    if (roll == 0)
        candidate = first.left(1) + last;
    else if (roll == 1)
        candidate = first;
    if (candidate.isEmpty() || candidate.compare(local, Qt::CaseInsensitive) == 0) {
        if (local.size() < 4)
            return {};
        candidate = local;
        candidate.remove(1 + m_rng.below(int(local.size()) - 2), 1);
    }
    return candidate;
}

LocalAccount LocalAccountGenerator::makeAccount(
    int device, const QString &name, bool realUser, bool managed, bool admin)
{
    const Device &host = m_org.devices[device];
    const int ordinal = m_accountCountOnDevice[device]++;
    LocalAccount account;
    account.deviceId = host.id;
    account.username = name;
    account.realUser = realUser;
    account.managed = managed;
    account.admin = admin;
    account.suspended = realUser && m_rng.percent(2);
    switch (host.osFamily) {
    case OsFamily::Windows:
        account.uid = u"S-1-5-21-3623811015-3361044348-30300820-%1"_s.arg(realUser ? 1001 + ordinal : 500 + ordinal);
        account.gid = u"S-1-5-32-545"_s;
        account.homeDirectory = u"C:\\Users\\"_s + name;
        account.adManaged = !managed && realUser && m_rng.percent(10);
        break;
    case OsFamily::Linux:
        account.uid = name == u"root" ? u"0"_s : QString::number(realUser ? 1000 + ordinal : 100 + ordinal);
        account.gid = account.uid;
        account.homeDirectory = name == u"root" ? u"/root"_s : u"/home/"_s + name;
        account.shell = realUser ? u"/bin/bash"_s : u"/usr/sbin/nologin"_s;
        break;
    default:
        account.uid = name == u"root" ? u"0"_s : QString::number(realUser ? 501 + ordinal : 200 + ordinal);
        account.gid = realUser ? u"20"_s : account.uid;
        account.homeDirectory = name == u"root" ? u"/var/root"_s : u"/Users/"_s + name;
        account.shell = realUser ? u"/bin/zsh"_s : u"/usr/bin/false"_s;
        break;
    }
    account.description = realUser ? QString() : u"System account"_s;
    if (realUser && m_rng.percent(80))
        account.lastLogin = OrgGenerator::referenceTime().addSecs(-qint64(m_rng.below(60 * 86400)));
    account.collectedAt = host.lastContact;
    return account;
}
