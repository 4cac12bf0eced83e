#pragma once

#include <QMetaType>
#include <QString>

// How far one collection of a sync has come. For the lists (users, devices…) `fetched` and
// `total` count items; for the per-object collections (memberships, bindings) they count the
// objects whose lists are done. `total` is -1 while unknown.
struct SyncProgress
{
    QString collection;
    qint64 fetched = 0;
    qint64 total = -1;
};

Q_DECLARE_METATYPE(SyncProgress)
