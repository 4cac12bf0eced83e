#include "TempCache.h"

TempCache::TempCache() = default;

QString TempCache::path(const QString &name) const
{
    return m_dir.filePath(name);
}
