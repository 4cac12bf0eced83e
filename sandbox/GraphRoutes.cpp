#include "GraphRoutes.h"

#include "AgentSimulator.h"
#include "Router.h"
#include "Store.h"
#include "UserRules.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

void GraphRoutes::registerRoutes(Router &router)
{
    const QStringList userTargets = { u"active_directory"_s, u"application"_s, u"g_suite"_s, u"idp_routing_policy"_s,
        u"ldap_server"_s, u"office_365"_s, u"password_manager_item"_s, u"policy"_s, u"policy_group"_s,
        u"radius_server"_s, u"system"_s, u"system_group"_s };
    const QList<Source> sources = {
        { u"users"_s, u"user"_s, userTargets, { u"system"_s, u"system_group"_s } },
        { u"usergroups"_s, u"user_group"_s, userTargets, { u"system"_s, u"system_group"_s } },
        { u"systems"_s, u"system"_s, { u"command"_s, u"policy"_s, u"policy_group"_s, u"user"_s, u"user_group"_s },
            { u"command"_s, u"user"_s, u"user_group"_s } },
        { u"systemgroups"_s, u"system_group"_s,
            { u"command"_s, u"policy"_s, u"policy_group"_s, u"radius_server"_s, u"user"_s, u"user_group"_s },
            { u"command"_s, u"user"_s, u"user_group"_s } },
        { u"commands"_s, u"command"_s, { u"system"_s, u"system_group"_s }, { u"system"_s, u"system_group"_s } },
    };
    for (const Source &source : sources) {
        const QString path = u"/api/v2/%1/:id/associations"_s.arg(source.path);
        router.add("GET", path, [this, source](const ApiRequest &request) { return getAssociations(request, source); });
        router.add(
            "POST", path, [this, source](const ApiRequest &request) { return postAssociation(request, source); });
    }
    struct Traversal
    {
        QString path;
        QString from;
        QString target;
        QString via;
    };
    const QList<Traversal> traversals = {
        { u"users/:id/systemgroups"_s, u"user"_s, u"system_group"_s, u"user_group"_s },
        { u"usergroups/:id/systems"_s, u"user_group"_s, u"system"_s, u"system_group"_s },
        { u"usergroups/:id/systemgroups"_s, u"user_group"_s, u"system_group"_s, {} },
        { u"systemgroups/:id/users"_s, u"system_group"_s, u"user"_s, u"user_group"_s },
        { u"systemgroups/:id/usergroups"_s, u"system_group"_s, u"user_group"_s, {} },
        { u"systems/:id/usergroups"_s, u"system"_s, u"user_group"_s, u"system_group"_s },
        { u"systems/:id/commands"_s, u"system"_s, u"command"_s, u"system_group"_s },
        { u"commands/:id/systems"_s, u"command"_s, u"system"_s, u"system_group"_s },
    };
    for (const Traversal &t : traversals) {
        router.add("GET", u"/api/v2/"_s + t.path,
            [this, t](const ApiRequest &request) { return traversal(request, t.from, t.target, t.via); });
    }
    router.add("GET", u"/api/v2/users/:id/systems"_s,
        [this](const ApiRequest &request) { return traversal(request, u"user"_s, u"system"_s, {}); });
    router.add("GET", u"/api/v2/systems/:id/users"_s,
        [this](const ApiRequest &request) { return traversal(request, u"system"_s, u"user"_s, {}); });
    router.add("GET", u"/api/v2/users/:id/memberof"_s,
        [this](const ApiRequest &request) { return memberOf(request, u"user"_s, u"user_group"_s); });
    router.add("GET", u"/api/v2/systems/:id/memberof"_s,
        [this](const ApiRequest &request) { return memberOf(request, u"system"_s, u"system_group"_s); });
}

bool GraphRoutes::exists(const QString &type, const QString &id) const
{
    Store &store = m_context.store();
    if (type == u"user")
        return store.users().contains(id);
    if (type == u"system")
        return store.systems().contains(id);
    if (type == u"user_group")
        return store.userGroups().contains(id);
    if (type == u"system_group")
        return store.systemGroups().contains(id);
    if (type == u"command")
        return store.commands().contains(id);
    return false;
}

ApiResponse GraphRoutes::getAssociations(const ApiRequest &request, const Source &source)
{
    const QString id = request.param(0);
    if (!exists(source.type, id))
        return ApiResponse::notFound(u"%1 %2"_s.arg(source.type, id));
    QStringList targets;
    for (const QString &value : request.queryValues(u"targets"_s))
        targets += value.split(u',', Qt::SkipEmptyParts);
    if (targets.isEmpty())
        return ApiResponse::badRequest(u"Bad Request: request parameter \"targets\" is required"_s);
    for (const QString &target : std::as_const(targets)) {
        if (!source.allowedTargets.contains(target))
            return ApiResponse::badRequest(u"Bad Request: invalid target type \"%1\""_s.arg(target));
    }
    QString error;
    const auto query = ListQuery::parse(request, ListQuery::Dialect::V2, 100, &error);
    if (!query)
        return ApiResponse::badRequest(error);
    QJsonArray all;
    for (const QString &target : std::as_const(targets)) {
        // Group membership is not an association: it is served by /members and /memberof.
        if (!source.supportedTargets.contains(target))
            continue;
        for (const auto &neighbour : m_context.store().graph().neighbours({ source.type, id }, target)) {
            all.append(QJsonObject { { u"attributes"_s, neighbour.attributes },
                { u"to"_s, QJsonObject { { u"id"_s, neighbour.id }, { u"type"_s, target } } },
                { u"from"_s, QJsonObject { { u"id"_s, id }, { u"type"_s, source.type } } } });
        }
    }
    QList<QByteArray> items;
    for (qsizetype i = query->skip; i < all.size() && items.size() < query->limit; ++i)
        items.append(QJsonDocument(all.at(i).toObject()).toJson(QJsonDocument::Compact));
    return ApiResponse::v2List(all.size(), items);
}

std::optional<ApiResponse> GraphRoutes::bindingBlocker(const GraphStore::Node &a, const GraphStore::Node &b) const
{
    const bool aIsUserSide = a.type == u"user" || a.type == u"user_group";
    const GraphStore::Node &userSide = aIsUserSide ? a : b;
    const GraphStore::Node &systemSide = aIsUserSide ? b : a;
    if (userSide.type == u"command" || systemSide.type == u"command")
        return std::nullopt;
    Store &store = m_context.store();
    const QSet<QString> users = m_context.agents().usersOf(userSide);
    QList<QJsonObject> systems;
    for (const QString &systemId : m_context.agents().systemsOf(systemSide))
        systems.append(store.systems().object(systemId));
    for (const QString &userId : users) {
        const QJsonObject user = store.users().object(userId);
        for (const QJsonObject &system : std::as_const(systems)) {
            if (auto blocker = UserRules::bindingBlocker(user, system))
                return ApiResponse::error(blocker->status, blocker->message);
        }
    }
    return std::nullopt;
}

ApiResponse GraphRoutes::postAssociation(const ApiRequest &request, const Source &source)
{
    const QString id = request.param(0);
    if (!exists(source.type, id))
        return ApiResponse::notFound(u"%1 %2"_s.arg(source.type, id));
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    const QString op = body.value(u"op"_s).toString();
    const QString type = body.value(u"type"_s).toString();
    const QString targetId = body.value(u"id"_s).toString();
    if (op != u"add" && op != u"remove" && op != u"update")
        return ApiResponse::badRequest(u"Bad Request: op must be add, remove or update"_s);
    if (!source.allowedTargets.contains(type))
        return ApiResponse::badRequest(
            u"Bad Request: invalid type \"%1\" for %2 associations"_s.arg(type, source.type));
    if (!source.supportedTargets.contains(type))
        return ApiResponse::badRequest(u"Bad Request: the sandbox does not store %1 associations"_s.arg(type));
    if (!exists(type, targetId))
        return ApiResponse::notFound(u"%1 %2"_s.arg(type, targetId));
    QJsonValue attributes = body.value(u"attributes"_s);
    if (!attributes.isObject())
        attributes = QJsonValue::Null;
    const QJsonValue sudo = attributes.toObject().value(u"sudo"_s);
    if (sudo.isObject()
        && (!sudo.toObject().value(u"enabled"_s).isBool() || !sudo.toObject().value(u"withoutPassword"_s).isBool()))
        return ApiResponse::badRequest(u"Bad Request: attributes.sudo needs both enabled and withoutPassword"_s);

    Store &store = m_context.store();
    const GraphStore::Node from { source.type, id };
    const GraphStore::Node to { type, targetId };
    const bool exists = store.graph().hasEdge(from, to);
    if (op == u"add") {
        if (exists)
            return ApiResponse::error(409, u"Conflict: the association already exists"_s);
        if (auto blocker = bindingBlocker(from, to))
            return *blocker;
        store.graph().setEdge(store.db(), from, to, attributes);
    } else if (op == u"update") {
        if (!exists)
            return ApiResponse::notFound(u"association"_s);
        // update without attributes demotes (PowerShell support#347 relies on that).
        store.graph().setEdge(store.db(), from, to, attributes);
    } else {
        if (!exists)
            return ApiResponse::notFound(u"association"_s);
        store.graph().removeEdge(store.db(), from, to);
    }
    m_context.agents().reconcileEdge(from, to);
    return ApiResponse::noContent();
}

ApiResponse GraphRoutes::reachList(const ApiRequest &request, const QList<GraphStore::Reach> &reach)
{
    QString error;
    const auto query = ListQuery::parse(request, ListQuery::Dialect::V2, 100, &error);
    if (!query)
        return ApiResponse::badRequest(error);
    QList<GraphStore::Reach> filtered;
    for (const GraphStore::Reach &r : reach) {
        bool keep = true;
        for (const ListQuery::Filter &filter : query->filters) {
            if (filter.field == u"id" || filter.field == u"_id") {
                const bool in = filter.values.contains(r.id);
                keep = keep && ((filter.op == u"ne" || filter.op == u"nin") ? !in : in);
            }
        }
        if (keep)
            filtered.append(r);
    }
    QList<QByteArray> items;
    for (qsizetype i = query->skip; i < filtered.size() && items.size() < query->limit; ++i)
        items.append(QJsonDocument(filtered.at(i).toJson()).toJson(QJsonDocument::Compact));
    return ApiResponse::v2List(filtered.size(), items);
}

ApiResponse GraphRoutes::traversal(
    const ApiRequest &request, const QString &fromType, const QString &targetType, const QString &viaType)
{
    const QString id = request.param(0);
    if (!exists(fromType, id))
        return ApiResponse::notFound(u"%1 %2"_s.arg(fromType, id));
    const GraphStore &graph = m_context.store().graph();
    const auto sources = m_context.agents().sudoSources();
    if (fromType == u"user" && targetType == u"system")
        return reachList(request, graph.systemsOfUser(id, sources));
    if (fromType == u"system" && targetType == u"user")
        return reachList(request, graph.usersOfSystem(id, sources));
    return reachList(request, graph.traverse({ fromType, id }, targetType, viaType));
}

ApiResponse GraphRoutes::memberOf(const ApiRequest &request, const QString &fromType, const QString &groupType)
{
    const QString id = request.param(0);
    if (!exists(fromType, id))
        return ApiResponse::notFound(u"%1 %2"_s.arg(fromType, id));
    return reachList(request, m_context.store().graph().traverse({ fromType, id }, groupType, {}));
}
