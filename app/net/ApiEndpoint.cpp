#include "ApiEndpoint.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

ApiEndpoint ApiEndpoint::region(Region region)
{
    switch (region) {
    case Region::EU:
        return ApiEndpoint(QUrl(u"https://console.eu.jumpcloud.com"_s));
    case Region::India:
        return ApiEndpoint(QUrl(u"https://console.in.jumpcloud.com"_s));
    case Region::US:
        break;
    }
    return ApiEndpoint(QUrl(u"https://console.jumpcloud.com"_s));
}

bool ApiEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    // isLoopback covers 127.0.0.0/8, ::1 and ::ffff:127.x.
    return !address.isNull() && address.isLoopback();
}

Result<ApiEndpoint> ApiEndpoint::fromUrl(const QUrl &input)
{
    auto refuse = [](const QString &why) { return Error { QString::fromLatin1(RefusedCode), why }; };
    if (!input.isValid() || input.host().isEmpty())
        return refuse(u"\"%1\" is not a URL with a host name"_s.arg(input.toDisplayString(QUrl::RemoveUserInfo)));
    if (!input.userInfo().isEmpty())
        return refuse(u"the URL must not contain a user name or password; the API key is sent separately"_s);
    if (input.hasQuery() || input.hasFragment())
        return refuse(u"the URL must not contain a query or a fragment"_s);
    const QString scheme = input.scheme().toLower();
    if (scheme == u"http") {
        if (!isLoopbackHost(input.host()))
            return refuse(
                u"plain http is refused for %1: use https (only a loopback address may use http)"_s.arg(input.host()));
    } else if (scheme != u"https") {
        return refuse(u"unsupported scheme \"%1\": use https"_s.arg(input.scheme()));
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(input.host());
    base.setPort(input.port());
    QString path = input.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // Accept a pasted API prefix as well as the console URL: the prefixes are added here.
    if (path.endsWith(u"/api/v2"))
        path.chop(7);
    else if (path.endsWith(u"/api"))
        path.chop(4);
    base.setPath(path);
    return ApiEndpoint(base);
}

bool ApiEndpoint::isLoopback() const
{
    return isLoopbackHost(m_base.host());
}

QString ApiEndpoint::prefixPath(Version version) const
{
    return m_base.path() + (version == Version::V1 ? u"/api"_s : u"/api/v2"_s);
}

QUrl ApiEndpoint::url(Version version, const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_base;
    result.setPath(prefixPath(version) + (path.startsWith(u'/') ? path : u'/' + path));
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}
