#pragma once

#include "RouteContext.h"

class Router;

// v1 /api/systemusers: list, search, get, create, partial update, delete, the state transitions and
// the MFA reset.
class UsersRoutes
{
public:
    explicit UsersRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    ApiResponse create(const ApiRequest &request);
    ApiResponse update(const ApiRequest &request);
    ApiResponse remove(const ApiRequest &request);
    ApiResponse changeState(const ApiRequest &request, const QString &state);
    ApiResponse resetMfa(const ApiRequest &request);
    ApiResponse search(const ApiRequest &request);
    // Password policy check shared by create and update; empty response means the password is acceptable.
    std::optional<ApiResponse> checkPassword(const ApiRequest &request, const QString &password) const;
    bool isBoundAnywhere(const QString &userId) const;

    RouteContext m_context;
};
