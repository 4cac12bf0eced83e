#pragma once

#include "RouteContext.h"

class Router;

// Control paths outside the real API: /sandbox/health (no auth) and /sandbox/devices/{id}/login, which plays a
// person signing in at a device's login window under self-service account provisioning (DOMAIN.md).
class SandboxRoutes
{
public:
    explicit SandboxRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    ApiResponse login(const ApiRequest &request);

    RouteContext m_context;
};
