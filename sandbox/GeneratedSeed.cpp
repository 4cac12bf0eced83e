#include "GeneratedSeed.h"

#include "SeedBuilder.h"
#include "SplitMix64.h"
#include "Store.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
const char *const FirstNames[] = { "alex", "blair", "casey", "devon", "emery", "finley", "gray", "harper", "indy",
    "jordan", "kai", "logan", "morgan", "noel", "oakley", "parker", "quinn", "reese", "sage", "taylor" };
const char *const LastNames[] = { "adams", "baker", "clark", "diaz", "evans", "fischer", "garcia", "hughes", "ito",
    "jensen", "khan", "lopez", "meyer", "nguyen", "olsen", "perez" };
} // namespace

std::optional<GeneratedSeed::Parameters> GeneratedSeed::parse(const QString &spec, QString *error)
{
    Parameters parameters;
    const QString body = spec.mid(QStringLiteral("generate:").size());
    for (const QString &pair : body.split(u',', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const qulonglong value = pair.section(u'=', 1).trimmed().toULongLong(&ok);
        if (!ok || (key != u"seed" && value > 10000000)) {
            *error = u"invalid value in --seed generate: \"%1\""_s.arg(pair);
            return std::nullopt;
        }
        if (key == u"users")
            parameters.users = int(value);
        else if (key == u"devices")
            parameters.devices = int(value);
        else if (key == u"user-groups")
            parameters.userGroups = int(value);
        else if (key == u"device-groups")
            parameters.deviceGroups = int(value);
        else if (key == u"seed")
            parameters.seed = value;
        else if (key == u"bindings")
            parameters.bindings = int(value);
        else if (key == u"local-accounts")
            parameters.localAccounts = int(value);
        else {
            *error = u"unknown key \"%1\" in --seed generate:"_s.arg(key);
            return std::nullopt;
        }
    }
    if (parameters.bindings < 0)
        parameters.bindings = parameters.users * 3;
    return parameters;
}

namespace {
// Everything about the org as indices first (cheap), then written in one pass by populate().
struct Plan
{
    struct User
    {
        QString first, last, username, systemUsername;
        QString localName() const { return systemUsername.isEmpty() ? username : systemUsername; }
        int state = 0; // 0 activated, 1 staged, 2 suspended
        bool sudo = false;
    };
    struct Device
    {
        int os = 0; // 0 darwin, 1 windows, 2 linux
        bool checkedIn = true;
        std::vector<std::pair<int, bool>> bound; // (user, compiled sudo), sorted by user
    };
    struct Edge
    {
        int a, b;
        bool sudo;
    };
    std::vector<User> users;
    std::vector<Device> devices;
    std::vector<std::pair<int, int>> userMembers; // (user group, user)
    std::vector<std::pair<int, int>> deviceMembers; // (device group, device)
    std::vector<std::pair<int, int>> groupBindings; // (user group, device group)
    std::vector<Edge> direct; // (user, device, sudo)
    std::vector<bool> groupSudo; // user group attributes.sudo
};

const char *const ServiceNames[] = { "svc-backup", "postgres", "jenkins", "splunk", "nagios", "ansible" };
const char *const StrayNames[] = { "guest", "kiosk", "temp", "olduser", "test", "helpdesk", "demo", "scanner" };

quint64 pairKey(int user, int device)
{
    return quint64(quint32(user)) << 32 | quint32(device);
}

Plan makePlan(const GeneratedSeed::Parameters &p, SplitMix64 &random)
{
    Plan plan;
    plan.users.resize(size_t(p.users));
    for (int i = 0; i < p.users; ++i) {
        Plan::User &u = plan.users[size_t(i)];
        u.first = QString::fromLatin1(FirstNames[random.below(20)]);
        u.last = QString::fromLatin1(LastNames[random.below(16)]);
        u.username = u.first + u'.' + u.last + QString::number(i);
        const int roll = random.below(100);
        u.state = roll < 5 ? 1 : roll < 8 ? 2 : 0;
        u.sudo = random.below(100) < 2;
        if (random.below(100) < 3) // "Local User Account" differs from the username, e.g. aadams17
            u.systemUsername = u.first.left(1) + u.last + QString::number(i);
    }
    plan.devices.resize(size_t(p.devices));
    for (Plan::Device &d : plan.devices) {
        const int roll = random.below(100);
        d.os = roll < 45 ? 0 : roll < 85 ? 1 : 2;
        d.checkedIn = random.below(100) < 92;
    }
    // Memberships: a department group for everyone (the first tenth of the groups), a team for a quarter of the
    // users; a fleet group for every device, a small lab group (2–3 devices) for a few.
    const int departments = p.userGroups > 0 ? std::max(1, p.userGroups / 10) : 0;
    const int teams = p.userGroups - departments;
    const int fleets = p.deviceGroups > 0 ? std::max(1, p.deviceGroups / 10) : 0;
    const int labs = p.deviceGroups - fleets;
    std::vector<std::vector<int>> teamMembers(size_t(std::max(0, teams)));
    std::vector<std::vector<int>> labMembers(size_t(std::max(0, labs)));
    for (int i = 0; i < p.users && departments > 0; ++i) {
        plan.userMembers.emplace_back(random.below(departments), i);
        if (teams > 0 && random.below(100) < 25) {
            const int team = random.below(teams);
            plan.userMembers.emplace_back(departments + team, i);
            teamMembers[size_t(team)].push_back(i);
        }
    }
    for (int i = 0; i < p.devices && fleets > 0; ++i) {
        plan.deviceMembers.emplace_back(random.below(fleets), i);
        if (labs > 0 && random.below(1000) < std::min(1000, labs * 25 * 1000 / std::max(1, p.devices))) {
            const int lab = random.below(labs);
            plan.deviceMembers.emplace_back(fleets + lab, i);
            labMembers[size_t(lab)].push_back(i);
        }
    }
    plan.groupSudo.resize(size_t(p.userGroups));
    for (int g = departments; g < p.userGroups; ++g)
        plan.groupSudo[size_t(g)] = random.below(100) < 4;
    // Effective pairs: group bindings may use up to half of the budget, direct edges fill the rest.
    const qint64 budget = p.bindings < 0 ? qint64(p.users) * 3 : p.bindings;
    QHash<quint64, bool> pairs; // (user, device) → compiled sudo
    pairs.reserve(budget + budget / 4);
    const auto bind = [&](int user, int device, bool sudo) {
        bool &entry = pairs[pairKey(user, device)];
        entry = entry || sudo || plan.users[size_t(user)].sudo;
    };
    for (int team = 0; team < teams && labs > 0 && pairs.size() < budget / 2; ++team) {
        const int count = 1 + random.below(3);
        for (int k = 0; k < count; ++k) {
            const int lab = random.below(labs);
            plan.groupBindings.emplace_back(departments + team, fleets + lab);
            for (int user : teamMembers[size_t(team)])
                for (int device : labMembers[size_t(lab)])
                    bind(user, device, plan.groupSudo[size_t(departments + team)]);
        }
    }
    for (qint64 k = 0; p.users > 0 && p.devices > 0 && pairs.size() < budget && k < budget * 2; ++k) {
        const int user = int(k % p.users);
        const int device = random.below(p.devices);
        if (pairs.contains(pairKey(user, device)))
            continue;
        const bool sudo = random.below(100) < 10;
        plan.direct.push_back({ user, device, sudo });
        bind(user, device, sudo);
    }
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        plan.devices[size_t(it.key() & 0xffffffffU)].bound.emplace_back(int(it.key() >> 32), it.value());
    for (Plan::Device &d : plan.devices)
        std::sort(d.bound.begin(), d.bound.end());
    return plan;
}

QString caseVariant(const QString &name)
{
    QString out = name;
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    const qsizetype dot = out.indexOf(u'.');
    if (dot >= 0 && dot + 1 < out.size())
        out[dot + 1] = out[dot + 1].toUpper();
    return out;
}

QString similarName(const Plan::User &u, int kind)
{
    // jdoe-style short name, dropped dot, transposed letters: close to the user's name but not a match.
    const QString digits = u.username.mid(u.first.size() + 1 + u.last.size());
    if (kind == 0 && u.systemUsername.isEmpty())
        return u.first.left(1) + u.last + digits;
    if (kind == 1)
        return u.first + u.last + digits;
    QString typo = u.username;
    const qsizetype at = u.first.size() + 2;
    if (at + 1 < typo.size())
        std::swap(typo[at], typo[at + 1]);
    return typo == u.username ? u.first + u'_' + u.last + digits : typo;
}
} // namespace

void GeneratedSeed::populate(Store &store, const Parameters &p)
{
    SplitMix64 random(p.seed);
    const Plan plan = makePlan(p, random);
    const QStringList families { u"darwin"_s, u"windows"_s, u"linux"_s };

    // Local accounts per device: built-in admin, some service and stray accounts, exact / case-only / similar names
    // of other users, then one managed account per bound user (agents apply on check-in).
    struct Planned
    {
        QString name;
        int user = -1; // managed for this user
        bool admin = false, service = false;
        bool created = false; // made by the agent (absent until the device checks in)
    };
    std::vector<std::vector<Planned>> accounts(plan.devices.size());
    for (size_t d = 0; d < plan.devices.size(); ++d) {
        const Plan::Device &device = plan.devices[d];
        std::vector<Planned> &list = accounts[d];
        list.push_back({ device.os == 1 ? u"Administrator"_s : u"localadmin"_s, -1, true, false });
        if (random.below(100) < (device.os == 2 ? 60 : 15))
            list.push_back({ QString::fromLatin1(ServiceNames[random.below(6)]), -1, false, true });
        if (random.below(100) < 4)
            list.push_back({ QString::fromLatin1(StrayNames[random.below(8)]), -1, false, false });
        if (!plan.users.empty()) {
            const Plan::User &other = plan.users[size_t(random.below(int(plan.users.size())))];
            const int roll = random.below(100);
            if (roll < 6) // exact name of a user who is not (yet) bound here
                list.push_back({ other.localName(), -1, false, false });
            else if (roll < 10)
                list.push_back({ caseVariant(other.localName()), -1, false, false });
            else if (roll < 15)
                list.push_back({ similarName(other, random.below(3)), -1, false, false });
        }
        QSet<QString> lower;
        std::vector<Planned> unique; // one account per name, whatever the case
        for (Planned &planned : list) {
            if (!lower.contains(planned.name.toLower())) {
                lower.insert(planned.name.toLower());
                unique.push_back(std::move(planned));
            }
        }
        list = std::move(unique);
        for (const auto &[user, sudo] : device.bound) {
            const Plan::User &u = plan.users[size_t(user)];
            const QString name = u.localName();
            // Before the binding the device may already hold the name in another case, or a similar one (typo).
            const int clash = random.below(100);
            if (clash < 3 && !lower.contains(name.toLower())) {
                list.push_back({ caseVariant(name), -1, false, false });
                lower.insert(name.toLower());
            } else if (clash < 6) {
                const QString similar = similarName(u, clash % 3);
                if (!lower.contains(similar.toLower())) {
                    list.push_back({ similar, -1, false, false });
                    lower.insert(similar.toLower());
                }
            }
            // The agent's rule: exact match taken over; case-only match taken over on Windows only; else created.
            auto match = std::find_if(list.begin(), list.end(), [&](const Planned &a) { return a.name == name; });
            if (match == list.end() && device.os == 1)
                match = std::find_if(list.begin(), list.end(),
                    [&](const Planned &a) { return a.user < 0 && a.name.compare(name, Qt::CaseInsensitive) == 0; });
            if (match != list.end() && match->user < 0 && !match->service) {
                match->user = user;
                match->admin = match->admin || sudo;
            } else {
                list.push_back({ name, user, sudo, false, true });
            }
            lower.insert(name.toLower());
        }
    }
    // A budget smaller than everything: the last devices have not checked in since their bindings.
    std::vector<bool> checkedIn(plan.devices.size());
    qint64 used = 0;
    for (size_t d = 0; d < plan.devices.size(); ++d) {
        const qint64 all = qint64(accounts[d].size());
        qint64 preexisting = 0;
        for (const Planned &a : accounts[d])
            preexisting += a.created ? 0 : 1;
        const bool fits = p.localAccounts < 0 || used + all <= p.localAccounts;
        checkedIn[d] = plan.devices[d].checkedIn && fits;
        used += checkedIn[d] ? all : preexisting;
    }

    SeedBuilder seed(store);
    seed.createOrganization(u"Generated Org %1"_s.arg(p.seed), {},
        QJsonObject { { u"settings"_s,
            QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, false },
                             { u"defaultPermission"_s, u"STANDARD"_s }, { u"passwordSyncEnabled"_s, true } },
                QJsonObject { { u"osFamily"_s, u"WINDOWS"_s }, { u"enabled"_s, false },
                    { u"defaultPermission"_s, u"STANDARD"_s }, { u"passwordSyncEnabled"_s, true } } } } });
    static const QString States[] = { u"ACTIVATED"_s, u"STAGED"_s, u"SUSPENDED"_s };
    QStringList userIds;
    userIds.reserve(p.users);
    for (int i = 0; i < p.users; ++i) {
        const Plan::User &u = plan.users[size_t(i)];
        QJsonObject fields { { u"username"_s, u.username },
            { u"email"_s, QString(u.username + u"@generated.example"_s) }, { u"firstname"_s, u.first },
            { u"lastname"_s, u.last }, { u"department"_s, u"Dept %1"_s.arg(i % 25) },
            { u"employeeIdentifier"_s, u"G%1"_s.arg(i, 7, 10, QLatin1Char('0')) }, { u"state"_s, States[u.state] },
            { u"sudo"_s, u.sudo } };
        if (!u.systemUsername.isEmpty())
            fields.insert(u"systemUsername"_s, u.systemUsername);
        if (u.state != 1)
            fields.insert(u"password"_s, u"set"_s);
        userIds.append(seed.addUser(fields));
    }
    QStringList systemIds;
    systemIds.reserve(p.devices);
    for (int i = 0; i < p.devices; ++i) {
        SeedBuilder::DeviceSpec spec;
        spec.osFamily = families[plan.devices[size_t(i)].os];
        static const QString Prefixes[] = { u"mac"_s, u"win"_s, u"lnx"_s };
        spec.hostname = u"%1-%2"_s.arg(Prefixes[plan.devices[size_t(i)].os]).arg(i, 6, 10, QLatin1Char('0'));
        spec.displayName = spec.hostname;
        spec.active = checkedIn[size_t(i)];
        spec.serialNumber = u"SN%1"_s.arg(quint64(i) * 7919 + p.seed % 1000, 11, 10, QLatin1Char('0'));
        systemIds.append(seed.addSystem(spec));
    }
    QStringList userGroupIds;
    const QJsonObject sudoAttributes { { u"sudo"_s,
        QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } };
    for (int i = 0; i < p.userGroups; ++i)
        userGroupIds.append(seed.addUserGroup(u"User Group %1"_s.arg(i + 1, 4, 10, QLatin1Char('0')),
            plan.groupSudo[size_t(i)] ? sudoAttributes : QJsonObject()));
    QStringList systemGroupIds;
    for (int i = 0; i < p.deviceGroups; ++i)
        systemGroupIds.append(seed.addSystemGroup(u"Device Group %1"_s.arg(i + 1, 4, 10, QLatin1Char('0'))));
    const QString user = u"user"_s, system = u"system"_s, userGroup = u"user_group"_s, systemGroup = u"system_group"_s;
    for (const auto &[group, member] : plan.userMembers)
        seed.link({ userGroup, userGroupIds[group] }, { user, userIds[member] });
    for (const auto &[group, member] : plan.deviceMembers)
        seed.link({ systemGroup, systemGroupIds[group] }, { system, systemIds[member] });
    for (const auto &[group, devices] : plan.groupBindings)
        seed.link({ userGroup, userGroupIds[group] }, { systemGroup, systemGroupIds[devices] });
    for (const Plan::Edge &edge : plan.direct)
        seed.link({ user, userIds[edge.a] }, { system, systemIds[edge.b] }, edge.sudo);

    for (size_t d = 0; d < accounts.size(); ++d) {
        const QString &systemId = systemIds[qsizetype(d)];
        for (const Planned &planned : accounts[d]) {
            if (planned.created && !checkedIn[d])
                continue;
            LocalAccount account = seed.makeAccount(systemId, planned.name);
            account.admin = planned.admin && (planned.user < 0 || checkedIn[d]);
            if (planned.service) {
                account.realUser = false;
                account.uid = QString::number(plan.devices[d].os == 0 ? 250 + int(d % 40) : 110 + int(d % 80));
                account.description = u"service account"_s;
            }
            if (planned.user >= 0 && checkedIn[d]) {
                account.managed = true;
                account.managedUserId = userIds[planned.user];
                account.suspended = plan.users[size_t(planned.user)].state == 2;
            }
            seed.addLocalAccount(account);
        }
    }
    seed.finish();
}
