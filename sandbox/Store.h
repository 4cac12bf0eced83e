#pragma once

#include "DocumentCollection.h"
#include "GraphStore.h"
#include "LocalAccount.h"

#include <QSqlDatabase>
#include <memory>
#include <map>
#include <optional>

class QSqlQuery;

// Everything the sandbox directory holds: the object collections, the graph, the devices' local accounts and the
// org-wide settings, over one SQLite connection (in memory unless --data names a file).
class Store
{
public:
    Store();
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    bool open(const QString &dataFile, QString *error);
    // True when the database already held an org (a --data file from an earlier run): seeds are then skipped.
    bool hasOrganization() const { return m_organizations.size() > 0; }

    QSqlDatabase &db() { return m_db; }
    void begin() { m_db.transaction(); }
    void commit() { m_db.commit(); }

    DocumentCollection &users() { return m_users; }
    DocumentCollection &systems() { return m_systems; }
    DocumentCollection &userGroups() { return m_userGroups; }
    DocumentCollection &systemGroups() { return m_systemGroups; }
    DocumentCollection &commands() { return m_commands; }
    DocumentCollection &commandResults() { return m_commandResults; }
    DocumentCollection &organizations() { return m_organizations; }
    GraphStore &graph() { return m_graph; }

    QString organizationId() const;
    QJsonObject organization() const;
    QJsonObject organizationSettings() const;

    QJsonObject setting(const QString &key) const;
    void setSetting(const QString &key, const QJsonObject &value);

    QList<LocalAccount> localAccounts(const QString &systemId) const;
    // The agent's lookups, one device's rows through the (system_id, username) key instead of all its accounts: a
    // device in a bound group collects an account per member, and the agent asks once per member it converges.
    std::optional<LocalAccount> managedLocalAccount(const QString &systemId, const QString &userId) const;
    // Accounts whose name equals `username` ignoring ASCII case (SQLite's NOCASE), by name.
    QList<LocalAccount> localAccountsNamedLike(const QString &systemId, const QString &username) const;
    // The highest numeric uid on the device; 0 without one.
    int maxLocalUid(const QString &systemId) const;
    void putLocalAccount(const LocalAccount &account);
    void removeLocalAccounts(const QString &systemId);
    // System Insights listing: filters on system_id/username (eq/in), sorted, paged.
    QList<LocalAccount> listLocalAccounts(const QStringList &systemIds, const QStringList &usernames,
        const QString &orderBy, int limit, int skip, qint64 *total) const;

private:
    void createSchema();
    QList<LocalAccount> selectLocalAccounts(const QString &whereAndOrder, const QVariantList &values) const;
    // One prepared statement per SQL text, kept for the store's life: the agent asks thousands of times a second.
    QSqlQuery &prepared(const QString &sql) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_putAccount;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    DocumentCollection m_users;
    DocumentCollection m_systems;
    DocumentCollection m_userGroups;
    DocumentCollection m_systemGroups;
    DocumentCollection m_commands;
    DocumentCollection m_commandResults;
    DocumentCollection m_organizations;
    GraphStore m_graph;
};
