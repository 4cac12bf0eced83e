#pragma once

#include "RouteContext.h"

class DocumentCollection;
class Router;

// v2 /api/v2/usergroups and /api/v2/systemgroups: CRUD, direct members and membership.
class GroupsRoutes
{
public:
    explicit GroupsRoutes(const RouteContext &context)
        : m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    struct Kind
    {
        QString path; // "usergroups"
        QString type; // "user_group"
        QString memberType; // "user"
        DocumentCollection *collection;
        DocumentCollection *members;
    };
    void registerKind(Router &router, const Kind &kind);
    ApiResponse create(const ApiRequest &request, const Kind &kind);
    ApiResponse replace(const ApiRequest &request, const Kind &kind);
    ApiResponse remove(const ApiRequest &request, const Kind &kind);
    ApiResponse listMembers(const ApiRequest &request, const Kind &kind, bool asMembership);
    ApiResponse editMembers(const ApiRequest &request, const Kind &kind);
    std::optional<ApiResponse> validate(const QJsonObject &body, const Kind &kind, const QString &excludeId) const;

    RouteContext m_context;
};
