#include "ApiRequest.h"

using namespace Qt::StringLiterals;

QByteArray ApiRequest::verb() const
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    }
    return "GET";
}

QString ApiRequest::describe(const ApiEndpoint &endpoint) const
{
    QString text = QString::fromLatin1(verb()) + u' ' + endpoint.prefixPath(version) + path;
    if (!query.isEmpty())
        text += u'?' + query.toString(QUrl::PrettyDecoded);
    return text;
}
