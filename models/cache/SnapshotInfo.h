#pragma once

#include "OrgSettings.h"

#include <QDateTime>
#include <QString>

// What the cache knows about the snapshot it holds: which org, from where, and how old.
struct SnapshotInfo
{
    OrgSettings settings;
    QDateTime syncedAt; // invalid when the cache has never completed a sync
    QString sourceUrl;

    friend bool operator==(const SnapshotInfo &, const SnapshotInfo &) = default;
};
