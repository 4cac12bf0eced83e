#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// Field values as the outbox's conflict and adoption checks compare and quote them: a missing, null or empty value is
// blank (the directory writes all three for "not set"), and a value is quoted for the admin as it would be typed.
class OutboxFieldValue
{
    Q_DECLARE_TR_FUNCTIONS(OutboxFieldValue)

public:
    static bool isBlank(const QJsonValue &value);
    // "jdoe" in quotes, true/false, a number, compact JSON for arrays and objects, "(empty)" for a blank.
    static QString shown(const QJsonValue &value);
};
