#pragma once

#include "Device.h"
#include "LocalAccount.h"
#include "User.h"

#include <QString>

class QSqlQuery;

// The column lists the readers select and the functions that turn one result row into a
// domain value. Kept together so a column added to the schema is added in one place.
namespace CacheRowMapper {
extern const QString userColumns; // prefixed with "u."
extern const QString deviceColumns; // prefixed with "d."
extern const QString localAccountColumns; // prefixed with "a."
constexpr int userColumnCount = 35;
constexpr int deviceColumnCount = 21;
constexpr int localAccountColumnCount = 14;

User userFrom(const QSqlQuery &query, int first = 0);
Device deviceFrom(const QSqlQuery &query, int first = 0);
LocalAccount localAccountFrom(const QSqlQuery &query, int first = 0);
} // namespace CacheRowMapper
