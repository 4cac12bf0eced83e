#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Plain request/response values passed between the HTTP front end and the route handlers, so handlers never see
// sockets or Qt HTTP Server types (which changed between Qt 6.4 and 6.5).
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // keys lower-cased
    QStringList params; // values of the ":id" segments matched by the router, in order

    QString param(int index) const { return params.value(index); }
    // All values of a repeated query parameter ("filter", "targets", "filter[0]" ...), fully decoded.
    QStringList queryValues(const QString &key) const;
    QString queryValue(const QString &key) const;
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    // Parses the body as a JSON object; an empty body is an empty object. Returns false for malformed JSON.
    bool jsonBody(QJsonObject *out) const;
};

struct ApiResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static ApiResponse json(int status, const QByteArray &serialized);
    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse json(int status, const QJsonArray &array);
    static ApiResponse noContent();
    // v1 envelope {"totalCount":N,"results":[...]} spliced from pre-serialized objects.
    static ApiResponse v1List(qint64 total, const QList<QByteArray> &items);
    // v2 bare array with the x-total-count header the PowerShell module reads.
    static ApiResponse v2List(qint64 total, const QList<QByteArray> &items);
    static QByteArray joinArray(const QList<QByteArray> &items);
    // {"code":N,"message":"...","status":"Reason"}: satisfies the spec's Error schema and clients reading only message.
    static ApiResponse error(int status, const QString &message);
    // Like error() but with a stable machine-readable reason (used by the /sandbox control paths).
    static ApiResponse errorWithReason(int status, const QString &message, const QString &reason);
    static ApiResponse badRequest(const QString &message) { return error(400, message); }
    static ApiResponse notFound(const QString &what);
    static QByteArray reasonPhrase(int status);
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({ name, value }); }
};
