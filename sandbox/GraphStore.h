#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QSqlQuery;

// The directory graph: undirected edges between typed nodes (user, system, user_group, system_group, command),
// each with optional attributes (sudo). Membership (user–user_group, system–system_group) and associations are
// the same kind of edge, so an edge edited from either side is one edge. Kept in memory for traversals, written
// through to SQLite for --data persistence.
class GraphStore
{
public:
    struct Node
    {
        QString type;
        QString id;
        QString key() const { return type + u':' + id; }
    };
    struct Neighbour
    {
        QString id;
        QJsonValue attributes; // null or {"sudo":{...}}
    };
    struct Sudo
    {
        bool enabled = false;
        bool withoutPassword = false;
        void merge(const QJsonValue &attributes);
        void merge(const Sudo &other);
        QJsonObject toJson() const;
    };
    // One reachable object with every route to it (the GraphObjectWithPaths shape).
    struct Reach
    {
        QString id;
        QString type;
        QJsonArray paths;
        Sudo sudo;
        QJsonObject toJson() const;
    };
    // Facts the graph does not own but the sudo merge needs.
    struct SudoSources
    {
        std::function<Sudo(const QString &userGroupId)> userGroupSudo;
        std::function<Sudo(const QString &userId)> userSudo;
    };

    GraphStore();
    ~GraphStore();
    Q_DISABLE_COPY_MOVE(GraphStore)
    void releaseStatements();
    void createSchema(QSqlDatabase &db);
    void load(QSqlDatabase &db);

    bool hasEdge(const Node &a, const Node &b) const;
    QJsonValue attributes(const Node &a, const Node &b) const;
    bool setEdge(QSqlDatabase &db, const Node &a, const Node &b, const QJsonValue &attributes);
    bool removeEdge(QSqlDatabase &db, const Node &a, const Node &b);
    void removeNode(QSqlDatabase &db, const Node &node);
    // Direct neighbours of a given type, sorted by id.
    QList<Neighbour> neighbours(const Node &node, const QString &type) const;
    qint64 edgeCount() const { return m_edgeCount; }

    // Effective user↔system bindings through direct edges and groups.
    QList<Reach> systemsOfUser(const QString &userId, const SudoSources &sources) const;
    QList<Reach> usersOfSystem(const QString &systemId, const SudoSources &sources) const;
    bool isBound(const QString &userId, const QString &systemId, const SudoSources &sources, Sudo *sudo) const;
    // Direct edges to targetType plus routes through one intermediate node of viaType (empty: direct only), e.g.
    // user_group → system directly and via system groups. Covers the group traversals of API.md §5.
    QList<Reach> traverse(const Node &from, const QString &targetType, const QString &viaType) const;

    // Bulk insert for seeds: no duplicate checks, caller wraps it in a transaction.
    void insertBulk(QSqlDatabase &db, const Node &a, const Node &b, const QJsonValue &attributes);

private:
    static QString canonicalKey(const QString &a, const QString &b) { return a < b ? a + u'|' + b : b + u'|' + a; }
    void link(const QString &a, const QString &b, const QJsonValue &attributes);

    QHash<QString, QHash<QString, QJsonValue>> m_adjacency; // node key → neighbour key → attributes
    qint64 m_edgeCount = 0;
    std::unique_ptr<QSqlQuery> m_upsert;
};
