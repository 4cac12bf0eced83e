#pragma once

#include "ApiTypes.h"
#include "ListQuery.h"

class AgentSimulator;
class DocumentCollection;
class Store;

// What every route group needs: the store, the agents, and the shared list plumbing.
class RouteContext
{
public:
    RouteContext(Store &store, AgentSimulator &agents)
        : m_store(store)
        , m_agents(agents)
    {
    }

    Store &store() const { return m_store; }
    AgentSimulator &agents() const { return m_agents; }

    // Parses paging/sort/filter, lists the collection and wraps it in the dialect's envelope.
    ApiResponse listCollection(
        const ApiRequest &request, DocumentCollection &collection, ListQuery::Dialect dialect) const;
    // Serves a raw object or a 404 naming the kind.
    static ApiResponse objectOr404(DocumentCollection &collection, const QString &id, const QString &what);

private:
    Store &m_store;
    AgentSimulator &m_agents;
};
