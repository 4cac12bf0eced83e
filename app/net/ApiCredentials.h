#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What identifies the admin to the directory. Held in memory only, for as long as a client
// needs it; it has no streaming operator and no toString on purpose, so it cannot end up in a
// log line by accident.
struct ApiCredentials
{
    QByteArray apiKey; // sent as x-api-key
    QString orgId; // sent as x-org-id when not empty (multi-tenant admins)

    bool isEmpty() const { return apiKey.isEmpty(); }
};

Q_DECLARE_METATYPE(ApiCredentials)
