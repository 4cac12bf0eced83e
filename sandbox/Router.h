#pragma once

#include "ApiTypes.h"

#include <functional>
#include <vector>

// Matches "METHOD /api/systemusers/:id/state/activate"-style patterns against a request path. ":x" segments capture
// into ApiRequest::params. First registered match wins, so register literal paths before parameterised ones.
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // Returns false when no route matches the path at all (→ 404); a path matching with another method → 405.
    ApiResponse dispatch(ApiRequest &request) const;
    // True when the request would reach a handler that changes state (used by the fault injector).
    static bool isMutation(const QByteArray &method) { return method != "GET" && method != "HEAD"; }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    std::vector<Route> m_routes;
};
