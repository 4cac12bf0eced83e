#pragma once

#include <QString>
#include <QStringView>
#include <span>

// Word lists for OrgGenerator: given names and family names from many cultures (with their
// diacritics, as people write them), departments, job titles, locations. Kept apart from the
// generator so its logic stays readable.
namespace NameLists {

std::span<const QStringView> firstNames();
std::span<const QStringView> lastNames();
std::span<const QStringView> departments();
std::span<const QStringView> jobTitles(); // generic; prefixed by a seniority where it fits
std::span<const QStringView> locations();
std::span<const QStringView> teamNames(); // for user groups and device groups

// "Zoë" → "zoe", "Łukasz" → "lukasz", "O'Brien" → "obrien": what a username is built from,
// since usernames allow only ASCII letters, digits, '.', '-' and '_'.
QString toAsciiLower(QStringView name);

} // namespace NameLists
