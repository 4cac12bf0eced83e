#include "ConnectionProfile.h"

using namespace Qt::StringLiterals;

ConnectionProfile ConnectionProfile::createNew()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    return profile;
}

Result<ApiEndpoint> ConnectionProfile::endpoint() const
{
    if (const auto standard = apiRegion(region))
        return ApiEndpoint::region(*standard);
    if (customUrl.trimmed().isEmpty())
        return Error { QString::fromLatin1(ApiEndpoint::RefusedCode), u"no directory URL given"_s };
    return ApiEndpoint::fromString(customUrl.trimmed());
}

QString ConnectionProfile::regionKey(Region region)
{
    switch (region) {
    case Region::US:
        return u"us"_s;
    case Region::EU:
        return u"eu"_s;
    case Region::India:
        return u"in"_s;
    case Region::Custom:
        break;
    }
    return u"custom"_s;
}

std::optional<ConnectionProfile::Region> ConnectionProfile::regionFromKey(const QString &key)
{
    for (const Region region : { Region::US, Region::EU, Region::India, Region::Custom }) {
        if (regionKey(region) == key)
            return region;
    }
    return std::nullopt;
}

std::optional<ApiEndpoint::Region> ConnectionProfile::apiRegion(Region region)
{
    switch (region) {
    case Region::US:
        return ApiEndpoint::Region::US;
    case Region::EU:
        return ApiEndpoint::Region::EU;
    case Region::India:
        return ApiEndpoint::Region::India;
    case Region::Custom:
        break;
    }
    return std::nullopt;
}

QList<ConnectionProfile::Region> ConnectionProfile::standardRegions()
{
    return { Region::US, Region::EU, Region::India };
}
