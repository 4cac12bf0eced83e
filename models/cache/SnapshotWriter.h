#pragma once

#include "OrgSnapshot.h"
#include "Result.h"

class CacheDatabase;

// Writes a whole org snapshot into the cache in one transaction: either the new snapshot is
// there completely or the old one still is. The outbox is never touched.
class SnapshotWriter
{
public:
    explicit SnapshotWriter(CacheDatabase &cache);

    Result<void> replaceSnapshot(const OrgSnapshot &snapshot);

private:
    CacheDatabase &m_cache;
};
