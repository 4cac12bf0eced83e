#pragma once

#include "ApiEndpoint.h"
#include "Result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <optional>

// One directory the admin connects to: where it is and which organisation. It holds no key on
// purpose: the key lives in a CredentialStore under `id`, and a profile is written to QSettings.
struct ConnectionProfile
{
    enum class Region { US, EU, India, Custom };

    QUuid id;
    QString name; // the admin's label, e.g. "Acme production"
    Region region = Region::US;
    QString customUrl; // used only for Region::Custom (a private deployment or the sandbox)
    // Sent as x-org-id. Only multi-tenant admins need it; a single-tenant admin leaves it empty
    // because some routes answer 403 when the header is present.
    QString orgId;
    QString orgName; // for display; the directory's name for the org at the last test

    static ConnectionProfile createNew(); // a fresh id, US region, nothing else
    QString idString() const { return id.toString(QUuid::WithoutBraces); }

    // The checked endpoint: the region's console URL, or the custom URL (https, or http on
    // loopback only, as ApiEndpoint enforces).
    Result<ApiEndpoint> endpoint() const;

    // The settings spelling ("us", "eu", "in", "custom") and back.
    static QString regionKey(Region region);
    static std::optional<Region> regionFromKey(const QString &key);
    static std::optional<ApiEndpoint::Region> apiRegion(Region region); // nullopt for Custom
    static QList<Region> standardRegions(); // every region but Custom

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
