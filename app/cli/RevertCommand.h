#pragma once

#include <QStringList>

// `bindery-cli revert --batch ID --cache FILE [--json]`: takes back a batch of changes (an import, a drop) after it
// was sent, as the pending changes' Revert does: its unsent rows are removed and the changes that reverse what the
// directory did are queued as one new batch (BatchReversal). Offline; `bindery-cli push` sends them. Prints what was
// queued and what stays as it is, and the 48-hour billing window for users it deletes. Exits 0 when something was
// queued or removed, 1 when nothing of the batch can be reverted (or rows are being sent right now), 2 for a wrong
// command line.
class RevertCommand
{
public:
    int run(const QStringList &arguments);
};
