#pragma once

#include "ApiClientSettings.h"
#include "ApiCredentials.h"
#include "ApiEndpoint.h"
#include "SyncEngine.h"

#include <QMetaType>
#include <QString>

// Everything a sync on another thread needs, as one value (it crosses the thread by copy).
struct SyncConfig
{
    ApiEndpoint endpoint;
    ApiCredentials credentials;
    QString cachePath;
    ApiClientSettings client;
    SyncEngine::Options engine;
};

Q_DECLARE_METATYPE(SyncConfig)
