#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool ApiError::isTransient() const
{
    return code == QLatin1StringView(RateLimited) || code == QLatin1StringView(ServerError)
        || code == QLatin1StringView(Network) || code == QLatin1StringView(Timeout)
        || code == QLatin1StringView(InvalidResponse);
}

QString ApiError::oneLine() const
{
    QString line;
    if (httpStatus > 0)
        line = QString::number(httpStatus) + u' ';
    line += message.isEmpty() ? code : message;
    if (!url.isEmpty())
        line += u" ("_s + url + u')';
    // A directory message may span lines; a CLI error and a status-bar text may not.
    return line.simplified();
}

QString ApiError::codeForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return QLatin1StringView(BadRequest);
    case 401:
        return QLatin1StringView(Unauthorized);
    case 403:
        return QLatin1StringView(Forbidden);
    case 404:
    case 410:
        return QLatin1StringView(NotFound);
    case 409:
        return QLatin1StringView(Conflict);
    case 429:
        return QLatin1StringView(RateLimited);
    default:
        break;
    }
    if (status >= 500)
        return QLatin1StringView(ServerError);
    if (status >= 400)
        return QLatin1StringView(BadRequest);
    return QLatin1StringView(InvalidResponse);
}

QString ApiError::messageFromBody(const QByteArray &body, const QString &fallback)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const auto key : { "message"_L1, "error"_L1 }) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
        // Some services nest it: {"error": {"message": "..."}}.
        if (value.isObject()) {
            const QString nested = value.toObject().value("message"_L1).toString().trimmed();
            if (!nested.isEmpty())
                return nested;
        }
    }
    return fallback;
}
