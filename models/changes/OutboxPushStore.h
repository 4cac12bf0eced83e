#pragma once

#include "OutboxRow.h"
#include "Result.h"

#include <QJsonObject>

class CacheDatabase;

// What the pusher writes back to the outbox table, one statement per step so a crash between
// two steps leaves a state the next push understands: Pushing (attempts + 1) before the request
// goes out, then the outcome with the payload it learned (createdId, password dropped) and the
// object id. A row still Pushing at the next start means "the answer was lost".
class OutboxPushStore
{
public:
    explicit OutboxPushStore(CacheDatabase &cache);

    Result<void> markPushing(qint64 id);
    // Back to Pending, untouched otherwise (the push stopped before an answer).
    Result<void> markPending(qint64 id);
    Result<void> finish(
        qint64 id, OutboxRow::State state, const QString &error, const QJsonObject &payload, const QString &objectId);

    // `payload` without any "password" (top level, and in "fields"): what may stay on disk once the
    // directory has it.
    static QJsonObject scrubbed(QJsonObject payload);

private:
    CacheDatabase &m_cache;
};
