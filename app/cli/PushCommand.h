#pragma once

#include <QStringList>

// `bindery-cli push --url URL --api-key-env VAR [--org-id ID] --cache FILE [--json]`: sends the
// cache's waiting changes (the outbox) to the directory. The key is read only from the named
// environment variable, as for sync. Prints one line per change (or one JSON object: counts and
// rows). Exits 0 when every change is done, 1 when one failed or some are still waiting (the
// directory refused the key or could not be reached), 2 for a wrong command line.
class PushCommand
{
public:
    int run(const QStringList &arguments);
};
