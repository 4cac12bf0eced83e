#include "OrganizationRoutes.h"

#include "Router.h"
#include "Store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
// Deep merge so a PUT of {"settings":{"passwordPolicy":{"minLength":14}}} keeps the other settings.
QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}
} // namespace

void OrganizationRoutes::registerRoutes(Router &router)
{
    Store &store = m_context.store();
    router.add("GET", u"/api/organizations"_s, [this, &store](const ApiRequest &request) {
        return m_context.listCollection(request, store.organizations(), ListQuery::Dialect::V1);
    });
    router.add("GET", u"/api/organizations/:id"_s, [&store](const ApiRequest &request) {
        return RouteContext::objectOr404(store.organizations(), request.param(0), u"organization"_s);
    });
    router.add("PUT", u"/api/organizations/:id"_s, [this](const ApiRequest &request) { return update(request); });
    router.add("GET", u"/api/v2/devices/settings/ssao"_s,
        [&store](const ApiRequest &) { return ApiResponse::json(200, store.setting(u"ssao"_s)); });
    router.add(
        "PUT", u"/api/v2/devices/settings/ssao"_s, [this](const ApiRequest &request) { return putSsao(request); });
}

ApiResponse OrganizationRoutes::update(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.organizations().contains(id))
        return ApiResponse::notFound(u"organization "_s + id);
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    const QJsonObject settings = body.value(u"settings"_s).toObject();
    const QJsonObject policy = settings.value(u"passwordPolicy"_s).toObject();
    if (policy.contains(u"minLength"_s)) {
        const int minLength = policy.value(u"minLength"_s).toInt();
        if (minLength < 8 || minLength > 64)
            return ApiResponse::badRequest(u"Bad Request: passwordPolicy.minLength must be between 8 and 64"_s);
    }
    const QJsonObject defaults = settings.value(u"newSystemUserStateDefaults"_s).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (it.value() != u"ACTIVATED"_s && it.value() != u"STAGED"_s)
            return ApiResponse::badRequest(
                u"Bad Request: newSystemUserStateDefaults.%1 must be ACTIVATED or STAGED"_s.arg(it.key()));
    }
    QJsonObject organization = store.organizations().object(id);
    organization.insert(u"settings"_s, merged(organization.value(u"settings"_s).toObject(), settings));
    if (body.contains(u"displayName"_s))
        organization.insert(u"displayName"_s, body.value(u"displayName"_s));
    store.organizations().put(store.db(), organization);
    return ApiResponse::json(200, store.organizations().raw(id));
}

ApiResponse OrganizationRoutes::putSsao(const ApiRequest &request)
{
    QJsonObject body;
    if (!request.jsonBody(&body) || !body.value(u"settings"_s).isArray())
        return ApiResponse::badRequest(u"Bad Request: body must be {\"settings\":[...]}"_s);
    QJsonArray settings;
    for (const QJsonValue &value : body.value(u"settings"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString family = entry.value(u"osFamily"_s).toString();
        if (family != u"WINDOWS" && family != u"MACOS")
            return ApiResponse::badRequest(u"Bad Request: osFamily must be WINDOWS or MACOS"_s);
        const QString permission = entry.value(u"defaultPermission"_s).toString(u"STANDARD"_s);
        if (permission != u"STANDARD" && permission != u"ADMIN")
            return ApiResponse::badRequest(u"Bad Request: defaultPermission must be STANDARD or ADMIN"_s);
        settings.append(QJsonObject { { u"osFamily"_s, family }, { u"enabled"_s, entry.value(u"enabled"_s).toBool() },
            { u"defaultPermission"_s, permission },
            { u"passwordSyncEnabled"_s, entry.value(u"passwordSyncEnabled"_s).toBool() } });
    }
    Store &store = m_context.store();
    // Entries for the other OS family are kept, like a PATCH per family.
    QJsonArray current = store.setting(u"ssao"_s).value(u"settings"_s).toArray();
    for (const QJsonValue &entry : std::as_const(settings)) {
        bool replaced = false;
        for (qsizetype i = 0; i < current.size(); ++i) {
            if (current.at(i).toObject().value(u"osFamily"_s) == entry.toObject().value(u"osFamily"_s)) {
                current.replace(i, entry);
                replaced = true;
            }
        }
        if (!replaced)
            current.append(entry);
    }
    store.setSetting(u"ssao"_s, QJsonObject { { u"settings"_s, current } });
    return ApiResponse::json(200, store.setting(u"ssao"_s));
}
