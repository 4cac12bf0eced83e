#pragma once

#include "RouteContext.h"

class Router;

// v1 /api/systems: list, get, update of the admin-writable fields, delete.
class SystemsRoutes
{
public:
    explicit SystemsRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    ApiResponse update(const ApiRequest &request);
    ApiResponse remove(const ApiRequest &request);

    RouteContext m_context;
};
