#pragma once

#include "RouteContext.h"

class Router;

// v2 /api/v2/systeminsights/users: the devices' local accounts (limit up to 10000, filters system_id/username eq|in).
class InsightsRoutes
{
public:
    explicit InsightsRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    ApiResponse listUsers(const ApiRequest &request);

    RouteContext m_context;
};
