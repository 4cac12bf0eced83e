#pragma once

#include "OsFamily.h"

#include <QString>
#include <QStringView>

// The directory's naming convention for usernames and local account names (DOMAIN.md "Username rules"), and the
// name similarity the binding planner uses to spot a likely accidental second profile.
class LocalAccountNameRules
{
public:
    static constexpr int MaxLength = 30; // macOS and Linux devices
    static constexpr int MaxWindowsLength = 20;

    // Starts with a letter; only letters, digits, '.', '-', '_' (so no spaces and no '@'). Letters are ASCII: the
    // agents create POSIX and SAM account names, where other letters are not portable.
    static bool isValid(QStringView name);
    // The longest name a device of this family accepts; an unknown OS gets the macOS/Linux limit.
    static int maxLength(OsFamily family);
    // Lower case without '.', '_' and '-': john.doe, John_Doe and johndoe share one key.
    static QString similarityKey(QStringView name);
    // Appends name's similarity key to key. The key of a concatenation is the concatenation of the keys, so a key
    // for "first name + last name" is built in a reused buffer without joining the names first.
    static void appendSimilarityKey(QStringView name, QString &key);
    // True when a and b differ by exactly one insertion, deletion, substitution or swap of adjacent characters
    // (Damerau-Levenshtein distance 1). Compares code units as given; lower-case both first for a case-blind test.
    static bool isOneEditApart(QStringView a, QStringView b);
};
