#include "GroupsRoutes.h"

#include "AgentSimulator.h"
#include "ObjectIdGenerator.h"
#include "Router.h"
#include "Store.h"
#include "UserRules.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// Writable group fields; for user groups attributes carries sudo, ldapGroups, posixGroups, sambaEnabled...
const QStringList &writableGroupFields()
{
    static const QStringList fields = { u"name"_s, u"description"_s, u"email"_s, u"attributes"_s, u"membershipMethod"_s,
        u"memberQuery"_s, u"memberQueryExemptions"_s, u"memberSuggestionsNotify"_s };
    return fields;
}
} // namespace

void GroupsRoutes::registerRoutes(Router &router)
{
    Store &store = m_context.store();
    registerKind(router, { u"usergroups"_s, u"user_group"_s, u"user"_s, &store.userGroups(), &store.users() });
    registerKind(
        router, { u"systemgroups"_s, u"system_group"_s, u"system"_s, &store.systemGroups(), &store.systems() });
}

void GroupsRoutes::registerKind(Router &router, const Kind &kind)
{
    const QString base = u"/api/v2/"_s + kind.path;
    router.add("GET", base, [this, kind](const ApiRequest &request) {
        return m_context.listCollection(request, *kind.collection, ListQuery::Dialect::V2);
    });
    router.add("POST", base, [this, kind](const ApiRequest &request) { return create(request, kind); });
    router.add("GET", base + u"/:id"_s, [kind](const ApiRequest &request) {
        return RouteContext::objectOr404(*kind.collection, request.param(0), u"group"_s);
    });
    router.add("PUT", base + u"/:id"_s, [this, kind](const ApiRequest &request) { return replace(request, kind); });
    router.add("DELETE", base + u"/:id"_s, [this, kind](const ApiRequest &request) { return remove(request, kind); });
    router.add("GET", base + u"/:id/members"_s,
        [this, kind](const ApiRequest &request) { return listMembers(request, kind, false); });
    router.add("POST", base + u"/:id/members"_s,
        [this, kind](const ApiRequest &request) { return editMembers(request, kind); });
    router.add("GET", base + u"/:id/membership"_s,
        [this, kind](const ApiRequest &request) { return listMembers(request, kind, true); });
}

std::optional<ApiResponse> GroupsRoutes::validate(
    const QJsonObject &body, const Kind &kind, const QString &excludeId) const
{
    const QString name = body.value(u"name"_s).toString();
    if (name.trimmed().isEmpty())
        return ApiResponse::badRequest(u"Bad Request: name is required"_s);
    const QString owner = kind.collection->findByIndexed(m_context.store().db(), u"name_lc"_s, name);
    if (!owner.isEmpty() && owner != excludeId)
        return ApiResponse::error(409, u"name \"%1\" already exists"_s.arg(name));
    const QJsonObject sudo = body.value(u"attributes"_s).toObject().value(u"sudo"_s).toObject();
    if (!sudo.isEmpty() && (!sudo.value(u"enabled"_s).isBool() || !sudo.value(u"withoutPassword"_s).isBool()))
        return ApiResponse::badRequest(u"Bad Request: attributes.sudo needs both enabled and withoutPassword"_s);
    return std::nullopt;
}

ApiResponse GroupsRoutes::create(const ApiRequest &request, const Kind &kind)
{
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    if (auto error = validate(body, kind, {}))
        return *error;
    Store &store = m_context.store();
    const auto idKind
        = kind.type == u"user_group" ? ObjectIdGenerator::Kind::UserGroup : ObjectIdGenerator::Kind::SystemGroup;
    QJsonObject group { { u"id"_s, ObjectIdGenerator::fresh(idKind) }, { u"type"_s, kind.type },
        { u"description"_s, QString() }, { u"email"_s, QString() }, { u"attributes"_s, QJsonObject() },
        { u"membershipMethod"_s, u"STATIC"_s }, { u"organizationObjectId"_s, store.organizationId() } };
    for (const QString &field : writableGroupFields()) {
        if (body.contains(field))
            group.insert(field, body.value(field));
    }
    kind.collection->put(store.db(), group);
    return ApiResponse::json(201, kind.collection->raw(group.value(u"id"_s).toString()));
}

ApiResponse GroupsRoutes::replace(const ApiRequest &request, const Kind &kind)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!kind.collection->contains(id))
        return ApiResponse::notFound(u"group "_s + id);
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    if (auto error = validate(body, kind, id))
        return *error;
    const QJsonObject before = kind.collection->object(id);
    // PUT replaces the group: fields left out go back to their defaults.
    QJsonObject group { { u"id"_s, id }, { u"type"_s, kind.type }, { u"description"_s, QString() },
        { u"email"_s, QString() }, { u"attributes"_s, QJsonObject() },
        { u"membershipMethod"_s, before.value(u"membershipMethod"_s) },
        { u"organizationObjectId"_s, before.value(u"organizationObjectId"_s) } };
    for (const QString &field : writableGroupFields()) {
        if (body.contains(field))
            group.insert(field, body.value(field));
    }
    kind.collection->put(store.db(), group);
    if (kind.type == u"user_group" && group.value(u"attributes"_s) != before.value(u"attributes"_s))
        m_context.agents().reconcileUserGroup(id); // group sudo changes reach the devices
    return ApiResponse::json(200, kind.collection->raw(id));
}

ApiResponse GroupsRoutes::remove(const ApiRequest &request, const Kind &kind)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!kind.collection->contains(id))
        return ApiResponse::notFound(u"group "_s + id);
    const GraphStore::Node node { kind.type, id };
    AgentSimulator &agents = m_context.agents();
    // Who loses access must be computed while the group still links them.
    const QSet<QString> users = agents.usersOf(node);
    const QSet<QString> systems = agents.systemsOf(node);
    const QByteArray deleted = kind.collection->raw(id);
    store.begin();
    store.graph().removeNode(store.db(), node);
    kind.collection->remove(store.db(), id);
    store.commit();
    if (kind.type == u"user_group") {
        for (const QString &user : users)
            agents.reconcileUser(user);
    } else {
        for (const QString &system : systems)
            agents.reconcile(agents.usersOf({ u"system"_s, system }) + users, { system });
    }
    return ApiResponse::json(200, deleted);
}

ApiResponse GroupsRoutes::listMembers(const ApiRequest &request, const Kind &kind, bool asMembership)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!kind.collection->contains(id))
        return ApiResponse::notFound(u"group "_s + id);
    QString error;
    const auto query = ListQuery::parse(request, ListQuery::Dialect::V2, 100, &error);
    if (!query)
        return ApiResponse::badRequest(error);
    const auto members = store.graph().neighbours({ kind.type, id }, kind.memberType);
    QList<QByteArray> items;
    for (qsizetype i = query->skip; i < members.size() && items.size() < query->limit; ++i) {
        const QString &memberId = members.at(i).id;
        QJsonObject item;
        if (asMembership) {
            // GraphObjectWithPaths: no nested groups in the sandbox, so every path is the direct edge.
            const QJsonObject hop { { u"to"_s, QJsonObject { { u"id"_s, memberId }, { u"type"_s, kind.memberType } } },
                { u"attributes"_s, QJsonValue::Null } };
            item = QJsonObject { { u"id"_s, memberId }, { u"type"_s, kind.memberType },
                { u"paths"_s, QJsonArray { QJsonArray { hop } } }, { u"compiledAttributes"_s, QJsonObject() } };
        } else {
            item = QJsonObject { { u"to"_s, QJsonObject { { u"id"_s, memberId }, { u"type"_s, kind.memberType } } },
                { u"attributes"_s, QJsonValue::Null } };
        }
        items.append(QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
    return ApiResponse::v2List(members.size(), items);
}

ApiResponse GroupsRoutes::editMembers(const ApiRequest &request, const Kind &kind)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!kind.collection->contains(id))
        return ApiResponse::notFound(u"group "_s + id);
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    const QString op = body.value(u"op"_s).toString();
    const QString type = body.value(u"type"_s).toString(kind.memberType);
    const QString memberId = body.value(u"id"_s).toString();
    if (op != u"add" && op != u"remove")
        return ApiResponse::badRequest(u"Bad Request: op must be add or remove"_s);
    if (type != kind.memberType)
        return ApiResponse::badRequest(u"Bad Request: type must be %1"_s.arg(kind.memberType));
    if (!kind.members->contains(memberId))
        return ApiResponse::notFound(u"%1 %2"_s.arg(kind.memberType, memberId));
    const GraphStore::Node group { kind.type, id };
    const GraphStore::Node member { kind.memberType, memberId };
    if (op == u"add") {
        if (store.graph().hasEdge(group, member))
            return ApiResponse::error(409, u"%1 %2 is already a member"_s.arg(kind.memberType, memberId));
        if (kind.memberType == u"user") {
            // Joining a group binds the user to the group's devices: the per-OS name limits apply.
            const QJsonObject user = store.users().object(memberId);
            for (const QString &systemId : m_context.agents().systemsOf(group)) {
                if (auto blocker = UserRules::bindingBlocker(user, store.systems().object(systemId)))
                    return ApiResponse::error(blocker->status, blocker->message);
            }
        }
        store.graph().setEdge(store.db(), group, member, QJsonValue::Null);
    } else {
        if (!store.graph().removeEdge(store.db(), group, member))
            return ApiResponse::notFound(u"membership of %1 %2"_s.arg(kind.memberType, memberId));
    }
    m_context.agents().reconcileEdge(group, member);
    return ApiResponse::noContent();
}
