#pragma once

#include "ApiCredentials.h"
#include "ConnectionProfile.h"
#include "SyncConfig.h"

#include <QMetaType>
#include <QString>

// What the window needs when the admin picks "Connect": the profile, the key (memory only) and
// the profile's cache file. syncConfig() is the value a SyncController takes.
struct ConnectionTarget
{
    ConnectionProfile profile;
    ApiCredentials credentials; // key + the profile's organisation id
    QString cachePath;

    // Null when the profile's endpoint is refused (cannot happen for a saved profile).
    SyncConfig syncConfig() const
    {
        SyncConfig config;
        if (const auto endpoint = profile.endpoint())
            config.endpoint = endpoint.value();
        config.credentials = credentials;
        config.cachePath = cachePath;
        return config;
    }
};

Q_DECLARE_METATYPE(ConnectionTarget)
