#include "InsightsRoutes.h"

#include "Router.h"
#include "Store.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

void InsightsRoutes::registerRoutes(Router &router)
{
    router.add(
        "GET", u"/api/v2/systeminsights/users"_s, [this](const ApiRequest &request) { return listUsers(request); });
}

ApiResponse InsightsRoutes::listUsers(const ApiRequest &request)
{
    QString error;
    const auto query = ListQuery::parse(request, ListQuery::Dialect::V2, 10000, &error);
    if (!query)
        return ApiResponse::json(400, QJsonObject { { u"message"_s, error } });
    QStringList systemIds;
    QStringList usernames;
    bool noMatch = false;
    for (const ListQuery::Filter &filter : query->filters) {
        if (filter.op != u"eq" && filter.op != u"in")
            return ApiResponse::badRequest(u"Bad Request: System Insights supports only eq and in filters"_s);
        QStringList *target = nullptr;
        if (filter.field == u"system_id")
            target = &systemIds;
        else if (filter.field == u"username")
            target = &usernames;
        else
            return ApiResponse::badRequest(u"Bad Request: cannot filter on \"%1\""_s.arg(filter.field));
        // Two filters on one field AND together: keep the intersection.
        if (target->isEmpty()) {
            *target = filter.values;
        } else {
            QStringList both;
            for (const QString &value : filter.values) {
                if (target->contains(value))
                    both.append(value);
            }
            *target = both;
            noMatch = noMatch || both.isEmpty();
        }
    }
    static const QStringList sortable
        = { u"system_id"_s, u"username"_s, u"uid"_s, u"collection_time"_s, u"last_login"_s };
    QStringList order;
    for (const ListQuery::SortKey &key : query->sort) {
        if (!sortable.contains(key.field))
            return ApiResponse::badRequest(u"Bad Request: cannot sort on \"%1\""_s.arg(key.field));
        order.append(key.field + (key.descending ? u" DESC"_s : u" ASC"_s));
    }
    order.append(u"system_id"_s);
    order.append(u"username"_s);
    qint64 total = 0;
    QList<QByteArray> items;
    if (!noMatch) {
        const auto accounts = m_context.store().listLocalAccounts(
            systemIds, usernames, order.join(u", "_s), query->limit, query->skip, &total);
        for (const LocalAccount &account : accounts)
            items.append(QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact));
    }
    return ApiResponse::v2List(total, items);
}
