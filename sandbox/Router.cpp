#include "Router.h"

using namespace Qt::StringLiterals;

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.push_back({ method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler) });
}

ApiResponse Router::dispatch(ApiRequest &request) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    bool pathMatched = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString &want = route.segments.at(i);
            if (want.startsWith(u':'))
                params.append(segments.at(i));
            else if (want != segments.at(i)) {
                match = false;
                break;
            }
        }
        if (!match)
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        request.params = params;
        return route.handler(request);
    }
    if (pathMatched)
        return ApiResponse::error(405, u"Method Not Allowed"_s);
    return ApiResponse::error(404, u"Not Found"_s);
}
