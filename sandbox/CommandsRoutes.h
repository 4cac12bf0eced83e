#pragma once

#include "RouteContext.h"

class Router;

// v1 /api/commands (CRUD), /api/runCommand, /api/commandresults and /api/commands/{id}/results.
class CommandsRoutes
{
public:
    explicit CommandsRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    ApiResponse create(const ApiRequest &request);
    ApiResponse update(const ApiRequest &request);
    ApiResponse remove(const ApiRequest &request);
    ApiResponse run(const ApiRequest &request);
    ApiResponse resultsOf(const ApiRequest &request);

    RouteContext m_context;
};
