#include "DemoSeed.h"

#include "AgentSimulator.h"
#include "SeedBuilder.h"
#include "Store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const char *const FirstNames[] = { "Alice", "Bob", "Carol", "David", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jamal",
    "Kira", "Liam", "Maya", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena",
    "Yusuf", "Zoe", "Anton", "Bea", "Chen", "Dana" };
const char *const LastNames[]
    = { "Smith", "Jones", "Garcia", "Müller", "Okafor", "Tanaka", "Rossi", "Novak", "Silva", "Kim" };
const char *const Departments[]
    = { "Engineering", "Sales", "Marketing", "Finance", "Support", "Operations", "Design", "Legal", "People", "IT" };
} // namespace

void DemoSeed::populate(Store &store, AgentSimulator &agents)
{
    SeedBuilder seed(store);
    seed.createOrganization(u"Acme Widgets Ltd"_s, {},
        QJsonObject { { u"settings"_s,
            QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, true },
                             { u"defaultPermission"_s, u"STANDARD"_s }, { u"passwordSyncEnabled"_s, true } },
                QJsonObject { { u"osFamily"_s, u"WINDOWS"_s }, { u"enabled"_s, true },
                    { u"defaultPermission"_s, u"ADMIN"_s }, { u"passwordSyncEnabled"_s, true } } } } });

    // 150 users; the special cases come first so their names are easy to find.
    QStringList userIds;
    QStringList usernames;
    const auto addUser = [&](const QString &first, const QString &last, const QString &username, int index,
                             const QString &state, const QString &systemUsername = {}) {
        QJsonObject fields { { u"username"_s, username }, { u"email"_s, QString(username + u"@acme.example"_s) },
            { u"firstname"_s, first }, { u"lastname"_s, last },
            { u"department"_s, QString::fromUtf8(Departments[index % 10]) },
            { u"jobTitle"_s, index % 7 == 0 ? u"Team Lead"_s : u"Specialist"_s },
            { u"company"_s, u"Acme Widgets Ltd"_s }, { u"employeeIdentifier"_s, u"E%1"_s.arg(1000 + index) },
            { u"location"_s,
                index % 3 == 0       ? u"Berlin"_s
                    : index % 3 == 1 ? u"London"_s
                                     : u"Remote"_s },
            { u"systemUsername"_s, systemUsername }, { u"sudo"_s, index % 37 == 0 } };
        if (state != u"STAGED")
            fields.insert(u"password"_s, u"set"_s);
        fields.insert(u"state"_s, state);
        userIds.append(seed.addUser(fields));
        usernames.append(systemUsername.isEmpty() ? username : systemUsername);
    };
    addUser(u"John"_s, u"Doe"_s, u"john.doe"_s, 0, u"ACTIVATED"_s); // typo case: device has "jdoe"
    addUser(u"Alice"_s, u"Smith"_s, u"alice.smith"_s, 1, u"ACTIVATED"_s); // exact match
    addUser(u"Bob"_s, u"Jones"_s, u"bob.jones"_s, 2, u"ACTIVATED"_s); // case only (macOS "Bob.Jones")
    addUser(u"Carol"_s, u"White"_s, u"carol.white"_s, 3, u"ACTIVATED"_s); // case only (Windows "Carol.White")
    addUser(u"Dev"_s, u"Patel"_s, u"dev.patel"_s, 4, u"ACTIVATED"_s, u"dpatel"_s); // local name differs
    addUser(u"Sam"_s, u"Staged"_s, u"sam.staged"_s, 5, u"STAGED"_s);
    addUser(u"Sue"_s, u"Pended"_s, u"sue.pended"_s, 6, u"SUSPENDED"_s);
    for (int i = 7; i < 150; ++i) {
        const QString first = QString::fromUtf8(FirstNames[i % 30]);
        const QString last = QString::fromUtf8(LastNames[(i / 30 + i) % 10]);
        QString username = (first + u'.' + last).toLower();
        username.replace(u"ü"_s, u"ue"_s);
        if (usernames.contains(username))
            username += QString::number(i);
        const QString state = i % 25 == 0 ? u"STAGED"_s : i % 31 == 0 ? u"SUSPENDED"_s : u"ACTIVATED"_s;
        addUser(first, last, username, i, state);
    }

    // 60 devices: 26 Macs, 22 Windows PCs, 12 Linux boxes.
    QStringList systemIds;
    for (int i = 0; i < 60; ++i) {
        SeedBuilder::DeviceSpec spec;
        spec.osFamily = i < 26 ? u"darwin"_s : i < 48 ? u"windows"_s : u"linux"_s;
        const QString prefix = spec.osFamily == u"darwin" ? u"mbp"_s : spec.osFamily == u"windows" ? u"pc"_s : u"srv"_s;
        spec.hostname = u"%1-%2"_s.arg(prefix).arg(i + 1, 3, 10, QLatin1Char('0'));
        spec.displayName = spec.hostname + u".acme.example"_s;
        spec.active = i % 9 != 4;
        spec.serialNumber = u"ACME%1"_s.arg(700000 + i * 37);
        if (spec.osFamily == u"linux" && i % 2)
            spec.os = u"Rocky Linux"_s, spec.version = u"9.3"_s;
        systemIds.append(seed.addSystem(spec));
    }
    // Every device has its built-in admin account, unmanaged.
    for (const QString &systemId : std::as_const(systemIds)) {
        const QString family = seed.osFamilyOf(systemId);
        LocalAccount admin = seed.makeAccount(systemId, family == u"windows" ? u"Administrator"_s : u"localadmin"_s);
        admin.admin = true;
        seed.addLocalAccount(admin);
    }
    // The matching cases on specific devices (before any binding, so the planner has something to explain).
    const auto account
        = [&](int device, const QString &name) { seed.addLocalAccount(seed.makeAccount(systemIds[device], name)); };
    account(0, u"jdoe"_s); // john.doe would get a second profile (typo)
    account(1, u"alice.smith"_s); // exact: takeover
    account(2, u"Bob.Jones"_s); // macOS case-only: the agent creates a second account
    account(30, u"Carol.White"_s); // Windows case-only: takeover
    account(31, u"dpatel"_s); // matches the systemUsername, not the username
    account(3, u"alice.smith"_s); // exact, left unbound for the demo
    account(27, u"BOB.JONES"_s); // Windows case-only, unbound
    account(4, u"guest"_s); // matches nobody
    account(28, u"kiosk"_s); // matches nobody
    LocalAccount service = seed.makeAccount(systemIds[50], u"svc-backup"_s); // a service account, never a user's
    service.realUser = false;
    service.description = u"backup service"_s;
    seed.addLocalAccount(service);

    QStringList userGroupIds;
    const QStringList groupNames = { u"Engineering"_s, u"Sales"_s, u"Marketing"_s, u"Finance"_s, u"Support"_s,
        u"Operations"_s, u"Design"_s, u"Legal"_s, u"People"_s, u"IT Admins"_s, u"All Staff"_s, u"Contractors"_s };
    for (const QString &name : groupNames) {
        QJsonObject attributes;
        if (name == u"IT Admins")
            attributes.insert(u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } });
        userGroupIds.append(seed.addUserGroup(name, attributes, name + u" team"_s));
    }
    for (int i = 0; i < userIds.size(); ++i) {
        seed.link({ u"user_group"_s, userGroupIds[i % 10] }, { u"user"_s, userIds[i] });
        if (i % 10 == 9 && i > 7)
            seed.link({ u"user_group"_s, userGroupIds[10] }, { u"user"_s, userIds[i] });
        if (i % 17 == 3)
            seed.link({ u"user_group"_s, userGroupIds[11] }, { u"user"_s, userIds[i] });
    }
    const QString macs = seed.addSystemGroup(u"All Macs"_s, u"Every macOS device"_s);
    const QString pcs = seed.addSystemGroup(u"Windows Fleet"_s, u"Every Windows PC"_s);
    const QString servers = seed.addSystemGroup(u"Linux Servers"_s, u"Build and infrastructure servers"_s);
    const QString labs = seed.addSystemGroup(u"Design Lab"_s, u"Shared machines in the design lab"_s);
    const QString loaners = seed.addSystemGroup(u"Loaners"_s, u"Spare devices"_s);
    for (int i = 0; i < systemIds.size(); ++i) {
        const QString group = i < 26 ? macs : i < 48 ? pcs : servers;
        seed.link({ u"system_group"_s, group }, { u"system"_s, systemIds[i] });
    }
    for (int i : { 20, 21, 22 })
        seed.link({ u"system_group"_s, labs }, { u"system"_s, systemIds[i] });
    for (int i : { 24, 25, 46, 47 })
        seed.link({ u"system_group"_s, loaners }, { u"system"_s, systemIds[i] });

    // Direct bindings: the first users get "their" laptop; some with sudo.
    seed.link({ u"user"_s, userIds[1] }, { u"system"_s, systemIds[1] }, true);
    seed.link({ u"user"_s, userIds[2] }, { u"system"_s, systemIds[2] });
    seed.link({ u"user"_s, userIds[3] }, { u"system"_s, systemIds[30] });
    seed.link({ u"user"_s, userIds[4] }, { u"system"_s, systemIds[31] }, true, true);
    seed.link({ u"user"_s, userIds[5] }, { u"system"_s, systemIds[5] }); // staged user: bound, access on activation
    for (int i = 10; i < 60; ++i)
        seed.link({ u"user"_s, userIds[i] }, { u"system"_s, systemIds[i % 48 + (i % 48 == 0 ? 6 : 0)] }, i % 11 == 0);
    // Group bindings: IT Admins everywhere through the device groups; Engineering on the servers; Design in the lab.
    seed.link({ u"user_group"_s, userGroupIds[9] }, { u"system_group"_s, servers });
    seed.link({ u"user_group"_s, userGroupIds[0] }, { u"system_group"_s, servers }, true);
    seed.link({ u"user_group"_s, userGroupIds[6] }, { u"system_group"_s, labs });
    seed.link({ u"user_group"_s, userGroupIds[4] }, { u"system"_s, systemIds[47] });
    seed.link({ u"user"_s, userIds[12] }, { u"system_group"_s, loaners });
    seed.applyAgents(agents);
}
