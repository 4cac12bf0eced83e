#include "ListQuery.h"

#include "ApiTypes.h"

using namespace Qt::StringLiterals;

namespace {
QStringList splitTerms(const QString &value)
{
    // '|' separates terms; "\|" is a literal pipe.
    QStringList terms;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size() && value.at(i + 1) == u'|') {
            current.append(u'|');
            ++i;
        } else if (value.at(i) == u'|') {
            terms.append(current);
            current.clear();
        } else {
            current.append(value.at(i));
        }
    }
    terms.append(current);
    return terms;
}

bool parseNonNegative(const QString &text, int *out)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > 1000000000)
        return false;
    *out = int(value);
    return true;
}
} // namespace

std::optional<ListQuery::Filter> ListQuery::parseFilter(const QString &expression, Dialect dialect, QString *error)
{
    const qsizetype first = expression.indexOf(u':');
    const qsizetype second = first < 0 ? -1 : expression.indexOf(u':', first + 1);
    if (first <= 0 || second < 0) {
        *error = u"Bad Request: invalid filter \"%1\"; expected field:op:value"_s.arg(expression);
        return std::nullopt;
    }
    Filter filter;
    filter.field = expression.left(first);
    QString op = expression.mid(first + 1, second - first - 1);
    const QString value = expression.mid(second + 1);
    if (dialect == Dialect::V1) {
        if (!op.startsWith(u'$')) {
            *error = u"Bad Request: filter operator \"%1\" must start with $"_s.arg(op);
            return std::nullopt;
        }
        op.remove(0, 1);
        static const QStringList v1Ops
            = { u"eq"_s, u"ne"_s, u"in"_s, u"nin"_s, u"lt"_s, u"lte"_s, u"gt"_s, u"gte"_s, u"sw"_s };
        if (!v1Ops.contains(op)) {
            *error = u"Bad Request: unsupported filter operator \"$%1\""_s.arg(op);
            return std::nullopt;
        }
    } else {
        static const QStringList v2Ops = { u"eq"_s, u"ne"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s, u"in"_s, u"search"_s };
        if (!v2Ops.contains(op)) {
            *error = u"Bad Request: unsupported filter operator \"%1\""_s.arg(op);
            return std::nullopt;
        }
        // One internal vocabulary for both dialects.
        if (op == u"ge")
            op = u"gte"_s;
        else if (op == u"le")
            op = u"lte"_s;
    }
    filter.op = op;
    filter.values = (op == u"in" || op == u"nin") ? splitTerms(value) : QStringList { value };
    return filter;
}

std::optional<ListQuery> ListQuery::parse(const ApiRequest &request, Dialect dialect, int maxLimit, QString *error)
{
    ListQuery query;
    if (request.hasQuery(u"limit"_s)) {
        if (!parseNonNegative(request.queryValue(u"limit"_s), &query.limit)) {
            *error = u"Bad Request: request parameter \"limit\" is not a valid integer"_s;
            return std::nullopt;
        }
        if (query.limit > maxLimit) {
            *error = u"Bad Request: request parameter \"limit\" exceeds maximum value of %1"_s.arg(maxLimit);
            return std::nullopt;
        }
        if (query.limit == 0)
            query.limit = 10; // the service treats limit=0 as "default"
    }
    if (request.hasQuery(u"skip"_s) && !parseNonNegative(request.queryValue(u"skip"_s), &query.skip)) {
        *error = u"Bad Request: request parameter \"skip\" must be a non-negative integer"_s;
        return std::nullopt;
    }
    const QChar separator = dialect == Dialect::V1 ? u' ' : u',';
    for (const QString &sortValue : request.queryValues(u"sort"_s)) {
        for (QString field : sortValue.split(separator, Qt::SkipEmptyParts)) {
            field = field.trimmed();
            SortKey key;
            if (field.startsWith(u'-')) {
                key.descending = true;
                field.remove(0, 1);
            } else if (field.startsWith(u'+')) {
                field.remove(0, 1);
            }
            key.field = field;
            if (!field.isEmpty())
                query.sort.append(key);
        }
    }
    for (const QString &fieldsValue : request.queryValues(u"fields"_s)) {
        for (const QString &field : fieldsValue.split(separator, Qt::SkipEmptyParts))
            query.fields.append(field.trimmed());
    }
    QStringList expressions = request.queryValues(u"filter"_s);
    // v1 AND form: filter[0]=...&filter[1]=...
    for (int i = 0; i < 100; ++i) {
        const QString key = u"filter[%1]"_s.arg(i);
        if (!request.hasQuery(key))
            break;
        expressions += request.queryValues(key);
    }
    for (const QString &expression : std::as_const(expressions)) {
        if (expression.isEmpty())
            continue;
        const auto filter = parseFilter(expression, dialect, error);
        if (!filter)
            return std::nullopt;
        query.filters.append(*filter);
    }
    return query;
}

bool ListQuery::sortsById(bool *descending) const
{
    *descending = false;
    if (sort.isEmpty())
        return true;
    if (sort.size() == 1 && (sort.first().field == u"_id" || sort.first().field == u"id")) {
        *descending = sort.first().descending;
        return true;
    }
    return false;
}
