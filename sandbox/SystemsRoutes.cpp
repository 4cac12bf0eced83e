#include "SystemsRoutes.h"

#include "Router.h"
#include "Store.h"

using namespace Qt::StringLiterals;

void SystemsRoutes::registerRoutes(Router &router)
{
    Store &store = m_context.store();
    router.add("GET", u"/api/systems"_s, [this, &store](const ApiRequest &request) {
        return m_context.listCollection(request, store.systems(), ListQuery::Dialect::V1);
    });
    router.add("GET", u"/api/systems/:id"_s, [&store](const ApiRequest &request) {
        return RouteContext::objectOr404(store.systems(), request.param(0), u"system"_s);
    });
    router.add("PUT", u"/api/systems/:id"_s, [this](const ApiRequest &request) { return update(request); });
    router.add("DELETE", u"/api/systems/:id"_s, [this](const ApiRequest &request) { return remove(request); });
}

ApiResponse SystemsRoutes::update(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.systems().contains(id))
        return ApiResponse::notFound(u"system "_s + id);
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    // Only systemput fields; everything else is reported by the agent.
    static const QStringList writable = { u"displayName"_s, u"allowSshRootLogin"_s, u"allowSshPasswordAuthentication"_s,
        u"allowMultiFactorAuthentication"_s, u"allowPublicKeyAuthentication"_s, u"attributes"_s, u"tags"_s,
        u"description"_s };
    QJsonObject system = store.systems().object(id);
    for (const QString &field : writable) {
        if (body.contains(field))
            system.insert(field, body.value(field));
    }
    store.systems().put(store.db(), system);
    return ApiResponse::json(200, store.systems().raw(id));
}

ApiResponse SystemsRoutes::remove(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.systems().contains(id))
        return ApiResponse::notFound(u"system "_s + id);
    const QByteArray deleted = store.systems().raw(id);
    store.begin();
    store.graph().removeNode(store.db(), { u"system"_s, id });
    store.removeLocalAccounts(id);
    store.systems().remove(store.db(), id);
    store.commit();
    return ApiResponse::json(200, deleted);
}
