#include "OutboxPushStore.h"

#include "CacheCodec.h"
#include "CacheDatabase.h"
#include "OutboxStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

OutboxPushStore::OutboxPushStore(CacheDatabase &cache)
    : m_cache(cache)
{
}

Result<void> OutboxPushStore::markPushing(qint64 id)
{
    return OutboxStore(m_cache).setState(id, OutboxRow::State::Pushing);
}

Result<void> OutboxPushStore::markPending(qint64 id)
{
    return OutboxStore(m_cache).setState(id, OutboxRow::State::Pending);
}

Result<void> OutboxPushStore::finish(
    qint64 id, OutboxRow::State state, const QString &error, const QJsonObject &payload, const QString &objectId)
{
    QSqlQuery query(m_cache.database());
    query.prepare(u"UPDATE outbox SET state = ?, error = ?, payload = ?, object_id = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(OutboxRow::stateKey(state));
    query.addBindValue(CacheCodec::bindable(error));
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(CacheCodec::bindable(objectId));
    query.addBindValue(CacheCodec::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"recording the outcome of change %1"_s.arg(id));
    return {};
}

QJsonObject OutboxPushStore::scrubbed(QJsonObject payload)
{
    payload.remove("password"_L1);
    if (payload.value("fields"_L1).toObject().contains("password"_L1)) {
        QJsonObject fields = payload.value("fields"_L1).toObject();
        fields.remove("password"_L1);
        payload.insert(u"fields"_s, fields);
    }
    return payload;
}
