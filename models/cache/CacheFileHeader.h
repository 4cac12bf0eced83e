#pragma once

#include "Result.h"

#include <QString>

// Reads the 100-byte SQLite header of a cache file before SQLite opens it, so that a file
// that is not a database or that was cut short is recognised with a clear message instead
// of failing later, half-way through loading an org.
class CacheFileHeader
{
public:
    // An empty or missing file passes: SQLite creates a new database there.
    static Result<void> check(const QString &path);
};
