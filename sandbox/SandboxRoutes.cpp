#include "SandboxRoutes.h"

#include "AgentSimulator.h"
#include "Router.h"
#include "Store.h"
#include "UserRules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void SandboxRoutes::registerRoutes(Router &router)
{
    router.add("GET", u"/sandbox/health"_s, [this](const ApiRequest &) {
        Store &store = m_context.store();
        return ApiResponse::json(200,
            QJsonObject { { u"status"_s, u"ok"_s }, { u"users"_s, store.users().size() },
                { u"systems"_s, store.systems().size() }, { u"edges"_s, store.graph().edgeCount() } });
    });
    router.add("POST", u"/sandbox/devices/:id/login"_s, [this](const ApiRequest &request) { return login(request); });
}

ApiResponse SandboxRoutes::login(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString systemId = request.param(0);
    if (!store.systems().contains(systemId))
        return ApiResponse::errorWithReason(404, u"device %1 not found"_s.arg(systemId), u"device_not_found"_s);
    QJsonObject body;
    if (!request.jsonBody(&body) || body.value(u"username"_s).toString().isEmpty())
        return ApiResponse::errorWithReason(400, u"body must be {\"username\":\"...\"}"_s, u"bad_request"_s);
    const QJsonObject system = store.systems().object(systemId);
    const QString osFamily = system.value(u"osFamily"_s).toString();
    const QString settingFamily = osFamily == u"darwin" ? u"MACOS"_s
        : osFamily == u"windows"                        ? u"WINDOWS"_s
                                                        : QString();
    if (settingFamily.isEmpty())
        return ApiResponse::errorWithReason(
            409, u"self-service account provisioning exists only for macOS and Windows"_s, u"unsupported_os"_s);
    QJsonObject setting;
    for (const QJsonValue &entry : store.setting(u"ssao"_s).value(u"settings"_s).toArray()) {
        if (entry.toObject().value(u"osFamily"_s).toString() == settingFamily)
            setting = entry.toObject();
    }
    if (!setting.value(u"enabled"_s).toBool())
        return ApiResponse::errorWithReason(
            409, u"self-service account provisioning is disabled for %1"_s.arg(settingFamily), u"ssao_disabled"_s);

    // The login window takes the directory username (case-insensitive, like the directory's login).
    const QString username = body.value(u"username"_s).toString();
    const QString userId = store.users().findByIndexed(store.db(), u"username_lc"_s, username);
    if (userId.isEmpty())
        return ApiResponse::errorWithReason(
            409, u"no directory user \"%1\"; SSAO does not create users"_s.arg(username), u"user_not_found"_s);
    const QJsonObject user = store.users().object(userId);
    const QString state = user.value(u"state"_s).toString();
    if (state == u"STAGED")
        return ApiResponse::errorWithReason(409, u"user \"%1\" is staged"_s.arg(username), u"user_staged"_s);
    if (state == u"SUSPENDED")
        return ApiResponse::errorWithReason(409, u"user \"%1\" is suspended"_s.arg(username), u"user_suspended"_s);
    if (user.value(u"password_date"_s).isNull() || user.value(u"password_date"_s).isUndefined())
        return ApiResponse::errorWithReason(409, u"user \"%1\" has no password"_s.arg(username), u"no_credentials"_s);
    const auto sources = m_context.agents().sudoSources();
    if (store.graph().isBound(userId, systemId, sources, nullptr))
        return ApiResponse::errorWithReason(
            409, u"user \"%1\" is already bound to this device"_s.arg(username), u"already_bound"_s);
    if (settingFamily == u"MACOS" && !store.graph().usersOfSystem(systemId, {}).isEmpty())
        return ApiResponse::errorWithReason(409, u"this Mac already has bound users"_s, u"device_has_bound_users"_s);
    const QString name = UserRules::localAccountName(user);
    for (const LocalAccount &account : store.localAccounts(systemId)) {
        if (account.username.compare(name, Qt::CaseInsensitive) == 0)
            return ApiResponse::errorWithReason(409,
                u"a local account \"%1\" already exists on this device; SSAO never takes over accounts"_s.arg(
                    account.username),
                u"local_account_exists"_s);
    }
    if (auto blocker = UserRules::bindingBlocker(user, system))
        return ApiResponse::errorWithReason(400, blocker->message, u"name_too_long"_s);

    const bool admin = setting.value(u"defaultPermission"_s).toString() == u"ADMIN";
    const QJsonValue attributes = admin
        ? QJsonValue(
            QJsonObject { { u"sudo"_s, QJsonObject { { u"enabled"_s, true }, { u"withoutPassword"_s, false } } } })
        : QJsonValue(QJsonValue::Null);
    store.begin();
    store.graph().setEdge(store.db(), { u"user"_s, userId }, { u"system"_s, systemId }, attributes);
    const LocalAccount account = m_context.agents().applyBinding(userId, systemId);
    store.commit();
    return ApiResponse::json(200,
        QJsonObject { { u"userId"_s, userId }, { u"systemId"_s, systemId }, { u"attributes"_s, attributes },
            { u"localAccount"_s, account.toJson() } });
}
