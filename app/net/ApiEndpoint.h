#pragma once

#include "Result.h"

#include <QMetaType>
#include <QUrl>
#include <QUrlQuery>

// Where the directory is: one console base URL from which both API prefixes are built
// (v1 = base + "/api", v2 = base + "/api/v2"). Only a checked endpoint can be constructed:
// https for every remote host, plain http only on loopback (the sandbox). There is
// deliberately no way to relax that.
class ApiEndpoint
{
public:
    enum class Region { US, EU, India };
    enum class Version { V1, V2 };

    static constexpr auto RefusedCode = "endpoint-refused";

    ApiEndpoint() = default; // invalid; for containers and metatypes
    static ApiEndpoint region(Region region);
    // Accepts "https://host[:port][/prefix]" or, for loopback hosts only, "http://…".
    // Refuses other schemes, user info in the URL (credentials belong in the key store) and
    // query strings or fragments.
    static Result<ApiEndpoint> fromUrl(const QUrl &url);
    static Result<ApiEndpoint> fromString(const QString &url) { return fromUrl(QUrl(url)); }

    bool isValid() const { return m_base.isValid() && !m_base.isEmpty(); }
    QUrl baseUrl() const { return m_base; }
    bool isLoopback() const;
    // Full URL of `path` ("/systemusers") under the v1 or v2 prefix.
    QUrl url(Version version, const QString &path, const QUrlQuery &query = {}) const;
    // The prefix alone ("/api" or "/api/v2") as it appears in request paths, for logs.
    QString prefixPath(Version version) const;

    static bool isLoopbackHost(const QString &host);

    friend bool operator==(const ApiEndpoint &, const ApiEndpoint &) = default;

private:
    explicit ApiEndpoint(QUrl base)
        : m_base(std::move(base))
    {
    }

    QUrl m_base;
};

Q_DECLARE_METATYPE(ApiEndpoint)
