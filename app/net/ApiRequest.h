#pragma once

#include "ApiEndpoint.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// What to ask the directory: a value, so the outbox can store and replay one.
struct ApiRequest
{
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    ApiEndpoint::Version version = ApiEndpoint::Version::V1;
    QString path; // below the version prefix: "/systemusers"
    QUrlQuery query;
    QByteArray body; // JSON; sent with Content-Type: application/json when not empty
    // The outbox may mark a POST safe to repeat once it has made it so (e.g. checked the object
    // does not exist yet). Nothing else retries a non-idempotent request.
    bool retrySafe = false;

    // GET, PUT and DELETE may be repeated without a second effect (RFC 9110 §9.2.2).
    bool isIdempotent() const
    {
        return method == Method::Get || method == Method::Put || method == Method::Delete || retrySafe;
    }
    QByteArray verb() const;
    // "GET /api/v2/usergroups?limit=100&skip=0" — for logs and errors; never carries the key.
    QString describe(const ApiEndpoint &endpoint) const;

    static ApiRequest get(ApiEndpoint::Version version, const QString &path, const QUrlQuery &query = {})
    {
        ApiRequest request;
        request.version = version;
        request.path = path;
        request.query = query;
        return request;
    }
};
