#pragma once

#include <QString>

// A custom attribute or a phone number: the directory stores both as name/value pairs.
struct NamedValue
{
    QString name;
    QString value;
    friend bool operator==(const NamedValue &, const NamedValue &) = default;
};
