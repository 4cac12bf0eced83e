#pragma once

#include "ApiError.h"
#include "OutboxObjectRef.h"
#include "OutboxRow.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

// The outcome of one push: per row what happened, the counts, what it cost, which objects the
// directory now holds differently (re-read them), and why the push stopped early if it did.
// A value, so it crosses threads.
struct OutboxPushSummary
{
    struct Row
    {
        qint64 id = 0;
        QString kind;
        QString summary;
        OutboxRow::State state = OutboxRow::State::Pending;
        QString error; // Failed: the directory's message or the conflict in plain words
        QString createdId;
        bool adopted = false; // a create whose answer was lost, found in the directory afterwards
    };

    QList<Row> rows; // rows the push finished or handed back, in the order they finished
    int total = 0; // rows that were waiting when the push started
    int done = 0;
    int failed = 0;
    int pending = 0; // still waiting: the push stopped (error below) or was cancelled first
    int requests = 0;
    int retries = 0;
    double seconds = 0;
    // Null unless the push stopped early: "unauthorized", an unreachable directory (network,
    // timeout, server-error, rate-limited), "cancelled", or a cache-* code when the outbox
    // could not be written. Rows the directory refused are not errors here: they are Failed rows.
    ApiError error;
    QList<OutboxObjectRef> touched;

    bool ok() const { return error.isNull(); }
    // {"counts":{"total","done","failed","pending"},"rows":[{id,kind,summary,state,error?,createdId?,adopted?}],
    //  "requests","retries","seconds"} (+ "error": {code,message} when it stopped early).
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(OutboxPushSummary)
