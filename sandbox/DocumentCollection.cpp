#include "DocumentCollection.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace {
bool isSafeField(const QString &field)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"_s);
    return pattern.match(field).hasMatch();
}

QVariant typedValue(const QString &text)
{
    // The query string carries no types: compare like the stored JSON would (booleans as 1/0, numbers as numbers).
    if (text == u"true")
        return 1;
    if (text == u"false")
        return 0;
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok && !text.isEmpty() && !text.startsWith(u'0') && !text.contains(u'e', Qt::CaseInsensitive))
        return number;
    if (text == u"0")
        return 0;
    return text;
}
} // namespace

DocumentCollection::DocumentCollection(const QString &table, const QString &idKey, QList<IndexedField> indexed)
    : m_table(table)
    , m_idKey(idKey)
    , m_indexed(std::move(indexed))
{
}

DocumentCollection::~DocumentCollection() = default;

void DocumentCollection::releaseStatements()
{
    m_put.reset();
}

void DocumentCollection::createSchema(QSqlDatabase &db)
{
    QString columns;
    for (const IndexedField &field : std::as_const(m_indexed))
        columns += u", %1 TEXT"_s.arg(field.column);
    QSqlQuery query(db);
    if (!query.exec(
            u"CREATE TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY, json TEXT NOT NULL%2)"_s.arg(m_table, columns)))
        qCWarning(lcSandbox) << "schema" << m_table << query.lastError().text();
    for (const IndexedField &field : std::as_const(m_indexed))
        query.exec(u"CREATE INDEX IF NOT EXISTS %1_%2 ON %1(%2)"_s.arg(m_table, field.column));
}

void DocumentCollection::loadMirror(QSqlDatabase &db)
{
    m_ids.clear();
    m_json.clear();
    m_pageCache.clear();
    m_pageCacheBytes = 0;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(u"SELECT id, json FROM %1 ORDER BY id"_s.arg(m_table));
    while (query.next()) {
        const QString id = query.value(0).toString();
        m_ids.push_back(id);
        m_json.insert(id, query.value(1).toString().toUtf8());
    }
}

QJsonObject DocumentCollection::object(const QString &id) const
{
    const auto it = m_json.constFind(id);
    if (it == m_json.constEnd())
        return {};
    return QJsonDocument::fromJson(*it).object();
}

bool DocumentCollection::put(QSqlDatabase &db, const QJsonObject &object)
{
    return putSerialized(
        db, object.value(m_idKey).toString(), QJsonDocument(object).toJson(QJsonDocument::Compact), object);
}

bool DocumentCollection::putSerialized(
    QSqlDatabase &db, const QString &id, const QByteArray &json, const QJsonObject &object)
{
    if (!m_put) {
        QString columns = u"id, json"_s;
        QString placeholders = u"?, ?"_s;
        for (const IndexedField &field : std::as_const(m_indexed)) {
            columns += u", "_s + field.column;
            placeholders += u", ?"_s;
        }
        m_put = std::make_unique<QSqlQuery>(db);
        m_put->prepare(u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(m_table, columns, placeholders));
    }
    QSqlQuery &query = *m_put;
    query.bindValue(0, id);
    query.bindValue(1, QString::fromUtf8(json));
    int column = 2;
    for (const IndexedField &field : std::as_const(m_indexed)) {
        QString value = object.value(field.jsonField).toString();
        if (field.lowerCase)
            value = value.toLower();
        query.bindValue(column++, value.isEmpty() ? QVariant() : QVariant(value));
    }
    if (!query.exec()) {
        qCWarning(lcSandbox) << "put" << m_table << query.lastError().text();
        return false;
    }
    query.finish();
    mirrorInsert(id, json);
    return true;
}

bool DocumentCollection::remove(QSqlDatabase &db, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(m_table));
    query.addBindValue(id);
    if (!query.exec())
        return false;
    mirrorErase(id);
    return true;
}

QString DocumentCollection::findByIndexed(QSqlDatabase &db, const QString &column, const QString &value) const
{
    bool lower = true;
    for (const IndexedField &field : m_indexed) {
        if (field.column == column)
            lower = field.lowerCase;
    }
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM %1 WHERE %2 = ? LIMIT 1"_s.arg(m_table, column));
    query.addBindValue(lower ? value.toLower() : value);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool DocumentCollection::list(QSqlDatabase &db, const ListQuery &listQuery, Page *page, QString *error) const
{
    bool descending = false;
    if (listQuery.filters.isEmpty() && listQuery.sortsById(&descending)) {
        // Hot path: a slice of the id-ordered mirror, no SQL, no JSON work.
        page->total = qint64(m_ids.size());
        const qint64 begin = std::min<qint64>(listQuery.skip, page->total);
        const qint64 end = std::min<qint64>(begin + listQuery.limit, page->total);
        page->items.reserve(end - begin);
        for (qint64 i = begin; i < end; ++i) {
            const QString &id = descending ? m_ids[size_t(page->total - 1 - i)] : m_ids[size_t(i)];
            page->items.append(project(m_json.value(id), listQuery.fields));
        }
        return true;
    }

    QStringList where;
    QVariantList binds;
    const auto expressionFor = [this](const QString &field) -> QString {
        if (field == u"_id" || field == u"id")
            return u"id"_s;
        return u"json_extract(json, '$.%1')"_s.arg(field);
    };
    for (const ListQuery::Filter &filter : listQuery.filters) {
        if (!isSafeField(filter.field)) {
            *error = u"Bad Request: invalid filter field \"%1\""_s.arg(filter.field);
            return false;
        }
        const QString expression = expressionFor(filter.field);
        // Case-insensitive indexed columns narrow an equality filter before the exact (case-sensitive) comparison.
        for (const IndexedField &field : m_indexed) {
            if (filter.op == u"eq" && field.jsonField == filter.field && field.lowerCase) {
                where.append(u"%1 = ?"_s.arg(field.column));
                binds.append(filter.values.first().toLower());
            }
        }
        if (filter.op == u"in" || filter.op == u"nin") {
            QStringList marks;
            for (const QString &value : filter.values) {
                marks.append(u"?"_s);
                binds.append(typedValue(value));
            }
            where.append(
                u"%1 %2 IN (%3)"_s.arg(expression, filter.op == u"nin" ? u"NOT"_s : QString(), marks.join(u", "_s)));
        } else if (filter.op == u"sw") {
            where.append(u"substr(%1, 1, ?) = ?"_s.arg(expression));
            binds.append(filter.values.first().size());
            binds.append(filter.values.first());
        } else if (filter.op == u"search") {
            where.append(u"instr(lower(%1), lower(?)) > 0"_s.arg(expression));
            binds.append(filter.values.first());
        } else {
            static const QHash<QString, QString> operators = { { u"eq"_s, u"="_s }, { u"ne"_s, u"IS NOT"_s },
                { u"lt"_s, u"<"_s }, { u"lte"_s, u"<="_s }, { u"gt"_s, u">"_s }, { u"gte"_s, u">="_s } };
            QString value = filter.values.first();
            if (value == u"null" && (filter.op == u"eq" || filter.op == u"ne")) {
                where.append(u"%1 %2 NULL"_s.arg(expression, filter.op == u"eq" ? u"IS"_s : u"IS NOT"_s));
                continue;
            }
            where.append(u"%1 %2 ?"_s.arg(expression, operators.value(filter.op)));
            binds.append(typedValue(value));
        }
    }
    QStringList order;
    for (const ListQuery::SortKey &key : listQuery.sort) {
        if (!isSafeField(key.field)) {
            *error = u"Bad Request: invalid sort field \"%1\""_s.arg(key.field);
            return false;
        }
        order.append(expressionFor(key.field) + (key.descending ? u" DESC"_s : u" ASC"_s));
    }
    order.append(u"id"_s); // a stable order for paging
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);

    QSqlQuery count(db);
    count.prepare(u"SELECT count(*) FROM %1%2"_s.arg(m_table, whereSql));
    for (const QVariant &bind : std::as_const(binds))
        count.addBindValue(bind);
    if (!count.exec() || !count.next()) {
        *error = u"Bad Request: invalid filter"_s;
        return false;
    }
    page->total = count.value(0).toLongLong();

    QSqlQuery select(db);
    select.setForwardOnly(true);
    select.prepare(u"SELECT id FROM %1%2 ORDER BY %3 LIMIT %4 OFFSET %5"_s.arg(
        m_table, whereSql, order.join(u", "_s), QString::number(listQuery.limit), QString::number(listQuery.skip)));
    for (const QVariant &bind : std::as_const(binds))
        select.addBindValue(bind);
    if (!select.exec()) {
        *error = u"Bad Request: invalid query"_s;
        return false;
    }
    while (select.next())
        page->items.append(project(m_json.value(select.value(0).toString()), listQuery.fields));
    return true;
}

QByteArray DocumentCollection::project(const QByteArray &raw, const QStringList &fields) const
{
    if (fields.isEmpty())
        return raw;
    const QJsonObject full = QJsonDocument::fromJson(raw).object();
    QJsonObject selected;
    selected.insert(m_idKey, full.value(m_idKey));
    for (const QString &field : fields) {
        if (full.contains(field))
            selected.insert(field, full.value(field));
    }
    return QJsonDocument(selected).toJson(QJsonDocument::Compact);
}

void DocumentCollection::cachePage(const QByteArray &key, const QByteArray &body) const
{
    constexpr qsizetype Budget = 256 * 1024 * 1024;
    if (m_pageCacheBytes + body.size() > Budget) {
        m_pageCache.clear();
        m_pageCacheBytes = 0;
    }
    m_pageCache.insert(key, body);
    m_pageCacheBytes += body.size();
}

void DocumentCollection::mirrorInsert(const QString &id, const QByteArray &json)
{
    m_pageCache.clear();
    m_pageCacheBytes = 0;
    if (!m_json.contains(id)) {
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        m_ids.insert(it, id);
    }
    m_json.insert(id, json);
}

void DocumentCollection::mirrorErase(const QString &id)
{
    m_pageCache.clear();
    m_pageCacheBytes = 0;
    if (!m_json.remove(id))
        return;
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    if (it != m_ids.end() && *it == id)
        m_ids.erase(it);
}
