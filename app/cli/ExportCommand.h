#pragma once

#include <QStringList>

// `bindery-cli export <kind> --cache FILE --out FILE.csv|-`: CSV from the cache, through
// CacheExporter. A missing or damaged cache is a failure (exit 1) with what to do about it.
class ExportCommand
{
public:
    int run(const QStringList &arguments);
};
