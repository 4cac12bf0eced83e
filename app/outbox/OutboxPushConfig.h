#pragma once

#include "ApiClientSettings.h"
#include "ApiCredentials.h"
#include "ApiEndpoint.h"
#include "OutboxPusher.h"

#include <QMetaType>
#include <QString>

// Everything a push on another thread needs, as one value (it crosses the thread by copy).
struct OutboxPushConfig
{
    ApiEndpoint endpoint;
    ApiCredentials credentials;
    QString cachePath;
    ApiClientSettings client;
    OutboxPusher::Options pusher;
};

Q_DECLARE_METATYPE(OutboxPushConfig)
