#pragma once

#include "OutboxRow.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>

// Whether an object that OutboxRequestMapper::lookupCreated() found is the one a create row made
// (its answer was lost, or a 409 met what may be its own twin). It is ours only if it holds every
// field the row sent, as sent, and, where the directory says when it made the object (users'
// `created`; v2 groups have none), it was made after the row was first sent. An object with our
// name that fails either test is someone else's: the verdict says why, in words for the admin.
class OutboxCreatedMatch
{
public:
    // How far the directory's clock may be behind ours when comparing `created` with our clock.
    static constexpr int ClockSkewSeconds = 600;

    struct Verdict
    {
        QString id; // ours: adopt it
        QString refusal; // an object with our name that is not ours; empty when there is none
    };

    // `answer` is the lookup's answer (v1 {results} or a v2 array); `firstAttempt` when the row
    // was first sent (invalid: no time bound).
    static Verdict judge(const OutboxRow &row, const QJsonDocument &answer, const QDateTime &firstAttempt,
        int clockSkewSeconds = ClockSkewSeconds);
};
