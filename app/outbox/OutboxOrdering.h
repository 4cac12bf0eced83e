#pragma once

#include "OutboxRow.h"

#include <QHash>
#include <QList>
#include <QString>

// Which outbox rows may be pushed at the same time. Every row claims keys: the object it changes
// (exclusively), the ends of an edge it adds or removes (shared: many bindings to one device go
// out together) and the edge itself (exclusively), the row it takes an id from (shared) or its
// own row when it creates (exclusively). A row may start only when no earlier unfinished row
// holds a conflicting claim, so rows about the same object go out strictly in order while
// unrelated rows run in parallel.
class OutboxOrdering
{
public:
    struct Claim
    {
        QString key;
        bool exclusive = true;
        friend bool operator==(const Claim &, const Claim &) = default;
    };

    static QList<Claim> claims(const OutboxRow &row);

    // The claims of the earlier rows of one scan, in queue order.
    class Held
    {
    public:
        bool conflicts(const QList<Claim> &claims) const;
        void add(const QList<Claim> &claims);

    private:
        QHash<QString, bool> m_keys; // key → held exclusively
    };
};
