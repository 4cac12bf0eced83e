#pragma once

#include <QStringList>

// `bindery-cli import validate FILE --cache FILE [--mapping FILE] [--update-existing] [--json] [--report OUT.csv]`
// checks every row against the cache's org: exit 0 when no row has an error, 1 when some do, 2 when the file (or
// the cache, or the mapping) cannot be read.
// `bindery-cli import commit FILE --url URL --api-key-env VAR --cache FILE [--org-id ID] [--mapping FILE]
// [--update-existing] [--json] [--report OUT.csv]` queues the rows without errors as one outbox batch and pushes the
// outbox: exit 0 when every row was imported, 1 when a row was invalid, failed or is still pending. Running the same
// file again (after a crash, a cancel or a lost connection) finds the batch and never queues a user twice. The key
// is read only from the named environment variable.
class ImportCommand
{
public:
    int run(const QStringList &arguments);

private:
    int validate(const QStringList &arguments);
    int commit(const QStringList &arguments);
};
