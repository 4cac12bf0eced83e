#include "SeedBuilder.h"

#include "AgentSimulator.h"
#include "ObjectIdGenerator.h"
#include "Store.h"
#include "UserRules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr auto SeedTime = "2024-03-01T09:00:00.000Z";
}

SeedBuilder::SeedBuilder(Store &store)
    : m_store(store)
{
    m_store.begin();
}

SeedBuilder::~SeedBuilder()
{
    finish();
}

void SeedBuilder::finish()
{
    if (m_open) {
        m_store.commit();
        m_open = false;
    }
}

void SeedBuilder::createOrganization(const QString &name, const QJsonObject &settings, const QJsonObject &ssao)
{
    m_organizationId = ObjectIdGenerator::seeded(ObjectIdGenerator::Kind::Organization, 1);
    QJsonObject defaults { { u"passwordPolicy"_s,
                               QJsonObject { { u"minLength"_s, 12 }, { u"needsLowercase"_s, true },
                                   { u"needsUppercase"_s, true }, { u"needsNumeric"_s, true },
                                   { u"needsSymbolic"_s, false }, { u"maxHistory"_s, 5 },
                                   { u"passwordExpirationInDays"_s, 90 }, { u"maxLoginAttempts"_s, 10 },
                                   { u"lockoutTimeInSeconds"_s, 600 } } },
        { u"passwordCompliance"_s, u"custom"_s },
        { u"newSystemUserStateDefaults"_s,
            QJsonObject { { u"manualEntry"_s, u"ACTIVATED"_s }, { u"csvImport"_s, u"STAGED"_s },
                { u"applicationImport"_s, u"STAGED"_s } } },
        { u"enableManagedUID"_s, false }, { u"systemUsersCanEdit"_s, false }, { u"disableCommandRunner"_s, false },
        { u"requireAdminMFA"_s, false } };
    for (auto it = settings.begin(); it != settings.end(); ++it)
        defaults.insert(it.key(), it.value());
    m_store.organizations().put(m_store.db(),
        QJsonObject { { u"_id"_s, m_organizationId }, { u"displayName"_s, name },
            { u"created"_s, QLatin1StringView(SeedTime) }, { u"settings"_s, defaults } });
    m_store.setSetting(u"ssao"_s, ssao);
}

QString SeedBuilder::addUser(const QJsonObject &fields)
{
    const QString id = ObjectIdGenerator::seeded(ObjectIdGenerator::Kind::User, ++m_counter);
    // Building the 50-field template once and copying it keeps large seeds cheap.
    if (m_userTemplate.isEmpty())
        m_userTemplate = UserRules::newUserTemplate({}, m_organizationId, QLatin1StringView(SeedTime));
    QJsonObject user = m_userTemplate;
    user.insert(u"_id"_s, id);
    user.insert(u"id"_s, id);
    UserRules::applyWritable(fields, &user, true);
    if (fields.contains(u"password"_s) || fields.value(u"hasPassword"_s).toBool())
        user.insert(u"password_date"_s, QLatin1StringView(SeedTime));
    QString state = fields.value(u"state"_s).toString();
    if (state.isEmpty())
        state = user.value(u"password_date"_s).isString() ? u"ACTIVATED"_s : u"STAGED"_s;
    user.insert(u"state"_s, state);
    UserRules::deriveLegacyFlags(&user);
    if (user.value(u"displayname"_s).toString().isEmpty())
        user.insert(u"displayname"_s,
            QString(user.value(u"firstname"_s).toString() + u' ' + user.value(u"lastname"_s).toString()).trimmed());
    m_store.users().put(m_store.db(), user);
    return id;
}

QString SeedBuilder::addSystem(const DeviceSpec &spec)
{
    const QString id = ObjectIdGenerator::seeded(ObjectIdGenerator::Kind::System, ++m_counter);
    QString os = spec.os;
    QString version = spec.version;
    QString arch = u"x86_64"_s;
    QString agent = u"1.158.0"_s;
    QString vendor = u"Dell Inc."_s;
    if (spec.osFamily == u"darwin") {
        os = os.isEmpty() ? u"Mac OS X"_s : os;
        version = version.isEmpty() ? u"14.4.1"_s : version;
        arch = u"arm64"_s;
        vendor = u"Apple Inc."_s;
    } else if (spec.osFamily == u"windows") {
        os = os.isEmpty() ? u"Windows"_s : os;
        version = version.isEmpty() ? u"11 Pro 23H2"_s : version;
    } else {
        os = os.isEmpty() ? u"Ubuntu"_s : os;
        version = version.isEmpty() ? u"22.04"_s : version;
        vendor = u"Lenovo"_s;
    }
    const bool desktop = spec.osFamily != u"linux";
    QJsonObject system { { u"_id"_s, id }, { u"id"_s, id }, { u"displayName"_s, spec.displayName },
        { u"hostname"_s, spec.hostname }, { u"os"_s, os }, { u"osFamily"_s, spec.osFamily }, { u"version"_s, version },
        { u"arch"_s, arch }, { u"archFamily"_s, arch == u"arm64" ? u"arm"_s : u"x86"_s }, { u"agentVersion"_s, agent },
        { u"active"_s, spec.active },
        { u"lastContact"_s, spec.active ? u"2026-05-01T10:00:00.000Z"_s : u"2026-02-11T16:20:00.000Z"_s },
        { u"created"_s, QLatin1StringView(SeedTime) }, { u"serialNumber"_s, spec.serialNumber },
        { u"hwVendor"_s, vendor }, { u"remoteIP"_s, u"203.0.113.%1"_s.arg(m_counter % 250 + 1) },
        { u"fde"_s, QJsonObject { { u"active"_s, desktop }, { u"keyPresent"_s, desktop } } },
        { u"systemInsights"_s, QJsonObject { { u"state"_s, u"enabled"_s } } }, { u"description"_s, QString() },
        { u"organization"_s, m_organizationId }, { u"allowSshRootLogin"_s, false },
        { u"allowSshPasswordAuthentication"_s, spec.osFamily == u"linux" },
        { u"allowMultiFactorAuthentication"_s, false },
        { u"allowPublicKeyAuthentication"_s, spec.osFamily == u"linux" }, { u"modifySSHDConfig"_s, false },
        { u"desktopCapable"_s, desktop }, { u"userMetrics"_s, QJsonArray() }, { u"attributes"_s, QJsonArray() },
        { u"tags"_s, QJsonArray() } };
    if (spec.osFamily == u"darwin") // the spec's mdm is an object: absent, not null, on other systems
        system.insert(u"mdm"_s,
            QJsonObject { { u"vendor"_s, u"internal"_s }, { u"dep"_s, true }, { u"userApproved"_s, true },
                { u"enrollmentType"_s, u"automated device"_s } });
    m_store.systems().put(m_store.db(), system);
    m_osFamilies.insert(id, spec.osFamily);
    return id;
}

QString SeedBuilder::addUserGroup(const QString &name, const QJsonObject &attributes, const QString &description)
{
    const QString id = ObjectIdGenerator::seeded(ObjectIdGenerator::Kind::UserGroup, ++m_counter);
    m_store.userGroups().put(m_store.db(),
        QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"type"_s, u"user_group"_s },
            { u"description"_s, description }, { u"email"_s, QString() }, { u"attributes"_s, attributes },
            { u"membershipMethod"_s, u"STATIC"_s }, { u"organizationObjectId"_s, m_organizationId } });
    return id;
}

QString SeedBuilder::addSystemGroup(const QString &name, const QString &description)
{
    const QString id = ObjectIdGenerator::seeded(ObjectIdGenerator::Kind::SystemGroup, ++m_counter);
    m_store.systemGroups().put(m_store.db(),
        QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"type"_s, u"system_group"_s },
            { u"description"_s, description }, { u"email"_s, QString() }, { u"attributes"_s, QJsonObject() },
            { u"membershipMethod"_s, u"STATIC"_s }, { u"organizationObjectId"_s, m_organizationId } });
    return id;
}

void SeedBuilder::link(const GraphStore::Node &a, const GraphStore::Node &b, bool sudo, bool withoutPassword)
{
    const QJsonValue attributes = sudo
        ? QJsonValue(QJsonObject {
            { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, withoutPassword } } } })
        : QJsonValue(QJsonValue::Null);
    m_store.graph().insertBulk(m_store.db(), a, b, attributes);
}

void SeedBuilder::addLocalAccount(const LocalAccount &account)
{
    m_store.putLocalAccount(account);
}

LocalAccount SeedBuilder::makeAccount(const QString &systemId, const QString &name)
{
    const QString family = m_osFamilies.value(systemId);
    int &uid = m_nextUid[systemId];
    if (uid == 0)
        uid = family == u"darwin" ? 501 : 1000;
    return AgentSimulator::newAccount(systemId, family, name, uid++);
}

void SeedBuilder::applyAgents(AgentSimulator &agents)
{
    finish();
    // Agents converge user by user; with a zero delay in a seed this runs synchronously.
    for (const QString &userId : m_store.users().ids()) {
        const QSet<QString> systems = agents.systemsOf({ u"user"_s, userId });
        if (!systems.isEmpty())
            agents.reconcile({ userId }, systems, true);
    }
}
