#pragma once

#include <QStringList>

// `bindery-cli sync --url URL --api-key-env VAR [--org-id ID] --cache FILE [--json]`: one pull sync
// into a cache file. The key is read only from the named environment variable: a command line is
// visible to every user of the machine. Prints the counts per collection (or one JSON object);
// on failure exits 1 with a one-line reason, and the cache keeps its previous snapshot.
class SyncCommand
{
public:
    int run(const QStringList &arguments);
};
