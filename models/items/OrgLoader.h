#pragma once

#include "LoadedOrg.h"
#include "Result.h"

#include <QFuture>
#include <QString>

// Reads a cached org for the four panes. Errors (damaged file, newer schema, missing file) come
// back with CacheDatabase's codes so the caller can offer a rebuild; nothing here crashes on them.
class OrgLoader
{
public:
    // Opens its own connection, reads the snapshot and the four tables in one read transaction
    // (so a sync committing meanwhile cannot mix two snapshots), and closes the connection.
    static Result<LoadedOrg> load(const QString &cachePath);
    // load() on a QtConcurrent worker, for the GUI's cold start.
    static QFuture<Result<LoadedOrg>> loadAsync(const QString &cachePath);
};
