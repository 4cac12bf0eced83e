#include "OutboxStore.h"

#include "CacheCodec.h"
#include "CacheDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

QString OutboxRow::stateKey(State state)
{
    switch (state) {
    case State::Pushing:
        return u"pushing"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Pending:
        break;
    }
    return u"pending"_s;
}

OutboxRow::State OutboxRow::stateFromKey(const QString &key)
{
    if (key == "pushing"_L1)
        return State::Pushing;
    if (key == "done"_L1)
        return State::Done;
    if (key == "failed"_L1)
        return State::Failed;
    return State::Pending;
}

OutboxStore::OutboxStore(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<qint64> OutboxStore::append(const OutboxRow &row)
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"INSERT INTO outbox (created_at, batch_id, kind, object_type, object_id, summary, payload, state, "
                  "attempts, error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime created = row.createdAt.isValid() ? row.createdAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(CacheCodec::fromDateTime(created));
    query.addBindValue(CacheCodec::bindable(row.batchId));
    query.addBindValue(CacheCodec::bindable(row.kind));
    query.addBindValue(CacheCodec::bindable(row.objectType));
    query.addBindValue(CacheCodec::bindable(row.objectId));
    query.addBindValue(CacheCodec::bindable(row.summary));
    query.addBindValue(QString::fromUtf8(QJsonDocument(row.payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(OutboxRow::stateKey(row.state));
    query.addBindValue(CacheCodec::bindable(row.attempts));
    query.addBindValue(CacheCodec::bindable(row.error));
    query.addBindValue(CacheCodec::fromDateTime(row.updatedAt.isValid() ? row.updatedAt : created));
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"saving the change \"%1\""_s.arg(row.summary));
    return query.lastInsertId().toLongLong();
}

Result<QList<OutboxRow>> OutboxStore::rows() const
{
    QSqlQuery query(m_cache.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, created_at, batch_id, kind, object_type, object_id, summary, payload, state, "
                    "attempts, error, updated_at FROM outbox ORDER BY id"_s))
        return CacheDatabase::errorFrom(query.lastError(), u"reading the pending changes"_s);
    QList<OutboxRow> list;
    while (query.next()) {
        OutboxRow row;
        row.id = query.value(0).toLongLong();
        row.createdAt = CacheCodec::toDateTime(query.value(1).toString());
        row.batchId = query.value(2).toString();
        row.kind = query.value(3).toString();
        row.objectType = query.value(4).toString();
        row.objectId = query.value(5).toString();
        row.summary = query.value(6).toString();
        row.payload = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        row.state = OutboxRow::stateFromKey(query.value(8).toString());
        row.attempts = query.value(9).toInt();
        row.error = query.value(10).toString();
        row.updatedAt = CacheCodec::toDateTime(query.value(11).toString());
        list.append(row);
    }
    return list;
}

Result<int> OutboxStore::countInState(OutboxRow::State state) const
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"SELECT count(*) FROM outbox WHERE state = ?"_s);
    query.addBindValue(OutboxRow::stateKey(state));
    if (!query.exec() || !query.next())
        return CacheDatabase::errorFrom(query.lastError(), u"counting the pending changes"_s);
    return query.value(0).toInt();
}

Result<void> OutboxStore::setState(qint64 id, OutboxRow::State state, const QString &error)
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"UPDATE outbox SET state = ?, error = ?, updated_at = ?, "
                  "attempts = attempts + CASE WHEN ? = 'pushing' THEN 1 ELSE 0 END WHERE id = ?"_s);
    query.addBindValue(OutboxRow::stateKey(state));
    query.addBindValue(CacheCodec::bindable(error));
    query.addBindValue(CacheCodec::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(OutboxRow::stateKey(state));
    query.addBindValue(id);
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"updating pending change %1"_s.arg(id));
    return {};
}

Result<void> OutboxStore::remove(qint64 id)
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"DELETE FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"removing pending change %1"_s.arg(id));
    return {};
}

Result<void> OutboxStore::restore(const QList<OutboxRow> &rows)
{
    QSqlDatabase db = m_cache.database();
    if (!db.transaction())
        return CacheDatabase::errorFrom(db.lastError(), u"restoring the pending changes"_s);
    for (const OutboxRow &row : rows) {
        if (auto added = append(row); !added) {
            db.rollback();
            return added.error();
        }
    }
    if (!db.commit()) {
        const Error error = CacheDatabase::errorFrom(db.lastError(), u"restoring the pending changes"_s);
        db.rollback();
        return error;
    }
    return {};
}
