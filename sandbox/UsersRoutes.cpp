#include "UsersRoutes.h"

#include "AgentSimulator.h"
#include "MfaRules.h"
#include "ObjectIdGenerator.h"
#include "Router.h"
#include "Store.h"
#include "UserRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
ApiResponse violationResponse(const UserRules::Violation &violation)
{
    return ApiResponse::error(violation.status, violation.message);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// `mfa` and `enable_user_portal_multifactor` of a POST or PUT body: the period is checked and
// completed over the settings the user had (`previous`), and the enrollment status follows.
std::optional<UserRules::Violation> applyMfa(const QJsonObject &body, const QJsonValue &previous, QJsonObject *user)
{
    const QDateTime when = QDateTime::currentDateTimeUtc();
    if (body.contains(u"mfa"_s)) {
        user->insert(u"mfa"_s, previous); // applyWritable copied the body's as it was
        if (auto violation = MfaRules::applySettings(body.value(u"mfa"_s), user, when))
            return violation;
    }
    if (body.contains(u"mfa"_s) || body.contains(u"enable_user_portal_multifactor"_s))
        MfaRules::deriveEnrollment(user, when);
    return std::nullopt;
}

bool matchesSearchFilter(const QJsonObject &user, const QJsonValue &filter)
{
    // Search filter: a list of {field: value} (all must match), or {"and": [...]} / {"or": [...]}.
    if (filter.isArray()) {
        const QJsonArray terms = filter.toArray();
        return std::all_of(
            terms.begin(), terms.end(), [&](const QJsonValue &term) { return matchesSearchFilter(user, term); });
    }
    const QJsonObject object = filter.toObject();
    if (object.contains(u"and"_s))
        return matchesSearchFilter(user, object.value(u"and"_s).toArray());
    if (object.contains(u"or"_s)) {
        const QJsonArray terms = object.value(u"or"_s).toArray();
        return std::any_of(
            terms.begin(), terms.end(), [&](const QJsonValue &term) { return matchesSearchFilter(user, term); });
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (user.value(it.key()) != it.value())
            return false;
    }
    return true;
}
} // namespace

void UsersRoutes::registerRoutes(Router &router)
{
    Store &store = m_context.store();
    router.add("GET", u"/api/systemusers"_s, [this, &store](const ApiRequest &request) {
        return m_context.listCollection(request, store.users(), ListQuery::Dialect::V1);
    });
    router.add("POST", u"/api/systemusers"_s, [this](const ApiRequest &request) { return create(request); });
    router.add("POST", u"/api/search/systemusers"_s, [this](const ApiRequest &request) { return search(request); });
    router.add("GET", u"/api/systemusers/:id"_s, [&store](const ApiRequest &request) {
        return RouteContext::objectOr404(store.users(), request.param(0), u"user"_s);
    });
    router.add("PUT", u"/api/systemusers/:id"_s, [this](const ApiRequest &request) { return update(request); });
    router.add("DELETE", u"/api/systemusers/:id"_s, [this](const ApiRequest &request) { return remove(request); });
    router.add("POST", u"/api/systemusers/:id/state/activate"_s,
        [this](const ApiRequest &request) { return changeState(request, u"ACTIVATED"_s); });
    router.add("POST", u"/api/systemusers/:id/state/suspend"_s,
        [this](const ApiRequest &request) { return changeState(request, u"SUSPENDED"_s); });
    router.add(
        "POST", u"/api/systemusers/:id/resetmfa"_s, [this](const ApiRequest &request) { return resetMfa(request); });
}

std::optional<ApiResponse> UsersRoutes::checkPassword(const ApiRequest &request, const QString &password) const
{
    const QJsonObject policy = m_context.store().organizationSettings().value(u"passwordPolicy"_s).toObject();
    const QStringList failures = UserRules::passwordFailures(password, policy);
    if (failures.isEmpty())
        return std::nullopt;
    ApiResponse response
        = ApiResponse::error(400, u"Bad Request: password does not meet the password policy: "_s + failures.first());
    if (request.queryValue(u"fullValidationDetails"_s) == u"password") {
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QJsonArray details;
        for (const QString &failure : failures)
            details.append(QJsonObject { { u"@type"_s, u"type.googleapis.com/google.rpc.BadRequest"_s },
                { u"field"_s, u"password"_s }, { u"description"_s, failure } });
        body.insert(u"details"_s, details);
        body.insert(u"message"_s,
            QString(u"Bad Request: password does not meet the password policy: "_s + failures.join(u"; "_s)));
        response = ApiResponse::json(400, body);
    }
    return response;
}

bool UsersRoutes::isBoundAnywhere(const QString &userId) const
{
    return !m_context.store().graph().systemsOfUser(userId, {}).isEmpty();
}

ApiResponse UsersRoutes::create(const ApiRequest &request)
{
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    Store &store = m_context.store();
    QJsonObject user = UserRules::newUserTemplate(
        ObjectIdGenerator::fresh(ObjectIdGenerator::Kind::User), store.organizationId(), now());
    const QJsonValue templateMfa = user.value(u"mfa"_s);
    UserRules::applyWritable(body, &user, true);
    if (auto v = UserRules::checkUsername(user.value(u"username"_s).toString()))
        return violationResponse(*v);
    if (auto v = UserRules::checkEmail(user.value(u"email"_s).toString()))
        return violationResponse(*v);
    if (auto v = UserRules::checkLocalAccountName(user.value(u"systemUsername"_s).toString()))
        return violationResponse(*v);
    if (auto v = applyMfa(body, templateMfa, &user))
        return violationResponse(*v);
    if (auto v = UserRules::checkUnique(store, user, {}))
        return violationResponse(*v);
    const QString password = body.value(u"password"_s).toString();
    if (!password.isEmpty()) {
        if (auto failure = checkPassword(request, password))
            return *failure;
        user.insert(u"password_date"_s, now());
    }
    QString state = body.value(u"state"_s).toString();
    if (state.isEmpty()) {
        // A user without a password has no credentials yet: staged whatever the org default says.
        state = password.isEmpty() ? u"STAGED"_s
                                   : store.organizationSettings()
                                         .value(u"newSystemUserStateDefaults"_s)
                                         .toObject()
                                         .value(u"manualEntry"_s)
                                         .toString(u"ACTIVATED"_s);
        if (body.contains(u"activated"_s) && body.value(u"activated"_s).toBool())
            state = u"ACTIVATED"_s;
    }
    if (state != u"STAGED" && state != u"ACTIVATED" && state != u"SUSPENDED")
        return ApiResponse::badRequest(u"Bad Request: state must be one of STAGED, ACTIVATED, SUSPENDED"_s);
    user.insert(u"state"_s, state);
    UserRules::deriveLegacyFlags(&user);
    if (user.value(u"displayname"_s).toString().isEmpty()) {
        const QString display
            = QString(user.value(u"firstname"_s).toString() + u' ' + user.value(u"lastname"_s).toString()).trimmed();
        user.insert(u"displayname"_s, display);
    }
    store.users().put(store.db(), user);
    return ApiResponse::json(200, store.users().raw(user.value(u"_id"_s).toString()));
}

ApiResponse UsersRoutes::update(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.users().contains(id))
        return ApiResponse::notFound(u"user "_s + id);
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    const QJsonObject before = store.users().object(id);
    QJsonObject user = before;
    UserRules::applyWritable(body, &user, false);
    if (body.contains(u"state"_s)) {
        const QString state = body.value(u"state"_s).toString();
        if (state != u"ACTIVATED" && state != u"SUSPENDED")
            return ApiResponse::badRequest(
                u"Bad Request: state can only be set to ACTIVATED or SUSPENDED; use /state/activate for staged users"_s);
    } else if (body.contains(u"suspended"_s)) {
        user.insert(u"state"_s, body.value(u"suspended"_s).toBool() ? u"SUSPENDED"_s : u"ACTIVATED"_s);
    }
    const bool renamesUser = user.value(u"username"_s) != before.value(u"username"_s);
    const bool renamesLocal
        = user.value(u"systemUsername"_s).toString() != before.value(u"systemUsername"_s).toString();
    if ((renamesUser || renamesLocal) && isBoundAnywhere(id))
        return ApiResponse::error(409,
            u"%1 cannot be changed while the user is bound to a device; unbind the user "
            "from every device first"_s.arg(renamesUser ? u"username"_s : u"systemUsername"_s));
    if (renamesUser) {
        if (auto v = UserRules::checkUsername(user.value(u"username"_s).toString()))
            return violationResponse(*v);
    }
    if (user.value(u"email"_s) != before.value(u"email"_s)) {
        if (auto v = UserRules::checkEmail(user.value(u"email"_s).toString()))
            return violationResponse(*v);
    }
    if (renamesLocal) {
        if (auto v = UserRules::checkLocalAccountName(user.value(u"systemUsername"_s).toString()))
            return violationResponse(*v);
    }
    if (auto v = UserRules::checkUnique(store, user, id))
        return violationResponse(*v);
    if (auto v = applyMfa(body, before.value(u"mfa"_s), &user))
        return violationResponse(*v);
    const QString password = body.value(u"password"_s).toString();
    if (!password.isEmpty()) {
        if (auto failure = checkPassword(request, password))
            return *failure;
        user.insert(u"password_date"_s, now());
    }
    UserRules::deriveLegacyFlags(&user);
    store.users().put(store.db(), user);
    // sudo or state changes reach the devices' accounts.
    if (user.value(u"sudo"_s) != before.value(u"sudo"_s) || user.value(u"state"_s) != before.value(u"state"_s)
        || user.value(u"passwordless_sudo"_s) != before.value(u"passwordless_sudo"_s))
        m_context.agents().reconcileUser(id);
    return ApiResponse::json(200, store.users().raw(id));
}

ApiResponse UsersRoutes::remove(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.users().contains(id))
        return ApiResponse::notFound(u"user "_s + id);
    const QByteArray deleted = store.users().raw(id);
    store.begin();
    store.graph().removeNode(store.db(), { u"user"_s, id });
    store.users().remove(store.db(), id);
    store.commit();
    m_context.agents().reconcileUser(id);
    return ApiResponse::json(200, deleted);
}

ApiResponse UsersRoutes::changeState(const ApiRequest &request, const QString &state)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.users().contains(id))
        return ApiResponse::notFound(u"user "_s + id);
    QJsonObject user = store.users().object(id);
    user.insert(u"state"_s, state);
    UserRules::deriveLegacyFlags(&user);
    store.users().put(store.db(), user);
    m_context.agents().reconcileUser(id);
    // The spec declares a JSON string for /state/activate (suspend's 200 has no schema): the new state.
    if (state == u"ACTIVATED")
        return ApiResponse::json(200, QByteArray("\"ACTIVATED\""));
    return ApiResponse::json(200, store.users().raw(id));
}

ApiResponse UsersRoutes::resetMfa(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.users().contains(id))
        return ApiResponse::notFound(u"user "_s + id);
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    QJsonObject user = store.users().object(id);
    if (auto v = MfaRules::reset(body, &user, QDateTime::currentDateTimeUtc()))
        return violationResponse(*v);
    store.users().put(store.db(), user);
    // The spec declares a bare JSON string for the 200 and says nothing of its content.
    return ApiResponse::json(200, QByteArray("\"OK\""));
}

ApiResponse UsersRoutes::search(const ApiRequest &request)
{
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    QString error;
    const auto query = ListQuery::parse(request, ListQuery::Dialect::V1, 100, &error);
    if (!query)
        return ApiResponse::json(400, QJsonObject { { u"message"_s, error } });
    Store &store = m_context.store();
    const QJsonValue filter = body.value(u"filter"_s);
    const QJsonObject searchFilter = body.value(u"searchFilter"_s).toObject();
    QStringList terms;
    const QJsonValue termValue = searchFilter.value(u"searchTerm"_s);
    if (termValue.isArray()) {
        for (const QJsonValue &term : termValue.toArray())
            terms.append(term.toString());
    } else if (termValue.isString()) {
        terms.append(termValue.toString());
    }
    QStringList searchFields;
    for (const QJsonValue &field : searchFilter.value(u"fields"_s).toArray())
        searchFields.append(field.toString());
    if (searchFields.isEmpty())
        searchFields = { u"username"_s, u"email"_s, u"firstname"_s, u"lastname"_s };
    QStringList fields = body.value(u"fields"_s).toString().split(u' ', Qt::SkipEmptyParts);
    fields += query->fields;

    qint64 total = 0;
    QList<QByteArray> items;
    for (const QString &id : store.users().ids()) {
        const QJsonObject user = store.users().object(id);
        if (!filter.isUndefined() && !filter.isNull() && !matchesSearchFilter(user, filter))
            continue;
        if (!terms.isEmpty()) {
            const bool hit = std::any_of(terms.begin(), terms.end(), [&](const QString &term) {
                return std::any_of(searchFields.begin(), searchFields.end(), [&](const QString &field) {
                    return user.value(field).toString().contains(term, Qt::CaseInsensitive);
                });
            });
            if (!hit)
                continue;
        }
        if (total >= query->skip && items.size() < query->limit)
            items.append(store.users().project(store.users().raw(id), fields));
        ++total;
    }
    return ApiResponse::v1List(total, items);
}
