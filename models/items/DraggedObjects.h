#pragma once

#include "ObjectKind.h"

#include <QMetaType>
#include <QStringList>

// Objects of one kind picked up together (several users, one user group …): what a drag carries and what the
// keyboard path's "Bind to…" starts from. Names travel with the ids so a drop can be described ("Bind 3 users to
// build-01", "Bind alice to build-01") without a lookup; ids and names are parallel.
struct DraggedObjects
{
    ObjectKind kind = ObjectKind::User;
    QStringList ids;
    QStringList names;

    bool isEmpty() const { return ids.isEmpty(); }
    qsizetype size() const { return ids.size(); }

    friend bool operator==(const DraggedObjects &, const DraggedObjects &) = default;
};
Q_DECLARE_METATYPE(DraggedObjects)
