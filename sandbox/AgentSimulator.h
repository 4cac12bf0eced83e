#pragma once

#include "GraphStore.h"
#include "LocalAccount.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class Store;

// Plays the device agents. Agents are state-based like the real ones at check-in: for each (user, device) pair they
// compare "is this user bound here (directly or through groups)?" with the local accounts and converge — take over a
// matching account or create one, update admin rights, or leave the account unmanaged after an unbind. Work runs
// after --agent-delay-ms (0 = before the HTTP response of the binding call).
class AgentSimulator final : public QObject
{
    Q_OBJECT
public:
    AgentSimulator(Store &store, int delayMs, QObject *parent = nullptr);

    GraphStore::SudoSources sudoSources() const;

    // Schedules convergence for every pair users × systems (immediate: ignore the delay, used by seeds).
    void reconcile(const QSet<QString> &userIds, const QSet<QString> &systemIds, bool immediate = false);
    // Pairs touched by a change of the edge a–b (call after the change; group endpoints expand to their members).
    void reconcileEdge(const GraphStore::Node &a, const GraphStore::Node &b);
    // Every device the user reaches or has a managed account on (user edits: sudo, state, deletion).
    void reconcileUser(const QString &userId);
    void reconcileUserGroup(const QString &groupId);

    // Runs a command on the given devices and records one command result per device after the delay.
    void runCommand(const QJsonObject &command, const QStringList &systemIds, const QString &workflowInstanceId);

    // Applies one binding at once (self-service login); returns the account it created.
    LocalAccount applyBinding(const QString &userId, const QString &systemId);

    // Expansion helpers, also used by routes.
    QSet<QString> usersOf(const GraphStore::Node &node) const;
    QSet<QString> systemsOf(const GraphStore::Node &node) const;

    // A believable new local account for an OS (uid, home, shell), used by the agent and the seeds.
    static LocalAccount newAccount(const QString &systemId, const QString &osFamily, const QString &name, int uid);

private:
    using Reach = QHash<QString, GraphStore::Sudo>; // system id → the rights the user has there

    Reach reachOf(const QString &userId) const;
    void converge(const QString &userId, const QString &systemId, const Reach &reach);
    LocalAccount applyBinding(const QString &userId, const QString &systemId, const GraphStore::Sudo &sudo);
    int nextUid(const QString &systemId, const QString &osFamily) const;

    Store &m_store;
    int m_delayMs;
};
