#include "User.h"

#include <QStringList>

QString User::fullName() const
{
    QStringList parts;
    for (const QString *part : { &firstName, &middleName, &lastName }) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(QLatin1Char(' '));
}

QString User::shownName() const
{
    if (!displayName.isEmpty())
        return displayName;
    const QString full = fullName();
    return full.isEmpty() ? username : full;
}
