#pragma once

#include <QString>

// What went wrong, for core and cache code that must not throw across signals or threads.
// `code` is stable (tests and the UI branch on it); `detail` is for people and names the object.
struct Error
{
    QString code;
    QString detail;
};
