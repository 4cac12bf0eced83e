#pragma once

#include "Error.h"

#include <QMetaType>
#include <QString>

class QNetworkReply;

// What went wrong with a directory request, in a form the UI, the CLI and the outbox can show.
// `code` is stable (callers branch on it); `message` is the directory's own text when it sent one;
// `url` is the request path only: never the host's query secrets, never the key.
struct ApiError
{
    // Stable codes.
    static constexpr auto Unauthorized = "unauthorized";
    static constexpr auto Forbidden = "forbidden";
    static constexpr auto NotFound = "not-found";
    static constexpr auto Conflict = "conflict";
    static constexpr auto BadRequest = "bad-request";
    static constexpr auto RateLimited = "rate-limited";
    static constexpr auto ServerError = "server-error";
    static constexpr auto Network = "network";
    static constexpr auto Timeout = "timeout";
    static constexpr auto Tls = "tls";
    static constexpr auto Cancelled = "cancelled";
    static constexpr auto InvalidResponse = "invalid-response";
    static constexpr auto Incomplete = "incomplete"; // a paged collection came back short
    static constexpr auto Refused = "refused"; // the endpoint is not allowed (plain http to a remote host)

    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;
    QString message;
    QString url;

    bool isNull() const { return code.isEmpty(); }
    // Worth another attempt for an idempotent request: the server or the path may recover.
    bool isTransient() const;
    // "401 Unauthorized: <message> (GET /api/systemusers)" style, one line.
    QString oneLine() const;
    Error toError() const { return { code, oneLine() }; }

    // The stable code for an HTTP status (4xx/5xx) — used when the reply carried one.
    static QString codeForStatus(int httpStatus);
    // `message`, else `error`, else the HTTP status text, from an error body.
    static QString messageFromBody(const QByteArray &body, const QString &fallback);

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

Q_DECLARE_METATYPE(ApiError)
