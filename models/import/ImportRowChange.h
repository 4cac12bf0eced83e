#pragma once

#include "ImportRowResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What one accepted CSV row asks of the directory, in the directory's own terms: the user's fields under their v1
// systemuser names (ready for OutboxChangeFactory), the device to bind and the groups to join. Built by
// ImportChangeBuilder from a validated row; ImportBatchWriter turns it into outbox rows.
struct ImportRowChange
{
    struct Group
    {
        QString id;
        QString name;

        friend bool operator==(const Group &, const Group &) = default;
    };

    int row = -1; // index into the validator's records
    qint64 line = 0;
    ImportRowAction action = ImportRowAction::Create;
    QString username; // as the row gives it (the key the batch is matched by)
    QString existingUserId; // updates
    QJsonObject fields; // creates: every mapped value; updates: only what changes
    QJsonObject before; // updates: the values the admin saw, for the pusher's conflict check
    QString password; // write-only; scrubbed from the outbox once pushed
    QString deviceId; // empty: no binding
    QString deviceName;
    bool administrator = false;
    QList<Group> groups;
    // Values the import cannot send and says so in the results file (a manager created by the same file).
    QStringList notes;

    friend bool operator==(const ImportRowChange &, const ImportRowChange &) = default;
};
