#pragma once

#include <QString>

// Where each connection profile's cache lives: one file per profile under the platform's
// application-data folder (e.g. ~/.local/share/Bindery/caches on Linux).
namespace CacheLocation {
QString directory();
QString fileForProfile(const QString &profileName);
} // namespace CacheLocation
