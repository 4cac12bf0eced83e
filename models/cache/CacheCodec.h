#pragma once

#include "NamedValue.h"
#include "OrgSettings.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

// How values that SQLite has no type for are stored as text in the cache.
namespace CacheCodec {
// Text columns are NOT NULL: a null QString would bind as SQL NULL, so bind values go through here.
QVariant bindable(const QVariant &value);
QString fromDateTime(const QDateTime &value); // ISO 8601 UTC with milliseconds, "" for invalid
QDateTime toDateTime(const QString &text);
QString fromNamedValues(const QList<NamedValue> &values); // JSON array of {name, value}
QList<NamedValue> toNamedValues(const QString &json);
QString fromSettings(const OrgSettings &settings); // JSON object, org id/name excluded
OrgSettings toSettings(const QString &json);
} // namespace CacheCodec
