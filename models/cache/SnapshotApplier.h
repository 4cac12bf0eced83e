#pragma once

#include "ChangeSet.h"
#include "OrgSnapshot.h"
#include "Result.h"

class CacheDatabase;

// Brings the cache to a complete, freshly pulled snapshot in one transaction, writing only the
// difference: per table it inserts new rows, updates changed ones and deletes gone ones, and
// says which in a ChangeSet. Applying the snapshot the cache already holds writes nothing.
// The caller guarantees the snapshot is complete and consistent (every edge's ends present):
// an incomplete pull must never get here. The outbox is never touched.
class SnapshotApplier
{
public:
    explicit SnapshotApplier(CacheDatabase &cache);

    Result<ChangeSet> apply(const OrgSnapshot &snapshot);

private:
    CacheDatabase &m_cache;
};
