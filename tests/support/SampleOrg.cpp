#include "SampleOrg.h"

#include "CacheDatabase.h"
#include "SnapshotWriter.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kSyncedAt(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());

QDateTime daysBeforeSync(int days)
{
    return kSyncedAt.addDays(-days);
}

QString id(const char *literal)
{
    return QString::fromLatin1(literal);
}

User makeUser(const char *userId, const QString &username, const QString &first, const QString &last, UserState state,
    const QString &department, const QString &jobTitle, int uid)
{
    User user;
    user.id = id(userId);
    user.username = username;
    user.email = username.toLower() + u"@anders.example"_s;
    user.firstName = first;
    user.lastName = last;
    user.displayName = first + u' ' + last;
    user.state = state;
    user.department = department;
    user.jobTitle = jobTitle;
    user.company = u"Anders & Co"_s;
    user.location = u"Berlin"_s;
    user.employeeType = u"Full time"_s;
    user.employeeIdentifier = u"E%1"_s.arg(uid - 5000, 4, 10, QLatin1Char('0'));
    user.unixUid = uid;
    user.unixGid = uid;
    user.created = daysBeforeSync(400 - uid % 100);
    user.mfaEnrollmentStatus = u"NOT_ENROLLED"_s;
    return user;
}

QList<User> users()
{
    QList<User> list;

    User alice = makeUser(SampleOrg::Id::Alice, u"alice"_s, u"Alice"_s, u"Anders"_s, UserState::Activated,
        u"Engineering"_s, u"Staff Engineer"_s, 5001);
    alice.costCenter = u"CC-100"_s;
    alice.alternateEmail = u"alice.anders@example.org"_s;
    alice.phoneNumbers = { { u"mobile"_s, u"+49 151 2345678"_s }, { u"work"_s, u"+49 30 1234567"_s } };
    alice.customAttributes = { { u"badge"_s, u"A-17"_s }, { u"shirtSize"_s, u"M"_s } };
    alice.mfaRequired = true;
    alice.mfaConfigured = true;
    alice.mfaEnrollmentStatus = u"ENROLLED"_s;
    alice.description = u"Team lead, platform"_s;
    list << alice;

    // Created without a password, so the directory keeps bob staged until one is set.
    User bob = makeUser(SampleOrg::Id::Bob, u"bob"_s, u"Bob"_s, u"Brown"_s, UserState::Staged, u"Sales"_s,
        u"Account Executive"_s, 5002);
    bob.managerId = id(SampleOrg::Id::Judy);
    bob.phoneNumbers = { { u"mobile"_s, u"+49 160 5550102"_s } };
    list << bob;

    User carol = makeUser(SampleOrg::Id::Carol, u"carol"_s, u"Carol"_s, u"Chen"_s, UserState::Suspended, u"Support"_s,
        u"Support Specialist"_s, 5003);
    carol.systemUsername = u"carol.local"_s;
    carol.accountLocked = true;
    list << carol;

    User dave = makeUser(SampleOrg::Id::Dave, u"dave.longusername.example"_s, u"Dave"_s, u"Dunn"_s,
        UserState::Activated, u"Engineering"_s, u"Build Engineer"_s, 5004);
    dave.managerId = id(SampleOrg::Id::Alice);
    list << dave;

    User erin = makeUser(SampleOrg::Id::Erin, u"Erin"_s, u"Erin"_s, u"Evans"_s, UserState::Activated, u"Design"_s,
        u"Product Designer"_s, 5005);
    erin.email = u"erin@anders.example"_s;
    erin.customAttributes = { { u"pronouns"_s, u"she/her"_s } };
    list << erin;

    User john = makeUser(SampleOrg::Id::JohnDoe, u"john.doe"_s, u"John"_s, u"Doe"_s, UserState::Activated, u"Finance"_s,
        u"Accountant"_s, 5006);
    john.middleName = u"Quincy"_s;
    john.passwordExpired = true;
    list << john;

    User grace = makeUser(SampleOrg::Id::Grace, u"grace"_s, u"Grace"_s, u"García"_s, UserState::Activated,
        u"Engineering"_s, u"Site Reliability Engineer"_s, 5007);
    grace.sudo = true;
    grace.location = u"Madrid"_s;
    grace.phoneNumbers = { { u"work"_s, u"+34 91 555 0107"_s } };
    list << grace;

    User heidi = makeUser(SampleOrg::Id::Heidi, u"heidi"_s, u"Heidi"_s, u"Hansen"_s, UserState::Activated, u"Finance"_s,
        u"Controller"_s, 5008);
    heidi.costCenter = u"CC-300"_s;
    heidi.mfaRequired = true;
    heidi.mfaEnrollmentStatus = u"PENDING_ACTIVATION"_s;
    list << heidi;

    User ivan = makeUser(SampleOrg::Id::Ivan, u"ivan"_s, u"Ivan"_s, u"Ivanov"_s, UserState::Activated, u"Engineering"_s,
        u"DevOps Engineer"_s, 5009);
    ivan.employeeType = u"Contractor"_s;
    list << ivan;

    User judy = makeUser(SampleOrg::Id::Judy, u"judy"_s, u"Judy"_s, u"Jones"_s, UserState::Activated, u"Marketing"_s,
        u"Head of Marketing"_s, 5010);
    list << judy;

    // Imported from a spreadsheet: exports must not turn these cells into formulas.
    User mallory = makeUser(SampleOrg::Id::Mallory, u"mallory"_s, u"Mallory"_s, u"Moss"_s, UserState::Activated,
        u"=SUM(A1)"_s, u"+Contractor"_s, 5011);
    list << mallory;

    User zoe = makeUser(SampleOrg::Id::Zoe, u"zoe.mueller"_s, u"Zoë"_s, u"Müller"_s, UserState::Activated,
        u"Engineering"_s, u"Frontend Engineer"_s, 5012);
    zoe.location = u"Zürich"_s;
    zoe.passwordNeverExpires = true;
    list << zoe;

    return list;
}

Device makeDevice(const char *deviceId, const QString &hostname, const QString &displayName, OsFamily family,
    const QString &os, const QString &version, const QString &arch, int daysSinceContact)
{
    Device device;
    device.id = id(deviceId);
    device.hostname = hostname;
    device.displayName = displayName;
    device.osFamily = family;
    device.os = os;
    device.osVersion = version;
    device.arch = arch;
    device.agentVersion = u"1.160.0"_s;
    device.active = daysSinceContact == 0;
    device.lastContact = daysSinceContact == 0 ? kSyncedAt.addSecs(-300) : daysBeforeSync(daysSinceContact);
    device.created = daysBeforeSync(300);
    device.serialNumber = u"SN"_s + QString::fromLatin1(deviceId).right(4);
    device.remoteIp = u"203.0.113."_s + QString::number(QString::fromLatin1(deviceId).right(2).toInt());
    device.systemInsightsEnabled = true;
    return device;
}

QList<Device> devices()
{
    using namespace SampleOrg;
    QList<Device> list;
    Device aliceMbp = makeDevice(Id::AliceMbp, u"alice-mbp"_s, u"Alice's MacBook Pro"_s, OsFamily::MacOS, u"Mac OS X"_s,
        u"14.4.1"_s, u"arm64"_s, 0);
    aliceMbp.hardwareVendor = u"Apple Inc."_s;
    aliceMbp.serialNumber = u"C02ZK1AALVDQ"_s;
    aliceMbp.fdeActive = true;
    aliceMbp.mdmEnrolled = true;
    list << aliceMbp;

    Device engMac = makeDevice(Id::EngMac02, u"eng-mac-02"_s, u"Engineering Mac mini"_s, OsFamily::MacOS, u"Mac OS X"_s,
        u"13.6"_s, u"x86_64"_s, 40);
    engMac.hardwareVendor = u"Apple Inc."_s;
    engMac.agentVersion = u"1.152.2"_s;
    list << engMac;

    Device winFin = makeDevice(Id::WinFin01, u"WIN-FIN-01"_s, u"Finance Desktop"_s, OsFamily::Windows, u"Windows"_s,
        u"11 Pro 23H2"_s, u"x64"_s, 0);
    winFin.hardwareVendor = u"Dell Inc."_s;
    winFin.fdeActive = true;
    winFin.allowMultiFactorAuthentication = true;
    list << winFin;

    Device winSup = makeDevice(Id::WinSup07, u"WIN-SUP-07"_s, u"Support Laptop"_s, OsFamily::Windows, u"Windows"_s,
        u"10 Pro 22H2"_s, u"x64"_s, 0);
    winSup.hardwareVendor = u"LENOVO"_s;
    list << winSup;

    Device build = makeDevice(Id::BuildLinux01, u"build-linux-01"_s, u"Build Server"_s, OsFamily::Linux, u"Ubuntu"_s,
        u"22.04"_s, u"x86_64"_s, 0);
    build.allowSshPasswordAuthentication = false;
    build.description = u"CI runners"_s;
    list << build;

    Device ops = makeDevice(
        Id::OpsLinux02, u"ops-linux-02"_s, u"Ops Box"_s, OsFamily::Linux, u"Debian"_s, u"12"_s, u"aarch64"_s, 95);
    ops.allowSshRootLogin = true;
    list << ops;

    Device zoeMba = makeDevice(
        Id::ZoeMba, u"zoe-mba"_s, u"Zoë's MacBook Air"_s, OsFamily::MacOS, u"Mac OS X"_s, u"14.4"_s, u"arm64"_s, 0);
    zoeMba.hardwareVendor = u"Apple Inc."_s;
    zoeMba.fdeActive = true;
    zoeMba.mdmEnrolled = true;
    list << zoeMba;

    Device lobby = makeDevice(Id::WinLobby, u"WIN-LOBBY"_s, u"Lobby Kiosk"_s, OsFamily::Windows, u"Windows"_s,
        u"11 Enterprise"_s, u"x64"_s, 12);
    lobby.hardwareVendor = u"HP"_s;
    list << lobby;
    return list;
}

struct AccountSpec
{
    const char *deviceId;
    QString username;
    bool realUser;
    bool admin;
    bool managed;
};

OsFamily familyOfDevice(const char *deviceId)
{
    for (const Device &device : devices()) {
        if (device.id == QLatin1StringView(deviceId))
            return device.osFamily;
    }
    return OsFamily::Unknown;
}

QList<LocalAccount> localAccounts()
{
    using namespace SampleOrg;
    const QList<AccountSpec> specs = {
        { Id::AliceMbp, u"alice"_s, true, true, true },
        { Id::AliceMbp, u"admin"_s, true, true, false },
        { Id::AliceMbp, u"_mbsetupuser"_s, false, false, false },
        { Id::EngMac02, u"erin"_s, true, false, false },
        { Id::EngMac02, u"grace"_s, true, false, false },
        { Id::EngMac02, u"_spotlight"_s, false, false, false },
        { Id::WinFin01, u"heidi"_s, true, true, true },
        { Id::WinFin01, u"bob"_s, true, false, true },
        { Id::WinFin01, u"jdoe"_s, true, false, false },
        { Id::WinFin01, u"Administrator"_s, true, true, false },
        { Id::WinFin01, u"DefaultAccount"_s, false, false, false },
        { Id::WinSup07, u"carol.local"_s, true, false, true },
        { Id::WinSup07, u"Guest"_s, false, false, false },
        { Id::BuildLinux01, u"ivan"_s, true, true, true },
        { Id::BuildLinux01, u"grace"_s, true, true, true },
        { Id::BuildLinux01, u"dave.longusername.example"_s, true, false, true },
        { Id::BuildLinux01, u"alice"_s, true, false, true },
        { Id::BuildLinux01, u"ubuntu"_s, true, false, false },
        { Id::BuildLinux01, u"www-data"_s, false, false, false },
        { Id::OpsLinux02, u"ivan"_s, true, false, true },
        { Id::OpsLinux02, u"Alice"_s, true, false, false },
        { Id::OpsLinux02, u"root"_s, false, true, false },
        { Id::ZoeMba, u"zoe.mueller"_s, true, true, true },
        { Id::ZoeMba, u"zoe"_s, true, false, false },
        { Id::ZoeMba, u"_mbsetupuser"_s, false, false, false },
        { Id::WinLobby, u"kiosk"_s, true, false, false },
        { Id::WinLobby, u"WDAGUtilityAccount"_s, false, false, false },
    };
    QList<LocalAccount> list;
    int uid = 500;
    for (const AccountSpec &spec : specs) {
        LocalAccount account;
        account.deviceId = id(spec.deviceId);
        account.username = spec.username;
        account.realUser = spec.realUser;
        account.admin = spec.admin;
        account.managed = spec.managed;
        account.uid = spec.username == u"root" ? u"0"_s : QString::number(uid++);
        account.gid = account.uid;
        const OsFamily family = familyOfDevice(spec.deviceId);
        const QString &name = spec.username;
        account.homeDirectory = family == OsFamily::Windows ? u"C:\\Users\\"_s + name
            : family == OsFamily::Linux                     ? u"/home/"_s + name
                                                            : u"/Users/"_s + name;
        account.shell = family == OsFamily::Windows ? QString()
            : family == OsFamily::Linux             ? u"/bin/bash"_s
                                                    : u"/bin/zsh"_s;
        account.description = spec.realUser ? QString() : u"Service account"_s;
        account.lastLogin = spec.realUser ? daysBeforeSync(uid % 20) : QDateTime();
        account.collectedAt = kSyncedAt.addSecs(-3600);
        list << account;
    }
    return list;
}

QList<UserDeviceBinding> bindings()
{
    using namespace SampleOrg;
    return {
        { id(Id::Alice), id(Id::AliceMbp), true, false },
        { id(Id::Alice), id(Id::BuildLinux01), false, false },
        { id(Id::Bob), id(Id::WinFin01), false, false },
        { id(Id::Carol), id(Id::WinSup07), false, false },
        { id(Id::Dave), id(Id::BuildLinux01), false, false },
        { id(Id::Grace), id(Id::BuildLinux01), true, true },
        { id(Id::Heidi), id(Id::WinFin01), true, false },
        { id(Id::Ivan), id(Id::BuildLinux01), true, false },
        { id(Id::Ivan), id(Id::OpsLinux02), false, false },
        { id(Id::Zoe), id(Id::ZoeMba), true, false },
    };
}

QList<UserGroup> userGroups()
{
    UserGroup engineering;
    engineering.id = id(SampleOrg::Id::EngineeringGroup);
    engineering.name = u"Engineering"_s;
    engineering.description = u"Everyone who builds the product; admin on engineering Macs"_s;
    engineering.email = u"engineering@anders.example"_s;
    engineering.sudoEnabled = true;
    engineering.posixGroupName = u"engineering"_s;
    engineering.membershipMethod = u"STATIC"_s;

    UserGroup finance;
    finance.id = id(SampleOrg::Id::FinanceGroup);
    finance.name = u"Finance"_s;
    finance.description = u"Accounting and controlling"_s;
    finance.membershipMethod = u"STATIC"_s;

    UserGroup allStaff;
    allStaff.id = id(SampleOrg::Id::AllStaffGroup);
    allStaff.name = u"All Staff"_s;
    allStaff.description = u"Company-wide announcements"_s;
    allStaff.sambaEnabled = true;
    allStaff.membershipMethod = u"DYNAMIC_AUTOMATED"_s;
    return { engineering, finance, allStaff };
}

QList<DeviceGroup> deviceGroups()
{
    DeviceGroup macs;
    macs.id = id(SampleOrg::Id::EngineeringMacs);
    macs.name = u"Engineering Macs"_s;
    macs.description = u"Macs used by the engineering team"_s;
    macs.membershipMethod = u"STATIC"_s;
    DeviceGroup windows;
    windows.id = id(SampleOrg::Id::WindowsFleet);
    windows.name = u"Windows Fleet"_s;
    windows.description = u"Every Windows PC"_s;
    windows.membershipMethod = u"STATIC"_s;
    return { macs, windows };
}

QList<UserGroupMembership> userGroupMemberships()
{
    using namespace SampleOrg;
    QList<UserGroupMembership> list;
    for (const char *user : { Id::Alice, Id::Dave, Id::Grace, Id::Ivan, Id::Zoe })
        list.append({ id(Id::EngineeringGroup), id(user) });
    for (const char *user : { Id::JohnDoe, Id::Heidi, Id::Mallory })
        list.append({ id(Id::FinanceGroup), id(user) });
    for (const char *user : { Id::Alice, Id::Bob, Id::Carol, Id::Erin, Id::JohnDoe, Id::Grace, Id::Heidi, Id::Judy })
        list.append({ id(Id::AllStaffGroup), id(user) });
    return list;
}

QList<DeviceGroupMembership> deviceGroupMemberships()
{
    using namespace SampleOrg;
    QList<DeviceGroupMembership> list;
    for (const char *device : { Id::AliceMbp, Id::EngMac02, Id::ZoeMba })
        list.append({ id(Id::EngineeringMacs), id(device) });
    for (const char *device : { Id::WinFin01, Id::WinSup07, Id::WinLobby })
        list.append({ id(Id::WindowsFleet), id(device) });
    return list;
}

OrgSettings settings()
{
    OrgSettings settings;
    settings.orgId = id(SampleOrg::Id::Org);
    settings.orgName = u"Anders & Co"_s;
    settings.passwordPolicy.known = true;
    settings.passwordPolicy.minLength = 12;
    settings.passwordPolicy.needsUppercase = true;
    settings.passwordPolicy.needsNumeric = true;
    settings.passwordPolicy.maxHistory = 5;
    settings.manualEntryState = UserState::Activated;
    settings.csvImportState = UserState::Staged;
    settings.applicationImportState = UserState::Activated;
    settings.selfService.macEnabled = true;
    settings.selfService.macAdmin = false;
    return settings;
}

} // namespace

namespace SampleOrg {

OrgSnapshot make()
{
    OrgSnapshot snapshot;
    snapshot.settings = settings();
    snapshot.syncedAt = kSyncedAt;
    snapshot.sourceUrl = u"https://console.jumpcloud.com"_s;
    snapshot.users = users();
    snapshot.devices = devices();
    snapshot.userGroups = userGroups();
    snapshot.deviceGroups = deviceGroups();
    snapshot.userDeviceBindings = bindings();
    snapshot.userGroupMemberships = userGroupMemberships();
    snapshot.deviceGroupMemberships = deviceGroupMemberships();
    snapshot.groupBindings = { { id(Id::EngineeringGroup), id(Id::EngineeringMacs) } };
    snapshot.localAccounts = localAccounts();
    return snapshot;
}

QString writeCache(const QString &path)
{
    auto opened = CacheDatabase::open(path);
    if (!opened)
        return opened.error().code + u": "_s + opened.error().detail;
    SnapshotWriter writer(*opened.value());
    const Result<void> written = writer.replaceSnapshot(make());
    if (!written)
        return written.error().code + u": "_s + written.error().detail;
    return {};
}

} // namespace SampleOrg
