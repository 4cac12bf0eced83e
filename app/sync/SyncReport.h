#pragma once

#include "ApiError.h"
#include "ChangeSet.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QStringList>

// The outcome of one sync: what was fetched, what it cost, what changed in the cache — or why it
// failed (and then the cache still holds the previous snapshot). A value, so it crosses threads.
struct SyncReport
{
    ApiError error; // null on success; cache failures carry the cache's Error code
    QMap<QString, qint64> counts; // per collection: items in the applied snapshot
    int requests = 0;
    int retries = 0;
    double seconds = 0;
    ChangeSet changes;
    QStringList warnings; // e.g. totals that disagreed, edges dropped because an end was missing

    bool ok() const { return error.isNull(); }
    // {"counts":{…},"requests":N,"retries":N,"seconds":S,"changes":{…}} (+ "error", "warnings").
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(SyncReport)
