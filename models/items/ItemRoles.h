#pragma once

#include <Qt>

// Roles every Bindery item model answers beyond Qt's own. Views sort on RawValueRole so that
// dates and counts order by value, never by their display text.
namespace ItemRoles {
enum Role : int {
    RawValueRole = Qt::UserRole + 1, // sortable value: lower-cased QString, int/bool, QDateTime
    ObjectIdRole, // the directory id of the row's object, on every column
    SearchTextRole, // column 0: the row's lower-cased haystack for filter-as-you-type
    ChangeMarkRole, // column 0: int OutboxTouchedObjects::Mark — changes to the object wait to be sent, or failed
};
} // namespace ItemRoles
