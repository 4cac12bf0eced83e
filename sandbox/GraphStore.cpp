#include "GraphStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {
QJsonObject hop(const QString &type, const QString &id, const QJsonValue &attributes)
{
    return QJsonObject { { u"to"_s, QJsonObject { { u"id"_s, id }, { u"type"_s, type } } },
        { u"attributes"_s, attributes.isObject() ? attributes : QJsonValue(QJsonValue::Null) } };
}
} // namespace

void GraphStore::Sudo::merge(const QJsonValue &attributes)
{
    const QJsonObject sudo = attributes.toObject().value(u"sudo"_s).toObject();
    if (sudo.value(u"enabled"_s).toBool()) {
        enabled = true;
        withoutPassword = withoutPassword || sudo.value(u"withoutPassword"_s).toBool();
    }
}

void GraphStore::Sudo::merge(const Sudo &other)
{
    if (other.enabled) {
        enabled = true;
        withoutPassword = withoutPassword || other.withoutPassword;
    }
}

QJsonObject GraphStore::Sudo::toJson() const
{
    return QJsonObject { { u"enabled"_s, enabled }, { u"withoutPassword"_s, enabled && withoutPassword } };
}

QJsonObject GraphStore::Reach::toJson() const
{
    return QJsonObject { { u"id"_s, id }, { u"type"_s, type }, { u"paths"_s, paths },
        { u"compiledAttributes"_s, QJsonObject { { u"sudo"_s, sudo.toJson() } } } };
}

GraphStore::GraphStore() = default;
GraphStore::~GraphStore() = default;

void GraphStore::releaseStatements()
{
    m_upsert.reset();
}

void GraphStore::createSchema(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(
        u"CREATE TABLE IF NOT EXISTS edges (a TEXT NOT NULL, b TEXT NOT NULL, attrs TEXT, PRIMARY KEY (a, b))"_s);
}

void GraphStore::load(QSqlDatabase &db)
{
    m_adjacency.clear();
    m_edgeCount = 0;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(u"SELECT a, b, attrs FROM edges"_s);
    while (query.next()) {
        const QString attrs = query.value(2).toString();
        const QJsonValue attributes = attrs.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(QJsonDocument::fromJson(attrs.toUtf8()).object());
        link(query.value(0).toString(), query.value(1).toString(), attributes);
    }
}

void GraphStore::link(const QString &a, const QString &b, const QJsonValue &attributes)
{
    auto &fromA = m_adjacency[a];
    if (!fromA.contains(b))
        ++m_edgeCount;
    fromA.insert(b, attributes);
    m_adjacency[b].insert(a, attributes);
}

bool GraphStore::hasEdge(const Node &a, const Node &b) const
{
    const auto it = m_adjacency.constFind(a.key());
    return it != m_adjacency.constEnd() && it->contains(b.key());
}

QJsonValue GraphStore::attributes(const Node &a, const Node &b) const
{
    return m_adjacency.value(a.key()).value(b.key(), QJsonValue(QJsonValue::Null));
}

bool GraphStore::setEdge(QSqlDatabase &db, const Node &a, const Node &b, const QJsonValue &attributes)
{
    const QString ka = a.key();
    const QString kb = b.key();
    if (!m_upsert) {
        m_upsert = std::make_unique<QSqlQuery>(db);
        m_upsert->prepare(u"INSERT OR REPLACE INTO edges (a, b, attrs) VALUES (?, ?, ?)"_s);
    }
    QSqlQuery &query = *m_upsert;
    query.bindValue(0, std::min(ka, kb));
    query.bindValue(1, std::max(ka, kb));
    query.bindValue(2,
        attributes.isObject()
            ? QVariant(QString::fromUtf8(QJsonDocument(attributes.toObject()).toJson(QJsonDocument::Compact)))
            : QVariant());
    if (!query.exec())
        return false;
    query.finish();
    link(ka, kb, attributes.isObject() ? attributes : QJsonValue(QJsonValue::Null));
    return true;
}

void GraphStore::insertBulk(QSqlDatabase &db, const Node &a, const Node &b, const QJsonValue &attributes)
{
    setEdge(db, a, b, attributes);
}

bool GraphStore::removeEdge(QSqlDatabase &db, const Node &a, const Node &b)
{
    const QString ka = a.key();
    const QString kb = b.key();
    if (!m_adjacency.value(ka).contains(kb))
        return false;
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM edges WHERE a = ? AND b = ?"_s);
    query.addBindValue(std::min(ka, kb));
    query.addBindValue(std::max(ka, kb));
    query.exec();
    m_adjacency[ka].remove(kb);
    m_adjacency[kb].remove(ka);
    --m_edgeCount;
    return true;
}

void GraphStore::removeNode(QSqlDatabase &db, const Node &node)
{
    const QString key = node.key();
    const QStringList others = m_adjacency.value(key).keys();
    for (const QString &other : others) {
        const qsizetype colon = other.indexOf(u':');
        removeEdge(db, node, Node { other.left(colon), other.mid(colon + 1) });
    }
    m_adjacency.remove(key);
}

QList<GraphStore::Neighbour> GraphStore::neighbours(const Node &node, const QString &type) const
{
    QList<Neighbour> result;
    const auto it = m_adjacency.constFind(node.key());
    if (it == m_adjacency.constEnd())
        return result;
    const QString prefix = type + u':';
    for (auto edge = it->constBegin(); edge != it->constEnd(); ++edge) {
        if (edge.key().startsWith(prefix))
            result.append({ edge.key().mid(prefix.size()), edge.value() });
    }
    std::sort(result.begin(), result.end(), [](const Neighbour &l, const Neighbour &r) { return l.id < r.id; });
    return result;
}

QList<GraphStore::Reach> GraphStore::systemsOfUser(const QString &userId, const SudoSources &sources) const
{
    std::map<QString, Reach> reach;
    const Sudo userSudo = sources.userSudo ? sources.userSudo(userId) : Sudo {};
    const auto add = [&](const QString &systemId, const QJsonArray &path, const Sudo &sudo) {
        Reach &r = reach[systemId];
        r.id = systemId;
        r.type = u"system"_s;
        r.paths.append(path);
        r.sudo.merge(sudo);
        r.sudo.merge(userSudo);
    };
    const Node user { u"user"_s, userId };
    for (const Neighbour &system : neighbours(user, u"system"_s)) {
        Sudo sudo;
        sudo.merge(system.attributes);
        add(system.id, QJsonArray { hop(u"system"_s, system.id, system.attributes) }, sudo);
    }
    for (const Neighbour &group : neighbours(user, u"system_group"_s)) {
        for (const Neighbour &system : neighbours({ u"system_group"_s, group.id }, u"system"_s)) {
            Sudo sudo;
            sudo.merge(group.attributes);
            add(system.id,
                QJsonArray { hop(u"system_group"_s, group.id, group.attributes), hop(u"system"_s, system.id, {}) },
                sudo);
        }
    }
    for (const Neighbour &userGroup : neighbours(user, u"user_group"_s)) {
        const Sudo groupSudo = sources.userGroupSudo ? sources.userGroupSudo(userGroup.id) : Sudo {};
        const Node ug { u"user_group"_s, userGroup.id };
        for (const Neighbour &system : neighbours(ug, u"system"_s)) {
            Sudo sudo = groupSudo;
            sudo.merge(system.attributes);
            add(system.id,
                QJsonArray { hop(u"user_group"_s, userGroup.id, {}), hop(u"system"_s, system.id, system.attributes) },
                sudo);
        }
        for (const Neighbour &group : neighbours(ug, u"system_group"_s)) {
            for (const Neighbour &system : neighbours({ u"system_group"_s, group.id }, u"system"_s)) {
                Sudo sudo = groupSudo;
                sudo.merge(group.attributes);
                add(system.id,
                    QJsonArray { hop(u"user_group"_s, userGroup.id, {}),
                        hop(u"system_group"_s, group.id, group.attributes), hop(u"system"_s, system.id, {}) },
                    sudo);
            }
        }
    }
    QList<Reach> result;
    for (auto &[id, r] : reach)
        result.append(r);
    return result;
}

QList<GraphStore::Reach> GraphStore::usersOfSystem(const QString &systemId, const SudoSources &sources) const
{
    std::map<QString, Reach> reach;
    const auto add = [&](const QString &userId, const QJsonArray &path, const Sudo &sudo) {
        Reach &r = reach[userId];
        r.id = userId;
        r.type = u"user"_s;
        r.paths.append(path);
        r.sudo.merge(sudo);
    };
    const Node system { u"system"_s, systemId };
    const auto groupSudo
        = [&](const QString &id) { return sources.userGroupSudo ? sources.userGroupSudo(id) : Sudo {}; };
    for (const Neighbour &user : neighbours(system, u"user"_s)) {
        Sudo sudo;
        sudo.merge(user.attributes);
        add(user.id, QJsonArray { hop(u"user"_s, user.id, user.attributes) }, sudo);
    }
    for (const Neighbour &userGroup : neighbours(system, u"user_group"_s)) {
        for (const Neighbour &user : neighbours({ u"user_group"_s, userGroup.id }, u"user"_s)) {
            Sudo sudo = groupSudo(userGroup.id);
            sudo.merge(userGroup.attributes);
            add(user.id,
                QJsonArray { hop(u"user_group"_s, userGroup.id, userGroup.attributes), hop(u"user"_s, user.id, {}) },
                sudo);
        }
    }
    for (const Neighbour &group : neighbours(system, u"system_group"_s)) {
        const Node sg { u"system_group"_s, group.id };
        for (const Neighbour &user : neighbours(sg, u"user"_s)) {
            Sudo sudo;
            sudo.merge(user.attributes);
            add(user.id, QJsonArray { hop(u"system_group"_s, group.id, {}), hop(u"user"_s, user.id, user.attributes) },
                sudo);
        }
        for (const Neighbour &userGroup : neighbours(sg, u"user_group"_s)) {
            for (const Neighbour &user : neighbours({ u"user_group"_s, userGroup.id }, u"user"_s)) {
                Sudo sudo = groupSudo(userGroup.id);
                sudo.merge(userGroup.attributes);
                add(user.id,
                    QJsonArray { hop(u"system_group"_s, group.id, {}),
                        hop(u"user_group"_s, userGroup.id, userGroup.attributes), hop(u"user"_s, user.id, {}) },
                    sudo);
            }
        }
    }
    QList<Reach> result;
    for (auto &[id, r] : reach) {
        if (sources.userSudo)
            r.sudo.merge(sources.userSudo(id));
        result.append(r);
    }
    return result;
}

bool GraphStore::isBound(const QString &userId, const QString &systemId, const SudoSources &sources, Sudo *sudo) const
{
    for (const Reach &r : systemsOfUser(userId, sources)) {
        if (r.id == systemId) {
            if (sudo)
                *sudo = r.sudo;
            return true;
        }
    }
    return false;
}

QList<GraphStore::Reach> GraphStore::traverse(const Node &from, const QString &targetType, const QString &viaType) const
{
    std::map<QString, Reach> reach;
    const auto add = [&](const QString &id, const QJsonArray &path, const QJsonValue &attributes) {
        Reach &r = reach[id];
        r.id = id;
        r.type = targetType;
        r.paths.append(path);
        r.sudo.merge(attributes);
    };
    for (const Neighbour &direct : neighbours(from, targetType))
        add(direct.id, QJsonArray { hop(targetType, direct.id, direct.attributes) }, direct.attributes);
    if (!viaType.isEmpty()) {
        for (const Neighbour &via : neighbours(from, viaType)) {
            for (const Neighbour &target : neighbours({ viaType, via.id }, targetType))
                add(target.id, QJsonArray { hop(viaType, via.id, via.attributes), hop(targetType, target.id, {}) },
                    via.attributes);
        }
    }
    QList<Reach> result;
    for (auto &[id, r] : reach)
        result.append(r);
    return result;
}
