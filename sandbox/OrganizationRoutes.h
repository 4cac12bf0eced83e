#pragma once

#include "RouteContext.h"

class Router;

// v1 /api/organizations (settings incl. password policy and new-user state defaults) and the v2 device setting
// /api/v2/devices/settings/ssao.
class OrganizationRoutes
{
public:
    explicit OrganizationRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    ApiResponse update(const ApiRequest &request);
    ApiResponse putSsao(const ApiRequest &request);

    RouteContext m_context;
};
