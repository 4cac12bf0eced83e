#pragma once

#include "OutboxObjectRef.h"
#include "OutboxRow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

// What each kind of outbox row is about, from one table: whether it creates, changes or deletes
// an object, adds or removes an edge between two, or changes an org setting, and which payload
// keys name those objects. Ordering, conflict messages and "what to re-read" all read it, so they
// cannot disagree about a kind.
class OutboxKindInfo
{
public:
    enum class Shape { Unknown, Create, Change, Delete, EdgeAdd, EdgeRemove, Setting };

    static Shape shape(const QString &kind);
    static bool isKnown(const QString &kind) { return shape(kind) != Shape::Unknown; }
    // Every kind the pusher can send, sorted: what a test that covers "every kind" compares with.
    static QStringList kinds();

    // The objects `row` names, the one it changes (or the first end of its edge) first. Ids come
    // from the payload as it is: an unresolved "<key>FromRow" gives `fromRow` instead of `id`.
    // A create's own object has neither until it is pushed. `rowById` (optional) supplies the
    // name of an object another row creates.
    static QList<OutboxObjectRef> objects(
        const OutboxRow &row, const std::function<const OutboxRow *(qint64)> &rowById = {});

    // "User", "Device", "User group", "Device group": the start of a sentence about the object.
    static QString noun(const QString &type);
    // "User jdoe" (the id when the row carries no name).
    static QString describe(const OutboxObjectRef &object);
};
