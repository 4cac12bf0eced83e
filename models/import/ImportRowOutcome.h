#pragma once

#include <QString>

// What happened to one CSV row, for the commit page, the CLI and the results file.
struct ImportRowOutcome
{
    enum class Kind {
        Valid, // "valid": checked, no error, not sent (bindery-cli import validate --report)
        Invalid, // "invalid": the row has an error and was not sent
        Skipped, // "skipped": the admin left it out, or it is empty
        Unchanged, // "unchanged": an update with nothing to change
        Pending, // "pending": queued, not pushed yet (cancelled, offline, or still running)
        Created, // "created"
        Updated, // "updated"
        Partial, // "partial": the user was created or updated, but a binding or group add failed
        Failed, // "failed": the directory refused the user
        Undone, // "undone": taken back by "undo import" (removed before it was sent, or the user deleted again)
    };

    int row = -1;
    qint64 line = 0;
    Kind kind = Kind::Pending;
    QString message; // the directory's own words for failures; what was done otherwise
    QString newId; // creates that were done

    static QString key(Kind kind);
    bool isFinal() const { return kind != Kind::Pending; }
};
