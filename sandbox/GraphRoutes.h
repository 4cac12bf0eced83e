#pragma once

#include "GraphStore.h"
#include "RouteContext.h"

class Router;

// v2 graph: /associations on users, systems, user groups, system groups and commands (one undirected edge whichever
// side edits it), /memberof, and the traversals with paths and compiledAttributes.
class GraphRoutes
{
public:
    explicit GraphRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    struct Source
    {
        QString path; // "users"
        QString type; // "user"
        QStringList allowedTargets; // the spec's list for this source
        QStringList supportedTargets; // the ones the sandbox stores
    };
    ApiResponse getAssociations(const ApiRequest &request, const Source &source);
    ApiResponse postAssociation(const ApiRequest &request, const Source &source);
    ApiResponse traversal(
        const ApiRequest &request, const QString &fromType, const QString &targetType, const QString &viaType);
    ApiResponse memberOf(const ApiRequest &request, const QString &fromType, const QString &groupType);
    ApiResponse reachList(const ApiRequest &request, const QList<GraphStore::Reach> &reach);
    bool exists(const QString &type, const QString &id) const;
    std::optional<ApiResponse> bindingBlocker(const GraphStore::Node &a, const GraphStore::Node &b) const;

    RouteContext m_context;
};
