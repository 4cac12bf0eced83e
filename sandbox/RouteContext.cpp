#include "RouteContext.h"

#include "DocumentCollection.h"
#include "Store.h"

using namespace Qt::StringLiterals;

ApiResponse RouteContext::listCollection(
    const ApiRequest &request, DocumentCollection &collection, ListQuery::Dialect dialect) const
{
    QString error;
    const auto query = ListQuery::parse(request, dialect, 100, &error);
    if (!query)
        return dialect == ListQuery::Dialect::V1 ? ApiResponse::json(400, QJsonObject { { u"message"_s, error } })
                                                 : ApiResponse::badRequest(error);
    bool descending = false;
    const bool cacheable = query->filters.isEmpty() && query->fields.isEmpty() && query->sortsById(&descending);
    QByteArray key;
    if (cacheable) {
        key = (dialect == ListQuery::Dialect::V1 ? "1:" : "2:") + QByteArray::number(query->skip) + ':'
            + QByteArray::number(query->limit) + (descending ? ":d" : ":a");
        const QByteArray cached = collection.cachedPage(key);
        if (!cached.isEmpty()) {
            if (dialect == ListQuery::Dialect::V1)
                return ApiResponse::json(200, cached);
            ApiResponse response = ApiResponse::json(200, cached);
            response.addHeader("x-total-count", QByteArray::number(collection.size()));
            return response;
        }
    }
    DocumentCollection::Page page;
    if (!collection.list(m_store.db(), *query, &page, &error))
        return ApiResponse::badRequest(error);
    ApiResponse response = dialect == ListQuery::Dialect::V1 ? ApiResponse::v1List(page.total, page.items)
                                                             : ApiResponse::v2List(page.total, page.items);
    if (cacheable)
        collection.cachePage(key, response.body);
    return response;
}

ApiResponse RouteContext::objectOr404(DocumentCollection &collection, const QString &id, const QString &what)
{
    if (!collection.contains(id))
        return ApiResponse::notFound(u"%1 %2"_s.arg(what, id));
    return ApiResponse::json(200, collection.raw(id));
}
