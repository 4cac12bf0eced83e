#pragma once

#include "OutboxObjectRef.h"
#include "OutboxRow.h"

#include <QJsonObject>
#include <QString>

// Whether a change still fits the object the directory has now: the admin edited what they saw,
// and someone may have renamed or edited the same object meanwhile. A value the directory already
// holds in its new form is no conflict (a change whose answer was lost and is sent again).
class OutboxConflictCheck
{
public:
    // Why the change must not go ahead, in plain words; empty when it may. `current` is the
    // directory's answer to OutboxRequestMapper::readBefore(row).
    static QString check(const OutboxRow &row, const QJsonObject &current);

    // "User jdoe no longer exists in the directory."
    static QString gone(const OutboxObjectRef &object);
};
