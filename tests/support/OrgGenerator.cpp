#include "OrgGenerator.h"

#include "LocalAccountGenerator.h"
#include "NameLists.h"

#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kEmailDomain = "northwind.example"_L1;

// An index in [0, size) that favours the front of a list: a few big departments and groups,
// a long tail of small ones — the shape real orgs have.
int skewedIndex(SplitMix64 &rng, qsizetype size, double skew = 1.6)
{
    return size <= 0 ? 0 : int(double(size) * std::pow(rng.unit(), skew));
}

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

} // namespace

OrgSnapshot OrgGenerator::generate(const OrgGeneratorParams &params)
{
    OrgGenerator generator(params);
    generator.makeSettings();
    generator.makeUsers();
    generator.assignManagersAndLocalNames();
    generator.makeDevices();
    generator.makeUserGroups();
    generator.makeDeviceGroups();
    generator.makeBindings();
    generator.makeGroupBindings();
    SplitMix64 accountRng(params.seed ^ 0x6c6f63616cULL);
    generator.m_org.localAccounts = LocalAccountGenerator(generator.m_org, accountRng).generate(params.localAccounts);
    return std::move(generator.m_org);
}

QDateTime OrgGenerator::referenceTime()
{
    return QDateTime(QDate(2024, 6, 3), QTime(8, 0), QTimeZone::utc());
}

OrgGenerator::OrgGenerator(const OrgGeneratorParams &params)
    : m_params(params)
    , m_rng(params.seed)
{
    m_params.users = std::max(0, m_params.users);
    m_params.devices = std::max(0, m_params.devices);
    m_params.userGroups = std::max(0, m_params.userGroups);
    m_params.deviceGroups = std::max(0, m_params.deviceGroups);
    m_params.bindings = int(std::clamp<qint64>(m_params.bindings, 0, qint64(m_params.users) * m_params.devices));
}

void OrgGenerator::makeSettings()
{
    m_org.syncedAt = referenceTime();
    m_org.sourceUrl = u"https://console.jumpcloud.com"_s;
    OrgSettings &settings = m_org.settings;
    settings.orgId = objectId(referenceTime().addYears(-6), 1);
    settings.orgName = u"Northwind Labs"_s;
    settings.passwordPolicy.known = true;
    settings.passwordPolicy.minLength = 12;
    settings.passwordPolicy.needsLowercase = true;
    settings.passwordPolicy.needsUppercase = true;
    settings.passwordPolicy.needsNumeric = true;
    settings.passwordPolicy.maxHistory = 10;
    settings.passwordPolicy.expirationInDays = 180;
    settings.manualEntryState = UserState::Activated;
    settings.csvImportState = UserState::Staged;
    settings.applicationImportState = UserState::Staged;
    settings.selfService = { true, false, true, false };
}

void OrgGenerator::makeUsers()
{
    const auto firstNames = NameLists::firstNames();
    const auto lastNames = NameLists::lastNames();
    const auto departments = NameLists::departments();
    m_org.users.reserve(m_params.users);
    m_departmentOfUser.reserve(m_params.users);
    m_takenAccountNames.reserve(m_params.users * 2);
    m_takenEmails.reserve(m_params.users);

    for (int i = 0; i < m_params.users; ++i) {
        User user;
        user.created = randomPast(6 * 365);
        user.id = objectId(user.created, i);
        user.firstName = m_rng.pick(firstNames).toString();
        user.lastName = m_rng.pick(lastNames).toString();
        if (m_rng.percent(8))
            user.middleName = m_rng.pick(firstNames).toString();
        if (!m_rng.percent(5)) // some people never got a display name
            user.displayName = user.firstName + u' ' + user.lastName;

        const QString first = NameLists::toAsciiLower(user.firstName);
        const QString last = NameLists::toAsciiLower(user.lastName);
        const int style = m_rng.below(100);
        QString base;
        if (style < 50)
            base = first + u'.' + last;
        else if (style < 75)
            base = first.left(1) + last;
        else if (style < 85)
            base = first + u'_' + last;
        else if (style < 93)
            base = first + last.left(1);
        else
            base = first + u'.' + NameLists::toAsciiLower(user.middleName).left(1) + u'.' + last;
        base.replace(u".."_s, u"."_s);
        if (m_rng.percent(3)) // a few orgs' early accounts kept a capital letter: JSmith
            base = capitalised(base);
        user.username = uniqueName(base, m_takenAccountNames);
        const QString emailLocal = uniqueName(first + u'.' + last, m_takenEmails, u'.');
        user.email = emailLocal + u'@' + kEmailDomain;

        const int stateRoll = m_rng.below(100);
        user.state = stateRoll < 85 ? UserState::Activated : stateRoll < 95 ? UserState::Staged : UserState::Suspended;

        const int department = skewedIndex(m_rng, qsizetype(departments.size()), 1.3);
        m_departmentOfUser.append(department);
        user.department = departments[department].toString();
        const int seniority = m_rng.below(100);
        const QString title = m_rng.pick(NameLists::jobTitles()).toString();
        user.jobTitle = seniority < 20 ? u"Senior "_s + title : seniority < 25 ? u"Principal "_s + title : title;
        user.company = m_rng.percent(92) ? u"Northwind Labs"_s : u"Northwind Labs GmbH"_s;
        user.costCenter = u"CC-%1"_s.arg(100 + department * 10);
        const int typeRoll = m_rng.below(100);
        user.employeeType = typeRoll < 85 ? u"Full time"_s : typeRoll < 93 ? u"Part time"_s : u"Contractor"_s;
        user.employeeIdentifier = u"E%1"_s.arg(100000 + i);
        user.location = m_rng.pick(NameLists::locations()).toString();
        if (m_rng.percent(10))
            user.alternateEmail = first + QString::number(m_rng.between(1, 99)) + u"@mail.example.net"_s;
        if (m_rng.percent(60))
            user.phoneNumbers.append(
                { u"mobile"_s, u"+1 555 %1 %2"_s.arg(m_rng.between(100, 999)).arg(m_rng.between(1000, 9999)) });
        if (m_rng.percent(30))
            user.phoneNumbers.append({ u"work"_s, u"+1 555 010 %1"_s.arg(m_rng.between(1000, 9999)) });
        if (m_rng.percent(20))
            user.customAttributes.append({ u"building"_s, u"B%1"_s.arg(m_rng.between(1, 12)) });
        if (m_rng.percent(10))
            user.customAttributes.append(
                { u"shirtSize"_s, m_rng.pick(std::array { u"S"_s, u"M"_s, u"L"_s, u"XL"_s }) });

        user.sudo = m_rng.percent(2);
        user.passwordlessSudo = user.sudo && m_rng.percent(20);
        user.mfaRequired = m_rng.percent(70);
        user.mfaConfigured = user.mfaRequired && m_rng.percent(85);
        user.mfaEnrollmentStatus = user.mfaConfigured ? u"ENROLLED"_s
            : user.mfaRequired                        ? u"PENDING_ACTIVATION"_s
                                                      : u"NOT_ENROLLED"_s;
        if (user.mfaRequired && !user.mfaConfigured)
            user.mfaExclusionUntil = referenceTime().addDays(m_rng.between(1, 7));
        user.accountLocked = m_rng.percent(1);
        user.passwordExpired = m_rng.percent(3);
        user.passwordNeverExpires = !user.passwordExpired && m_rng.percent(2);
        if (!user.passwordNeverExpires)
            user.passwordExpirationDate = referenceTime().addDays(m_rng.between(user.passwordExpired ? -60 : 1, 180));
        user.externallyManaged = m_rng.percent(5);
        user.unixUid = 5000 + i;
        user.unixGid = 5000 + i;
        m_org.users.append(std::move(user));
    }
}

void OrgGenerator::assignManagersAndLocalNames()
{
    // The first person of each department manages the rest of it.
    QList<int> managerOfDepartment(qsizetype(NameLists::departments().size()), -1);
    for (int i = 0; i < m_org.users.size(); ++i) {
        int &manager = managerOfDepartment[m_departmentOfUser[i]];
        if (manager < 0)
            manager = i;
        else if (m_rng.percent(80))
            m_org.users[i].managerId = m_org.users[manager].id;
    }
    // A few people sign in to devices with a shorter local name (flast) than their username. Done
    // after every username exists, since a local name must not equal another user's username.
    for (User &user : m_org.users) {
        if (!m_rng.percent(4))
            continue;
        const QString base = NameLists::toAsciiLower(user.firstName).left(1) + NameLists::toAsciiLower(user.lastName);
        if (base.compare(user.username, Qt::CaseInsensitive) == 0)
            continue;
        user.systemUsername = uniqueName(base, m_takenAccountNames);
    }
}

void OrgGenerator::makeDevices()
{
    QSet<QString> takenHostnames;
    takenHostnames.reserve(m_params.devices);
    m_org.devices.reserve(m_params.devices);
    for (int i = 0; i < m_params.devices; ++i) {
        const int owner = m_org.users.isEmpty() ? -1 : m_rng.below(int(m_org.users.size()));
        const int osRoll = m_rng.below(100);
        Device device = osRoll < 50 ? makeMac(owner) : osRoll < 85 ? makeWindowsPc(owner) : makeLinuxMachine();
        const QString hostname = uniqueName(device.hostname, takenHostnames, u'-');
        if (device.displayName == device.hostname)
            device.displayName = hostname;
        device.hostname = hostname;
        device.created = randomPast(4 * 365);
        device.id = objectId(device.created, i);
        device.agentVersion = u"1.%1.%2"_s.arg(m_rng.between(140, 165)).arg(m_rng.between(0, 3));
        device.active = m_rng.percent(80);
        device.lastContact = device.active ? referenceTime().addSecs(-m_rng.below(3600))
                                           : referenceTime().addSecs(-m_rng.between(3600, 90 * 86400));
        if (device.lastContact < device.created)
            device.created = device.lastContact.addDays(-1);
        device.remoteIp = u"198.51.100.%1"_s.arg(m_rng.between(1, 254));
        device.systemInsightsEnabled = m_rng.percent(85);
        device.allowMultiFactorAuthentication = m_rng.percent(30);
        m_org.devices.append(std::move(device));
    }
}

Device OrgGenerator::makeMac(int ownerIndex)
{
    static const std::array models = { u"MacBook Pro"_s, u"MacBook Air"_s, u"iMac"_s, u"Mac mini"_s, u"Mac Studio"_s };
    static const std::array versions = { u"12.7.4"_s, u"13.6.6"_s, u"14.4.1"_s, u"14.5"_s, u"14.6.1"_s, u"15.0"_s };
    Device device;
    device.osFamily = OsFamily::MacOS;
    device.os = u"Mac OS X"_s;
    device.osVersion = m_rng.pick(versions);
    device.arch = m_rng.percent(80) ? u"arm64"_s : u"x86_64"_s;
    const QString model = m_rng.pick(models);
    QString owner = u"Lab"_s;
    if (ownerIndex >= 0)
        owner = m_org.users[ownerIndex].firstName;
    device.displayName = owner + u"’s "_s + model;
    device.hostname = capitalised(NameLists::toAsciiLower(owner)) + u"s-"_s + QString(model).replace(u' ', u'-');
    device.serialNumber = (m_rng.percent(50) ? u"C02"_s : QString()) + randomAlnum(m_rng.percent(50) ? 9 : 10);
    device.hardwareVendor = u"Apple Inc."_s;
    device.fdeActive = m_rng.percent(90);
    device.mdmEnrolled = m_rng.percent(70);
    return device;
}

Device OrgGenerator::makeWindowsPc(int ownerIndex)
{
    static const std::array versions = { u"10 Pro 22H2"_s, u"11 Pro 23H2"_s, u"11 Enterprise 23H2"_s, u"11 Pro 24H2"_s,
        u"Server 2022 Datacenter"_s };
    static const std::array vendors = { u"Dell Inc."_s, u"LENOVO"_s, u"HP"_s, u"Microsoft Corporation"_s };
    Device device;
    device.osFamily = OsFamily::Windows;
    device.os = u"Windows"_s;
    device.osVersion = m_rng.pick(versions);
    device.arch = m_rng.percent(95) ? u"x64"_s : u"arm64"_s;
    const int nameRoll = m_rng.below(100);
    if (nameRoll < 50) {
        device.hostname = u"DESKTOP-"_s + randomAlnum(7);
    } else if (nameRoll < 80) {
        device.hostname = u"LAPTOP-"_s + randomAlnum(7);
    } else {
        const QString location = NameLists::toAsciiLower(m_rng.pick(NameLists::locations())).left(3).toUpper();
        device.hostname = u"%1-WS-%2"_s.arg(location).arg(m_rng.between(1, 999), 3, 10, QLatin1Char('0'));
    }
    device.displayName = device.hostname;
    if (ownerIndex >= 0 && m_rng.percent(40))
        device.displayName = m_org.users[ownerIndex].shownName() + u" – laptop"_s;
    device.hardwareVendor = m_rng.pick(vendors);
    device.serialNumber = device.hardwareVendor == u"LENOVO" ? u"PF"_s + randomAlnum(6)
        : device.hardwareVendor == u"HP"                     ? u"5CG"_s + randomAlnum(7)
                                                             : randomAlnum(7);
    device.fdeActive = m_rng.percent(70);
    device.mdmEnrolled = m_rng.percent(40);
    return device;
}

Device OrgGenerator::makeLinuxMachine()
{
    struct Distro
    {
        QString os;
        QString version;
    };
    static const std::array distros = { Distro { u"Ubuntu"_s, u"22.04"_s }, Distro { u"Ubuntu"_s, u"24.04"_s },
        Distro { u"Ubuntu"_s, u"20.04"_s }, Distro { u"Debian"_s, u"12"_s }, Distro { u"Rocky"_s, u"9.3"_s },
        Distro { u"Fedora"_s, u"40"_s }, Distro { u"Amazon Linux"_s, u"2023"_s } };
    static const std::array roles
        = { u"web"_s, u"api"_s, u"build"_s, u"db"_s, u"worker"_s, u"dev"_s, u"gpu"_s, u"ci"_s };
    static const std::array environments = { u"prod"_s, u"staging"_s, u"dev"_s };
    static const std::array vendors = { u"Dell Inc."_s, u"QEMU"_s, u"Amazon EC2"_s, u"Supermicro"_s, u"LENOVO"_s };
    Device device;
    device.osFamily = OsFamily::Linux;
    const Distro &distro = m_rng.pick(distros);
    device.os = distro.os;
    device.osVersion = distro.version;
    device.arch = m_rng.percent(85) ? u"x86_64"_s : u"aarch64"_s;
    device.hostname = u"%1-%2.%3"_s.arg(m_rng.pick(roles))
                          .arg(m_rng.between(1, 99), 2, 10, QLatin1Char('0'))
                          .arg(m_rng.pick(environments));
    device.displayName = device.hostname;
    device.hardwareVendor = m_rng.pick(vendors);
    device.serialNumber = randomAlnum(10);
    device.fdeActive = m_rng.percent(20);
    device.allowSshPasswordAuthentication = m_rng.percent(15);
    device.allowSshRootLogin = m_rng.percent(5);
    return device;
}

void OrgGenerator::makeUserGroups()
{
    const auto departments = NameLists::departments();
    const auto teams = NameLists::teamNames();
    const int groupCount = m_params.userGroups;
    // A group per big department (used for apps, never bound to devices), the rest team and
    // access groups of very different sizes.
    m_departmentGroupCount = groupCount >= 5 ? std::min(int(departments.size()), groupCount / 5) : 0;
    QSet<QString> takenNames;
    for (int i = 0; i < groupCount; ++i) {
        UserGroup group;
        const QDateTime created = randomPast(5 * 365);
        group.id = objectId(created, i);
        if (i < m_departmentGroupCount) {
            group.name = uniqueName(departments[i].toString(), takenNames, u' ');
            group.description = u"Everyone in "_s + departments[i];
            group.membershipMethod = u"DYNAMIC_AUTOMATED"_s;
        } else {
            const QString base = m_rng.pick(departments) + u" – "_s + m_rng.pick(teams);
            group.name = uniqueName(base, takenNames, u' ');
            group.description = m_rng.percent(70) ? u"Access for "_s + group.name : QString();
            const int method = m_rng.below(100);
            group.membershipMethod = method < 80 ? u"STATIC"_s
                : method < 90                    ? u"DYNAMIC_REVIEW_REQUIRED"_s
                                                 : u"NOTSET"_s;
        }
        if (m_rng.percent(30))
            group.email = NameLists::toAsciiLower(group.name) + QString::number(i) + u'@' + kEmailDomain;
        group.sudoEnabled = i >= m_departmentGroupCount && m_rng.percent(10);
        group.sudoWithoutPassword = group.sudoEnabled && m_rng.percent(20);
        group.sambaEnabled = m_rng.percent(5);
        if (m_rng.percent(20))
            group.posixGroupName = u"grp"_s + QString::number(i) + u'_' + NameLists::toAsciiLower(group.name).left(12);
        m_org.userGroups.append(std::move(group));
    }

    const int teamGroups = groupCount - m_departmentGroupCount;
    for (int u = 0; u < m_org.users.size(); ++u) {
        const QString &userId = m_org.users[u].id;
        if (m_departmentOfUser[u] < m_departmentGroupCount)
            m_org.userGroupMemberships.append({ m_org.userGroups[m_departmentOfUser[u]].id, userId });
        if (teamGroups <= 0)
            continue;
        const int roll = m_rng.below(100);
        const int count = std::min(teamGroups, roll < 30 ? 0 : roll < 75 ? 1 : roll < 95 ? 2 : 3);
        int chosen[3] = { -1, -1, -1 };
        for (int k = 0; k < count; ++k) {
            int team = skewedIndex(m_rng, teamGroups);
            while (std::find(std::begin(chosen), std::end(chosen), team) != std::end(chosen))
                team = (team + 1) % teamGroups;
            chosen[k] = team;
            m_org.userGroupMemberships.append({ m_org.userGroups[m_departmentGroupCount + team].id, userId });
        }
    }
}

void OrgGenerator::makeDeviceGroups()
{
    const int groupCount = m_params.deviceGroups;
    m_osDeviceGroupCount = groupCount >= 6 ? 3 : 0;
    static const std::array osGroups = { u"All Macs"_s, u"All Windows PCs"_s, u"All Linux Servers"_s };
    static const std::array kinds = { u"Laptops"_s, u"Desktops"_s, u"Servers"_s, u"Kiosks"_s, u"Lab Machines"_s };
    QSet<QString> takenNames;
    for (int i = 0; i < groupCount; ++i) {
        DeviceGroup group;
        group.id = objectId(randomPast(5 * 365), i);
        if (i < m_osDeviceGroupCount) {
            group.name = osGroups[i];
            group.membershipMethod = u"DYNAMIC_AUTOMATED"_s;
        } else {
            const QString base = m_rng.percent(50)
                ? QString(m_rng.pick(NameLists::locations()) + u' ' + m_rng.pick(kinds))
                : QString(m_rng.pick(NameLists::teamNames()) + u" Devices"_s);
            group.name = uniqueName(base, takenNames, u' ');
            group.membershipMethod = u"STATIC"_s;
        }
        takenNames.insert(group.name.toLower());
        group.description = m_rng.percent(60) ? u"Devices in "_s + group.name : QString();
        m_org.deviceGroups.append(std::move(group));
    }

    const int otherGroups = groupCount - m_osDeviceGroupCount;
    for (const Device &device : std::as_const(m_org.devices)) {
        if (m_osDeviceGroupCount > 0) {
            const int osGroup = device.osFamily == OsFamily::MacOS ? 0 : device.osFamily == OsFamily::Windows ? 1 : 2;
            m_org.deviceGroupMemberships.append({ m_org.deviceGroups[osGroup].id, device.id });
        }
        if (otherGroups <= 0)
            continue;
        const int roll = m_rng.below(100);
        const int count = std::min(otherGroups, roll < 30 ? 0 : roll < 85 ? 1 : 2);
        int previous = -1;
        for (int k = 0; k < count; ++k) {
            int other = skewedIndex(m_rng, otherGroups);
            if (other == previous)
                other = (other + 1) % otherGroups;
            previous = other;
            m_org.deviceGroupMemberships.append({ m_org.deviceGroups[m_osDeviceGroupCount + other].id, device.id });
        }
    }
}

void OrgGenerator::makeBindings()
{
    const qint64 deviceCount = m_org.devices.size();
    QSet<qint64> taken;
    taken.reserve(m_params.bindings);
    auto bind = [&](int user, int device, bool sudo) {
        if (m_org.userDeviceBindings.size() >= m_params.bindings || taken.contains(user * deviceCount + device))
            return;
        taken.insert(user * deviceCount + device);
        m_org.userDeviceBindings.append(
            { m_org.users[user].id, m_org.devices[device].id, sudo, sudo && m_rng.percent(20) });
    };
    if (m_params.bindings == 0)
        return;
    // Most laptops and desktops belong to one person, who is usually admin on them.
    for (int d = 0; d < deviceCount; ++d) {
        if (m_org.devices[d].osFamily != OsFamily::Linux && m_rng.percent(85))
            bind(m_rng.below(int(m_org.users.size())), d, m_rng.percent(60));
    }
    // The rest spread over shared machines; when the requested count is close to every
    // possible pair, walk the pairs instead of drawing, which would stall on collisions.
    if (qint64(m_params.bindings) * 2 > m_org.users.size() * deviceCount) {
        for (int u = 0; u < m_org.users.size() && m_org.userDeviceBindings.size() < m_params.bindings; ++u) {
            for (int d = 0; d < deviceCount; ++d)
                bind(u, d, m_rng.percent(25));
        }
        return;
    }
    while (m_org.userDeviceBindings.size() < m_params.bindings)
        bind(m_rng.below(int(m_org.users.size())), m_rng.below(int(deviceCount)), m_rng.percent(25));
}

void OrgGenerator::makeGroupBindings()
{
    // Few and between smaller groups: each binding gives every member an account on every
    // device, so big ones would make an unrealistic (and unexportable) number of accounts.
    const int teamGroups = m_params.userGroups - m_departmentGroupCount;
    const int otherDeviceGroups = m_params.deviceGroups - m_osDeviceGroupCount;
    if (teamGroups <= 0 || otherDeviceGroups <= 0)
        return;
    const int wanted = std::min(std::max(1, m_params.userGroups / 10), teamGroups * otherDeviceGroups);
    QSet<qint64> taken;
    while (m_org.groupBindings.size() < wanted) {
        const int userGroup = teamGroups / 2 + m_rng.below(teamGroups - teamGroups / 2);
        const int deviceGroup = otherDeviceGroups / 2 + m_rng.below(otherDeviceGroups - otherDeviceGroups / 2);
        qint64 key = qint64(userGroup) * otherDeviceGroups + deviceGroup;
        if (taken.contains(key)) {
            // Small parameter sets: take the next free pair rather than drawing forever.
            const qint64 total = qint64(teamGroups) * otherDeviceGroups;
            while (taken.contains(key))
                key = (key + 1) % total;
        }
        taken.insert(key);
        m_org.groupBindings.append({ m_org.userGroups[m_departmentGroupCount + int(key / otherDeviceGroups)].id,
            m_org.deviceGroups[m_osDeviceGroupCount + int(key % otherDeviceGroups)].id });
    }
}

QString OrgGenerator::objectId(const QDateTime &created, int index)
{
    // Shaped like the directory's ObjectIds: seconds, random bytes, counter. The counter keeps ids
    // of one kind unique.
    return QString::asprintf("%08x%010llx%06x", quint32(created.toSecsSinceEpoch()),
        static_cast<unsigned long long>(m_rng.next() & 0xffffffffffULL), quint32(index) & 0xffffffU);
}

QString OrgGenerator::uniqueName(const QString &base, QSet<QString> &taken, QChar separator)
{
    QString candidate = base;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate
            = separator.isNull() ? QString(base + QString::number(n)) : QString(base + separator + QString::number(n));
    taken.insert(candidate.toLower());
    return candidate;
}

QString OrgGenerator::randomAlnum(int length)
{
    static constexpr char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    QString text(length, Qt::Uninitialized);
    for (QChar &c : text)
        c = QLatin1Char(alphabet[m_rng.below(int(sizeof(alphabet) - 1))]);
    return text;
}

QDateTime OrgGenerator::randomPast(int maxDays)
{
    return referenceTime().addSecs(-qint64(m_rng.below(maxDays * 86400)));
}
