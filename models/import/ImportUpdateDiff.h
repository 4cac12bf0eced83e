#pragma once

#include "ImportMapping.h"
#include "ImportRowResult.h"
#include "User.h"

#include <QStringList>

// What an update row would change on an existing user: one entry per non-empty mapped cell whose value differs from
// the cached user (empty cells change nothing, as the module's Set-JCUser sends only what is given). Passwords are
// never shown, only that one is set.
class ImportUpdateDiff
{
public:
    static QList<ImportFieldChange> diff(const User &user, const QStringList &fields, const ImportMapping &mapping);
    // The cached value of a field, as text, or nullopt when the cache does not hold it.
    static std::optional<QString> currentValue(const User &user, ImportTarget target);
};
