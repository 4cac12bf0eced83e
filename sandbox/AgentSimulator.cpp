#include "AgentSimulator.h"

#include "ObjectIdGenerator.h"
#include "Store.h"
#include "UserRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

AgentSimulator::AgentSimulator(Store &store, int delayMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_delayMs(delayMs)
{
}

GraphStore::SudoSources AgentSimulator::sudoSources() const
{
    GraphStore::SudoSources sources;
    sources.userGroupSudo = [this](const QString &groupId) {
        GraphStore::Sudo sudo;
        sudo.merge(m_store.userGroups().object(groupId).value(u"attributes"_s));
        return sudo;
    };
    sources.userSudo = [this](const QString &userId) {
        const QJsonObject user = m_store.users().object(userId);
        GraphStore::Sudo sudo;
        sudo.enabled = user.value(u"sudo"_s).toBool();
        sudo.withoutPassword = user.value(u"passwordless_sudo"_s).toBool();
        return sudo;
    };
    return sources;
}

QSet<QString> AgentSimulator::usersOf(const GraphStore::Node &node) const
{
    QSet<QString> users;
    const GraphStore &graph = m_store.graph();
    if (node.type == u"user") {
        users.insert(node.id);
    } else if (node.type == u"user_group") {
        for (const auto &member : graph.neighbours(node, u"user"_s))
            users.insert(member.id);
    } else if (node.type == u"system") {
        for (const auto &reach : graph.usersOfSystem(node.id, {}))
            users.insert(reach.id);
    } else if (node.type == u"system_group") {
        for (const auto &reach : graph.traverse(node, u"user"_s, u"user_group"_s))
            users.insert(reach.id);
    }
    return users;
}

QSet<QString> AgentSimulator::systemsOf(const GraphStore::Node &node) const
{
    QSet<QString> systems;
    const GraphStore &graph = m_store.graph();
    if (node.type == u"system") {
        systems.insert(node.id);
    } else if (node.type == u"system_group") {
        for (const auto &member : graph.neighbours(node, u"system"_s))
            systems.insert(member.id);
    } else if (node.type == u"user") {
        for (const auto &reach : graph.systemsOfUser(node.id, {}))
            systems.insert(reach.id);
    } else if (node.type == u"user_group") {
        for (const auto &reach : graph.traverse(node, u"system"_s, u"system_group"_s))
            systems.insert(reach.id);
    }
    return systems;
}

void AgentSimulator::reconcileEdge(const GraphStore::Node &a, const GraphStore::Node &b)
{
    if (a.type == u"command" || b.type == u"command")
        return;
    const auto isPair = [&](QStringView first, QStringView second) {
        return (a.type == first && b.type == second) || (a.type == second && b.type == first);
    };
    if (isPair(u"user", u"user_group")) {
        // Membership: only the member against what the group reaches; the other members did not change (comparing
        // them all made every group add cost the group's size in device checks).
        const GraphStore::Node &user = a.type == u"user" ? a : b;
        const GraphStore::Node &group = a.type == u"user" ? b : a;
        reconcile({ user.id }, systemsOf(group));
        return;
    }
    if (isPair(u"system", u"system_group")) {
        // Membership: the device against everyone the group reaches.
        const GraphStore::Node &system = a.type == u"system" ? a : b;
        const GraphStore::Node &group = a.type == u"system" ? b : a;
        reconcile(usersOf(group), { system.id });
        return;
    }
    const bool aIsUserSide = a.type == u"user" || a.type == u"user_group";
    reconcile(usersOf(aIsUserSide ? a : b), systemsOf(aIsUserSide ? b : a));
}

void AgentSimulator::reconcileUser(const QString &userId)
{
    QSet<QString> systems = systemsOf({ u"user"_s, userId });
    QSqlQuery query(m_store.db());
    query.prepare(u"SELECT DISTINCT system_id FROM local_accounts WHERE managed_user_id = ?"_s);
    query.addBindValue(userId);
    query.exec();
    while (query.next())
        systems.insert(query.value(0).toString());
    reconcile({ userId }, systems);
}

void AgentSimulator::reconcileUserGroup(const QString &groupId)
{
    const GraphStore::Node group { u"user_group"_s, groupId };
    reconcile(usersOf(group), systemsOf(group));
}

void AgentSimulator::reconcile(const QSet<QString> &userIds, const QSet<QString> &systemIds, bool immediate)
{
    if (userIds.isEmpty() || systemIds.isEmpty())
        return;
    const auto work = [this, userIds, systemIds] {
        m_store.begin();
        for (const QString &userId : userIds) {
            // What the user reaches, worked out once for all the devices (not once per device: a group add to a
            // group bound to hundreds of devices made that quadratic).
            const Reach reach = reachOf(userId);
            for (const QString &systemId : systemIds)
                converge(userId, systemId, reach);
        }
        m_store.commit();
    };
    if (m_delayMs <= 0 || immediate)
        work();
    else
        QTimer::singleShot(m_delayMs, this, work);
}

AgentSimulator::Reach AgentSimulator::reachOf(const QString &userId) const
{
    Reach reach;
    if (!m_store.users().contains(userId))
        return reach; // a deleted user reaches nothing: its accounts are released
    for (const GraphStore::Reach &system : m_store.graph().systemsOfUser(userId, sudoSources()))
        reach.insert(system.id, system.sudo);
    return reach;
}

void AgentSimulator::converge(const QString &userId, const QString &systemId, const Reach &reach)
{
    if (!m_store.systems().contains(systemId))
        return;
    const std::optional<LocalAccount> mine = m_store.managedLocalAccount(systemId, userId);
    const auto bound = reach.constFind(systemId);
    if (bound == reach.cend()) {
        if (mine) {
            LocalAccount released = *mine;
            released.managed = false;
            released.managedUserId.clear();
            m_store.putLocalAccount(released);
        }
        return;
    }
    if (mine) {
        LocalAccount updated = *mine;
        updated.admin = bound->enabled;
        updated.suspended = m_store.users().object(userId).value(u"state"_s).toString() == u"SUSPENDED";
        m_store.putLocalAccount(updated);
        return;
    }
    applyBinding(userId, systemId, *bound);
}

LocalAccount AgentSimulator::applyBinding(const QString &userId, const QString &systemId)
{
    GraphStore::Sudo sudo;
    m_store.graph().isBound(userId, systemId, sudoSources(), &sudo);
    return applyBinding(userId, systemId, sudo);
}

LocalAccount AgentSimulator::applyBinding(const QString &userId, const QString &systemId, const GraphStore::Sudo &sudo)
{
    const QJsonObject user = m_store.users().object(userId);
    const QJsonObject system = m_store.systems().object(systemId);
    const QString osFamily = system.value(u"osFamily"_s).toString();
    const QString name = UserRules::localAccountName(user);
    const QList<LocalAccount> namesakes = m_store.localAccountsNamedLike(systemId, name);

    // DOMAIN.md: names match case-insensitively, but outside Windows a case-only difference does not take over
    // (the agent creates a second account), which is exactly the surprise the planner warns about.
    const LocalAccount *match = nullptr;
    for (const LocalAccount &account : namesakes) {
        if (account.username == name)
            match = &account;
    }
    if (!match && osFamily == u"windows") {
        for (const LocalAccount &account : namesakes) {
            if (account.username.compare(name, Qt::CaseInsensitive) == 0)
                match = &account;
        }
    }
    LocalAccount result;
    if (match) {
        if (match->managed && !match->managedUserId.isEmpty() && match->managedUserId != userId) {
            qCWarning(lcSandbox) << "agent: account" << name << "on" << systemId << "is managed by another user";
            return *match;
        }
        result = *match;
    } else {
        result = newAccount(systemId, osFamily, name, nextUid(systemId, osFamily));
    }
    result.managed = true;
    result.managedUserId = userId;
    result.admin = sudo.enabled;
    result.suspended = user.value(u"state"_s).toString() == u"SUSPENDED";
    result.collectionTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_store.putLocalAccount(result);
    return result;
}

LocalAccount AgentSimulator::newAccount(const QString &systemId, const QString &osFamily, const QString &name, int uid)
{
    LocalAccount account;
    account.systemId = systemId;
    account.username = name;
    account.uid = QString::number(uid);
    account.realUser = true;
    account.collectionTime = u"2026-01-01T00:00:00.000Z"_s;
    // Version-5 UUIDs keep seeded accounts identical for the same seed.
    account.uuid = QUuid::createUuidV5(QUuid(u"{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"_s), systemId + u'/' + name)
                       .toString(QUuid::WithoutBraces)
                       .toUpper();
    if (osFamily == u"windows") {
        account.gid = u"513"_s;
        account.directory = u"C:\\Users\\"_s + name;
        account.shell = u"C:\\Windows\\system32\\cmd.exe"_s;
        account.type = u"local"_s;
        account.uuid = u"S-1-5-21-3623811015-3361044348-30300820-%1"_s.arg(uid);
    } else if (osFamily == u"darwin") {
        account.gid = u"20"_s;
        account.directory = u"/Users/"_s + name;
        account.shell = u"/bin/zsh"_s;
    } else {
        account.gid = account.uid;
        account.directory = u"/home/"_s + name;
        account.shell = u"/bin/bash"_s;
    }
    return account;
}

int AgentSimulator::nextUid(const QString &systemId, const QString &osFamily) const
{
    return std::max(osFamily == u"darwin" ? 501 : 1000, m_store.maxLocalUid(systemId) + 1);
}

void AgentSimulator::runCommand(
    const QJsonObject &command, const QStringList &systemIds, const QString &workflowInstanceId)
{
    const QString requestTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto work = [this, command, systemIds, workflowInstanceId, requestTime] {
        m_store.begin();
        for (const QString &systemId : systemIds) {
            const QJsonObject system = m_store.systems().object(systemId);
            const QString script = command.value(u"command"_s).toString();
            QString output = u"ok\n"_s;
            int exitCode = 0;
            QString error;
            const QString trimmed = script.trimmed();
            // Deterministic canned behaviour so tests can assert on it.
            if (trimmed.startsWith(u"echo "_s))
                output = trimmed.mid(5).remove(u'"').remove(u'\'') + u'\n';
            else if (trimmed == u"hostname")
                output = system.value(u"hostname"_s).toString() + u'\n';
            static const QRegularExpression exitPattern(u"\\bexit\\s+(\\d+)"_s);
            const auto exitMatch = exitPattern.match(script);
            if (exitMatch.hasMatch()) {
                exitCode = exitMatch.captured(1).toInt();
                if (exitCode != 0)
                    error = u"command exited with status %1"_s.arg(exitCode);
            }
            const QString id = ObjectIdGenerator::fresh(ObjectIdGenerator::Kind::CommandResult);
            const QString responseTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            const QJsonObject result { { u"_id"_s, id }, { u"commandId"_s, command.value(u"_id"_s) },
                { u"name"_s, command.value(u"name"_s) }, { u"command"_s, script }, { u"files"_s, QJsonArray() },
                { u"organization"_s, m_store.organizationId() }, { u"system"_s, system.value(u"displayName"_s) },
                { u"systemId"_s, systemId },
                { u"user"_s, command.value(u"user"_s).toString(u"000000000000000000000000"_s) },
                { u"sudo"_s, command.value(u"sudo"_s).toBool() }, { u"exitCode"_s, exitCode },
                { u"requestTime"_s, requestTime }, { u"responseTime"_s, responseTime },
                { u"workflowId"_s, command.value(u"_id"_s) }, { u"workflowInstanceId"_s, workflowInstanceId },
                { u"response"_s,
                    QJsonObject { { u"id"_s, id }, { u"error"_s, error },
                        { u"data"_s, QJsonObject { { u"exitCode"_s, exitCode }, { u"output"_s, output } } } } } };
            m_store.commandResults().put(m_store.db(), result);
        }
        m_store.commit();
    };
    if (m_delayMs <= 0)
        work();
    else
        QTimer::singleShot(m_delayMs, this, work);
}
