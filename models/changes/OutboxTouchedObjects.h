#pragma once

#include "ObjectKind.h"
#include "OutboxRow.h"

#include <QHash>
#include <QList>
#include <QString>

// Which objects have changes not in the directory yet, for the tables' marks: every user, device and group an unsent
// row names, as its object or in its payload (a binding names a user and a device, a membership a group and a
// member). A failed change outweighs a waiting one. Objects a pending create will make have no id yet and no mark.
class OutboxTouchedObjects
{
public:
    enum class Mark : int { None = 0, Pending = 1, Failed = 2 };

    static OutboxTouchedObjects of(const QList<OutboxRow> &rows);

    // Object id → mark, for one kind.
    const QHash<QString, int> &marks(ObjectKind kind) const { return m_marks[int(kind)]; }

private:
    void mark(ObjectKind kind, const QString &id, Mark mark);

    QHash<QString, int> m_marks[4];
};
