#include "CommandsRoutes.h"

#include "AgentSimulator.h"
#include "ObjectIdGenerator.h"
#include "Router.h"
#include "Store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QStringList &writableCommandFields()
{
    static const QStringList fields = { u"name"_s, u"command"_s, u"commandType"_s, u"user"_s, u"sudo"_s, u"shell"_s,
        u"timeout"_s, u"timeToLiveSeconds"_s, u"launchType"_s, u"schedule"_s, u"scheduleRepeatType"_s, u"trigger"_s,
        u"files"_s, u"description"_s, u"commandRunners"_s };
    return fields;
}
} // namespace

void CommandsRoutes::registerRoutes(Router &router)
{
    Store &store = m_context.store();
    router.add("GET", u"/api/commands"_s, [this, &store](const ApiRequest &request) {
        return m_context.listCollection(request, store.commands(), ListQuery::Dialect::V1);
    });
    router.add("POST", u"/api/commands"_s, [this](const ApiRequest &request) { return create(request); });
    router.add("GET", u"/api/commands/:id/results"_s, [this](const ApiRequest &request) { return resultsOf(request); });
    router.add("GET", u"/api/commands/:id"_s, [&store](const ApiRequest &request) {
        return RouteContext::objectOr404(store.commands(), request.param(0), u"command"_s);
    });
    router.add("PUT", u"/api/commands/:id"_s, [this](const ApiRequest &request) { return update(request); });
    router.add("DELETE", u"/api/commands/:id"_s, [this](const ApiRequest &request) { return remove(request); });
    router.add("POST", u"/api/runCommand"_s, [this](const ApiRequest &request) { return run(request); });
    router.add("GET", u"/api/commandresults"_s, [this, &store](const ApiRequest &request) {
        return m_context.listCollection(request, store.commandResults(), ListQuery::Dialect::V1);
    });
    router.add("GET", u"/api/commandresults/:id"_s, [&store](const ApiRequest &request) {
        return RouteContext::objectOr404(store.commandResults(), request.param(0), u"command result"_s);
    });
    router.add("DELETE", u"/api/commandresults/:id"_s, [&store](const ApiRequest &request) {
        const QString id = request.param(0);
        if (!store.commandResults().contains(id))
            return ApiResponse::notFound(u"command result "_s + id);
        const QByteArray deleted = store.commandResults().raw(id);
        store.commandResults().remove(store.db(), id);
        return ApiResponse::json(200, deleted);
    });
}

ApiResponse CommandsRoutes::create(const ApiRequest &request)
{
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    for (const QString &required : { u"name"_s, u"command"_s }) {
        if (body.value(required).toString().isEmpty())
            return ApiResponse::badRequest(u"Bad Request: %1 is required"_s.arg(required));
    }
    Store &store = m_context.store();
    QJsonObject command { { u"_id"_s, ObjectIdGenerator::fresh(ObjectIdGenerator::Kind::Command) },
        { u"commandType"_s, u"linux"_s }, { u"launchType"_s, u"manual"_s }, { u"schedule"_s, QString() },
        { u"scheduleRepeatType"_s, QString() }, { u"shell"_s, QString() }, { u"sudo"_s, false },
        { u"timeout"_s, u"120"_s }, { u"trigger"_s, QString() }, { u"user"_s, u"000000000000000000000000"_s },
        { u"files"_s, QJsonArray() }, { u"description"_s, QString() }, { u"organization"_s, store.organizationId() } };
    for (const QString &field : writableCommandFields()) {
        if (body.contains(field))
            command.insert(field, body.value(field));
    }
    const QString type = command.value(u"commandType"_s).toString();
    if (type != u"linux" && type != u"mac" && type != u"windows")
        return ApiResponse::badRequest(u"Bad Request: commandType must be linux, mac or windows"_s);
    store.commands().put(store.db(), command);
    return ApiResponse::json(200, store.commands().raw(command.value(u"_id"_s).toString()));
}

ApiResponse CommandsRoutes::update(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.commands().contains(id))
        return ApiResponse::notFound(u"command "_s + id);
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    QJsonObject command = store.commands().object(id);
    for (const QString &field : writableCommandFields()) {
        if (body.contains(field))
            command.insert(field, body.value(field));
    }
    store.commands().put(store.db(), command);
    return ApiResponse::json(200, store.commands().raw(id));
}

ApiResponse CommandsRoutes::remove(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.commands().contains(id))
        return ApiResponse::notFound(u"command "_s + id);
    const QByteArray deleted = store.commands().raw(id);
    store.begin();
    store.graph().removeNode(store.db(), { u"command"_s, id });
    store.commands().remove(store.db(), id);
    store.commit();
    return ApiResponse::json(200, deleted);
}

ApiResponse CommandsRoutes::run(const ApiRequest &request)
{
    QJsonObject body;
    if (!request.jsonBody(&body))
        return ApiResponse::badRequest(u"Bad Request: malformed JSON body"_s);
    Store &store = m_context.store();
    const QString id = body.value(u"_id"_s).toString();
    if (!store.commands().contains(id))
        return ApiResponse::notFound(u"command "_s + id);
    QStringList systemIds;
    if (body.contains(u"systemIds"_s)) {
        for (const QJsonValue &value : body.value(u"systemIds"_s).toArray()) {
            if (!store.systems().contains(value.toString()))
                return ApiResponse::badRequest(u"Bad Request: unknown system %1"_s.arg(value.toString()));
            systemIds.append(value.toString());
        }
    } else {
        // Every device bound to the command, directly or through a device group.
        const auto reach = store.graph().traverse({ u"command"_s, id }, u"system"_s, u"system_group"_s);
        for (const auto &r : reach)
            systemIds.append(r.id);
    }
    const QString workflowInstanceId = ObjectIdGenerator::fresh(ObjectIdGenerator::Kind::Workflow);
    m_context.agents().runCommand(store.commands().object(id), systemIds, workflowInstanceId);
    QJsonArray queueIds;
    for (qsizetype i = 0; i < systemIds.size(); ++i)
        queueIds.append(ObjectIdGenerator::fresh(ObjectIdGenerator::Kind::Workflow));
    return ApiResponse::json(
        200, QJsonObject { { u"queueIds"_s, queueIds }, { u"workflowInstanceId"_s, workflowInstanceId } });
}

ApiResponse CommandsRoutes::resultsOf(const ApiRequest &request)
{
    Store &store = m_context.store();
    const QString id = request.param(0);
    if (!store.commands().contains(id))
        return ApiResponse::notFound(u"command "_s + id);
    ListQuery query;
    query.limit = 100000;
    query.filters.append({ u"commandId"_s, u"eq"_s, { id } });
    DocumentCollection::Page page;
    QString error;
    store.commandResults().list(store.db(), query, &page, &error);
    return ApiResponse::json(200, ApiResponse::joinArray(page.items));
}
