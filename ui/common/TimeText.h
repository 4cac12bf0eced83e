#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How Bindery words points in time for people: "3 hours ago", "1 May 2024, 09:00".
// `now` is a parameter so the wording can be tested without waiting.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    static QString age(const QDateTime &then, const QDateTime &now);
    // Local date and time in the current locale's short format; "—" when unknown.
    static QString dateTime(const QDateTime &when);
    // "1 May 2024, 09:00 (3 hours ago)", or "never" when invalid.
    static QString dateTimeWithAge(const QDateTime &when, const QDateTime &now);
};
