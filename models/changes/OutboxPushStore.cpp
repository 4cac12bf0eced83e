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

Result<void> OutboxPushStore::markPushing(qint64 id, const std::optional<QJsonObject> &payload)
{
    if (!payload)
        return OutboxStore(m_cache).setState(id, OutboxRow::State::Pushing);
    // The record is rewritten: the old one, password and all, must not stay behind as free space.
    if (carriesPassword(*payload)) {
        if (auto overwriting = overwriteFreedSpace(); !overwriting)
            return overwriting;
    }
    QSqlQuery query(m_cache.database());
    query.prepare(u"UPDATE outbox SET state = ?, error = '', payload = ?, updated_at = ?, attempts = attempts + 1 "
                  "WHERE id = ?"_s);
    query.addBindValue(OutboxRow::stateKey(OutboxRow::State::Pushing));
    query.addBindValue(QString::fromUtf8(QJsonDocument(*payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(CacheCodec::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"updating pending change %1"_s.arg(id));
    return {};
}

Result<void> OutboxPushStore::markPending(qint64 id)
{
    return OutboxStore(m_cache).setState(id, OutboxRow::State::Pending);
}

Result<void> OutboxPushStore::finish(
    qint64 id, OutboxRow::State state, const QString &error, const QJsonObject &payload, const QString &objectId)
{
    // Done: the directory has the password, so it goes in the same UPDATE that marks the row done
    // and no crash can leave a Done row holding it; the old record's bytes are overwritten, not
    // left in the page's free space (dropOldPageImages() then clears the log). A Failed row keeps
    // its password on purpose: Retry sends the same create again, and the admin typed the
    // password once, in the form or the import file.
    const bool scrub = state == OutboxRow::State::Done && carriesPassword(payload);
    if (carriesPassword(payload)) {
        if (auto overwriting = overwriteFreedSpace(); !overwriting)
            return overwriting;
    }
    QSqlQuery query(m_cache.database());
    query.prepare(u"UPDATE outbox SET state = ?, error = ?, payload = ?, object_id = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(OutboxRow::stateKey(state));
    query.addBindValue(CacheCodec::bindable(error));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(scrub ? scrubbed(payload) : payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(CacheCodec::bindable(objectId));
    query.addBindValue(CacheCodec::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return CacheDatabase::errorFrom(query.lastError(), u"recording the outcome of change %1"_s.arg(id));
    return {};
}

Result<void> OutboxPushStore::overwriteFreedSpace()
{
    QSqlQuery pragma(m_cache.database());
    if (!pragma.exec(u"PRAGMA secure_delete = ON"_s))
        return CacheDatabase::errorFrom(pragma.lastError(), u"asking SQLite to overwrite deleted content"_s);
    return {};
}

bool OutboxPushStore::dropOldPageImages()
{
    QSqlQuery query(m_cache.database());
    // One row: busy (1 when a reader kept the checkpoint from finishing), log frames, frames copied.
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next())
        return false;
    return query.value(0).toInt() == 0;
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

bool OutboxPushStore::carriesPassword(const QJsonObject &payload)
{
    return payload.contains("password"_L1) || payload.value("fields"_L1).toObject().contains("password"_L1);
}

QDateTime OutboxPushStore::firstAttempt(const QJsonObject &payload)
{
    return QDateTime::fromString(payload.value(QLatin1StringView(FirstAttemptKey)).toString(), Qt::ISODateWithMs);
}
