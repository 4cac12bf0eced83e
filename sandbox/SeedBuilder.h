#pragma once

#include "GraphStore.h"
#include "LocalAccount.h"

#include <QJsonObject>
#include <QString>

class AgentSimulator;
class Store;

// Shared plumbing of the three seeds: builds believable objects with deterministic ids and writes them in one
// transaction. Seeds decide what exists; this class decides what each object looks like.
class SeedBuilder
{
public:
    struct DeviceSpec
    {
        QString displayName;
        QString hostname;
        QString osFamily; // windows | darwin | linux
        QString os; // empty: derived from osFamily
        QString version;
        bool active = true;
        QString serialNumber;
    };

    explicit SeedBuilder(Store &store);
    ~SeedBuilder();
    Q_DISABLE_COPY_MOVE(SeedBuilder)

    void createOrganization(const QString &name, const QJsonObject &settings, const QJsonObject &ssao);
    // fields are user attributes (username, email, ...); "password" marks the user as having credentials.
    QString addUser(const QJsonObject &fields);
    QString addSystem(const DeviceSpec &spec);
    QString addUserGroup(const QString &name, const QJsonObject &attributes, const QString &description = {});
    QString addSystemGroup(const QString &name, const QString &description = {});
    void link(const GraphStore::Node &a, const GraphStore::Node &b, bool sudo = false, bool withoutPassword = false);
    void addLocalAccount(const LocalAccount &account);
    // A local account made like the agent would, with the next free uid on that device.
    LocalAccount makeAccount(const QString &systemId, const QString &name);
    QString osFamilyOf(const QString &systemId) const { return m_osFamilies.value(systemId); }
    // Lets the agents converge every bound pair (small seeds only; the generator writes accounts itself).
    void applyAgents(AgentSimulator &agents);
    void finish();

private:
    Store &m_store;
    quint64 m_counter = 0;
    QHash<QString, QString> m_osFamilies;
    QHash<QString, int> m_nextUid;
    QString m_organizationId;
    QJsonObject m_userTemplate;
    bool m_open = true;
};
