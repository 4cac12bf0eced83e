#pragma once

#include "OutboxRow.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

class CacheDatabase;

// What the pusher writes back to the outbox table, one statement per step so a crash between
// two steps leaves a state the next push understands: Pushing (attempts + 1) before the request
// goes out, then the outcome with the payload it learned (createdId, password dropped) and the
// object id. A row still Pushing at the next start means "the answer was lost".
class OutboxPushStore
{
public:
    // Payload key: when a create was first marked Pushing (ISO 8601, UTC), so a lookup after a
    // lost answer can tell our object from one someone else made before it.
    static constexpr auto FirstAttemptKey = "firstAttemptAt";

    explicit OutboxPushStore(CacheDatabase &cache);

    // With `payload`, it is stored in the same statement (the pusher adds FirstAttemptKey).
    Result<void> markPushing(qint64 id, const std::optional<QJsonObject> &payload = std::nullopt);
    // Back to Pending, untouched otherwise (the push stopped before an answer).
    Result<void> markPending(qint64 id);
    // A Done row is stored scrubbed(): its password leaves the payload in the very statement that
    // marks it done. Failed and Pending rows keep theirs (see finish()).
    Result<void> finish(
        qint64 id, OutboxRow::State state, const QString &error, const QJsonObject &payload, const QString &objectId);
    // From now on, SQLite overwrites what this connection deletes or rewrites (PRAGMA
    // secure_delete) instead of leaving the old bytes in free space. The pusher asks at its start;
    // markPushing() and finish() ask again wherever a password is involved.
    Result<void> overwriteFreedSpace();
    // After a push that scrubbed passwords: SQLite keeps old page images in the write-ahead log
    // until a checkpoint, so the file would still hold them. Truncates the log; best effort (a
    // reader on another connection can hold it), false when it could not.
    bool dropOldPageImages();

    // `payload` without any "password" (top level, and in "fields"): what may stay on disk once the
    // directory has it.
    static QJsonObject scrubbed(QJsonObject payload);
    static bool carriesPassword(const QJsonObject &payload);
    // FirstAttemptKey of `payload`; invalid when it has none.
    static QDateTime firstAttempt(const QJsonObject &payload);

private:
    CacheDatabase &m_cache;
};
