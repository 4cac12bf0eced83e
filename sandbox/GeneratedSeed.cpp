#include "GeneratedSeed.h"

#include "SeedBuilder.h"
#include "SplitMix64.h"
#include "Store.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
const char *const FirstNames[] = {"alex", "blair", "casey", "devon", "emery", "finley", "gray", "harper",
                                  "indy", "jordan", "kai",   "logan", "morgan", "noel",  "oakley", "parker",
                                  "quinn", "reese", "sage",  "taylor"};
const char *const LastNames[] = {"adams", "baker", "clark", "diaz", "evans", "fischer", "garcia", "hughes",
                                 "ito",   "jensen", "khan", "lopez", "meyer", "nguyen", "olsen", "perez"};
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
    if (parameters.localAccounts < 0)
        parameters.localAccounts = parameters.users * 2;
    return parameters;
}

void GeneratedSeed::populate(Store &store, const Parameters &p)
{
    SplitMix64 random(p.seed);
    SeedBuilder seed(store);
    seed.createOrganization(
        u"Generated Org %1"_s.arg(p.seed), {},
        QJsonObject{{u"settings"_s, QJsonArray{QJsonObject{{u"osFamily"_s, u"MACOS"_s},
                                                           {u"enabled"_s, false},
                                                           {u"defaultPermission"_s, u"STANDARD"_s},
                                                           {u"passwordSyncEnabled"_s, true}},
                                               QJsonObject{{u"osFamily"_s, u"WINDOWS"_s},
                                                           {u"enabled"_s, false},
                                                           {u"defaultPermission"_s, u"STANDARD"_s},
                                                           {u"passwordSyncEnabled"_s, true}}}}});
    QStringList userIds;
    QStringList usernames;
    userIds.reserve(p.users);
    for (int i = 0; i < p.users; ++i) {
        const QString first = QString::fromLatin1(FirstNames[random.below(20)]);
        const QString last = QString::fromLatin1(LastNames[random.below(16)]);
        const QString username = u"%1.%2%3"_s.arg(first, last).arg(i);
        const int roll = random.below(100);
        const QString state = roll < 5 ? u"STAGED"_s : roll < 8 ? u"SUSPENDED"_s : u"ACTIVATED"_s;
        QJsonObject fields{{u"username"_s, username},
                           {u"email"_s, username + u"@generated.example"_s},
                           {u"firstname"_s, first},
                           {u"lastname"_s, last},
                           {u"department"_s, u"Dept %1"_s.arg(random.below(25))},
                           {u"employeeIdentifier"_s, u"G%1"_s.arg(i, 7, 10, QLatin1Char('0'))},
                           {u"state"_s, state},
                           {u"sudo"_s, random.below(100) < 2}};
        if (state != u"STAGED")
            fields.insert(u"password"_s, u"set"_s);
        userIds.append(seed.addUser(fields));
        usernames.append(username);
    }
    QStringList systemIds;
    systemIds.reserve(p.devices);
    for (int i = 0; i < p.devices; ++i) {
        SeedBuilder::DeviceSpec spec;
        const int roll = random.below(100);
        spec.osFamily = roll < 45 ? u"darwin"_s : roll < 85 ? u"windows"_s : u"linux"_s;
        const QString prefix = spec.osFamily == u"darwin" ? u"mac"_s : spec.osFamily == u"windows" ? u"win"_s : u"lnx"_s;
        spec.hostname = u"%1-%2"_s.arg(prefix).arg(i, 6, 10, QLatin1Char('0'));
        spec.displayName = spec.hostname;
        spec.active = random.below(100) < 90;
        spec.serialNumber = u"SN%1"_s.arg(random.next() % 100000000000ULL, 11, 10, QLatin1Char('0'));
        systemIds.append(seed.addSystem(spec));
    }
    QStringList userGroupIds;
    for (int i = 0; i < p.userGroups; ++i)
        userGroupIds.append(seed.addUserGroup(u"User Group %1"_s.arg(i + 1, 4, 10, QLatin1Char('0')), {}));
    QStringList systemGroupIds;
    for (int i = 0; i < p.deviceGroups; ++i)
        systemGroupIds.append(seed.addSystemGroup(u"Device Group %1"_s.arg(i + 1, 4, 10, QLatin1Char('0'))));
    if (!userGroupIds.isEmpty()) {
        for (const QString &userId : std::as_const(userIds))
            seed.link({u"user_group"_s, userGroupIds[random.below(int(userGroupIds.size()))]}, {u"user"_s, userId});
    }
    if (!systemGroupIds.isEmpty()) {
        for (const QString &systemId : std::as_const(systemIds))
            seed.link({u"system_group"_s, systemGroupIds[random.below(int(systemGroupIds.size()))]},
                      {u"system"_s, systemId});
    }
    // One built-in admin account per device.
    int accountsLeft = p.localAccounts;
    for (const QString &systemId : std::as_const(systemIds)) {
        if (accountsLeft <= 0)
            break;
        const bool windows = seed.osFamilyOf(systemId) == u"windows";
        LocalAccount admin = seed.makeAccount(systemId, windows ? u"Administrator"_s : u"localadmin"_s);
        admin.admin = true;
        seed.addLocalAccount(admin);
        --accountsLeft;
    }
    // Direct bindings spread evenly over users; the first ones (up to the account budget) are already applied.
    if (!userIds.isEmpty() && !systemIds.isEmpty()) {
        QSet<quint64> seen;
        seen.reserve(p.bindings);
        for (int k = 0; k < p.bindings; ++k) {
            const int user = k % int(userIds.size());
            int system = random.below(int(systemIds.size()));
            for (int attempt = 0; attempt < 4 && seen.contains(quint64(user) << 32 | quint64(system)); ++attempt)
                system = random.below(int(systemIds.size()));
            const quint64 key = quint64(user) << 32 | quint64(system);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const bool sudo = random.below(100) < 10;
            seed.link({u"user"_s, userIds[user]}, {u"system"_s, systemIds[system]}, sudo);
            if (accountsLeft > 0) {
                LocalAccount account = seed.makeAccount(systemIds[system], usernames[user]);
                account.managed = true;
                account.managedUserId = userIds[user];
                account.admin = sudo;
                seed.addLocalAccount(account);
                --accountsLeft;
            }
        }
    }
    seed.finish();
}
