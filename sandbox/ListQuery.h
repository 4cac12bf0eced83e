#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

struct ApiRequest;

// Paging, sorting, filtering and field selection of one list request, parsed from either API dialect.
// v1: filter=field:$op:value (also filter[0]=...), sort/fields space-separated.
// v2: filter=field:op:value (repeat = AND), sort/fields comma-separated.
struct ListQuery
{
    enum class Dialect { V1, V2 };
    struct Filter
    {
        QString field;
        QString op; // normalised without '$': eq ne lt lte gt gte sw in nin search
        QStringList values;
    };
    struct SortKey
    {
        QString field;
        bool descending = false;
    };

    int limit = 10;
    int skip = 0;
    QList<SortKey> sort;
    QList<Filter> filters;
    QStringList fields;

    // Parses the query string. maxLimit is 100 for ordinary lists and 10000 for System Insights. On error returns
    // nothing and sets *error to the real service's message.
    static std::optional<ListQuery> parse(const ApiRequest &request, Dialect dialect, int maxLimit, QString *error);
    // Parses one filter expression; used by parse() and by the search endpoint.
    static std::optional<Filter> parseFilter(const QString &expression, Dialect dialect, QString *error);
    // True when the result order is the natural id order (no sort, or sort on _id/id ascending or descending).
    bool sortsById(bool *descending) const;
};
