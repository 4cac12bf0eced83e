#include "ApiTypes.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

QStringList ApiRequest::queryValues(const QString &key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

QString ApiRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool ApiRequest::jsonBody(QJsonObject *out) const
{
    if (body.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

ApiResponse ApiResponse::json(int status, const QByteArray &serialized)
{
    ApiResponse response;
    response.status = status;
    response.body = serialized;
    response.addHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ApiResponse ApiResponse::json(int status, const QJsonArray &array)
{
    return json(status, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QByteArray ApiResponse::joinArray(const QList<QByteArray> &items)
{
    qsizetype size = 2;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    QByteArray out;
    out.reserve(size);
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out.append(',');
        out.append(items.at(i));
    }
    out.append(']');
    return out;
}

ApiResponse ApiResponse::v1List(qint64 total, const QList<QByteArray> &items)
{
    return json(200, "{\"totalCount\":" + QByteArray::number(total) + ",\"results\":" + joinArray(items) + '}');
}

ApiResponse ApiResponse::v2List(qint64 total, const QList<QByteArray> &items)
{
    ApiResponse response = json(200, joinArray(items));
    response.addHeader("x-total-count", QByteArray::number(total));
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &message)
{
    return json(status,
        QJsonObject { { u"code"_s, status }, { u"message"_s, message },
            { u"status"_s, QString::fromLatin1(reasonPhrase(status)) } });
}

ApiResponse ApiResponse::errorWithReason(int status, const QString &message, const QString &reason)
{
    return json(status,
        QJsonObject { { u"code"_s, status }, { u"message"_s, message }, { u"reason"_s, reason },
            { u"status"_s, QString::fromLatin1(reasonPhrase(status)) } });
}

ApiResponse ApiResponse::notFound(const QString &what)
{
    return error(404, u"%1 not found"_s.arg(what));
}

QByteArray ApiResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}
