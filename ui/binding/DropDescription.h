#pragma once

#include "ObjectDropRequest.h"

#include <QCoreApplication>
#include <QString>

// The words for a drop, shared by the pane's hover hint, the bind dialog's heading and the undo action, so all three
// say the same thing: "Bind 3 users to build-01", "Add the members of Finance to user group All Staff".
class DropDescription
{
    Q_DECLARE_TR_FUNCTIONS(DropDescription)

public:
    static QString describe(const ObjectDropRequest &request);
    // Why these objects cannot land on a row of `targetKind` (or on that very row).
    static QString refusal(const DraggedObjects &objects, ObjectKind targetKind, const QString &targetId);
    // "alice", "3 users", "user group Engineering", "2 user groups", "build-01", "4 devices".
    static QString objects(const DraggedObjects &objects);
    // "Unbind alice from build-01", "Unbind 3 users from build-01", "Unbind alice from 2 devices".
    static QString unbind(const QStringList &userNames, const QStringList &deviceNames);
    // "%n user"/"%n users" without relying on a loaded translation for English plurals.
    static QString count(qint64 n, ObjectKind kind);
};
