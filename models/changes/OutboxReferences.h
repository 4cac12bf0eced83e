#pragma once

#include "OutboxRow.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <functional>

// The "<key>FromRow" convention (OutboxChangeFactory.h): a change that needs the id of an object
// another outbox row creates names that row instead of the id. The pusher resolves the
// references just before it sends the change; the UI can list them to show what depends on what.
class OutboxReferences
{
public:
    static constexpr QLatin1StringView Suffix { "FromRow" };
    // Stable Error codes from resolve().
    static constexpr auto FailedDependency = "outbox-dependency-failed";
    static constexpr auto MissingDependency = "outbox-dependency-missing";
    static constexpr auto UnfinishedDependency = "outbox-dependency-unfinished";

    // The outbox row ids `payload` refers to, in key order.
    static QList<qint64> referencedRows(const QJsonObject &payload);
    static bool hasReferences(const QJsonObject &payload) { return !referencedRows(payload).isEmpty(); }

    // `payload` with "<key>": <row N's createdId> beside every "<key>FromRow": N (the reference is
    // kept, so the stored row still says where the id came from). Fails, in words for the admin,
    // when row N failed, was removed, is not pushed yet or created nothing. `rowById` returns
    // nullptr for an id not in the outbox.
    static Result<QJsonObject> resolve(
        const QJsonObject &payload, const std::function<const OutboxRow *(qint64)> &rowById);
};
