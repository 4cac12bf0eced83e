#include "ProfileStore.h"

#include "CacheLocation.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr auto Group = "connections"_L1;
constexpr auto LastUsedKey = "connections/lastUsed"_L1;
} // namespace

ProfileStore::ProfileStore(QString iniFile)
    : m_iniFile(std::move(iniFile))
{
}

std::unique_ptr<QSettings> ProfileStore::open() const
{
    if (m_iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_iniFile, QSettings::IniFormat);
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    const auto settings = open();
    settings->beginGroup(Group);
    QList<ConnectionProfile> result;
    for (const QString &group : settings->childGroups()) {
        const QUuid id = QUuid::fromString(group);
        if (id.isNull())
            continue; // not ours; leave it alone
        settings->beginGroup(group);
        ConnectionProfile profile;
        profile.id = id;
        profile.name = settings->value(u"name"_s).toString();
        // An unknown region (a newer Bindery wrote it) reads as Custom with its URL, which the
        // admin can see and fix, rather than silently pointing the profile at the US.
        profile.region = ConnectionProfile::regionFromKey(settings->value(u"region"_s).toString())
                             .value_or(ConnectionProfile::Region::Custom);
        profile.customUrl = settings->value(u"customUrl"_s).toString();
        profile.orgId = settings->value(u"orgId"_s).toString();
        profile.orgName = settings->value(u"orgName"_s).toString();
        settings->endGroup();
        result.append(profile);
    }
    std::sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.idString() < b.idString();
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    const QUuid wanted = QUuid::fromString(id);
    for (const ConnectionProfile &profile : profiles()) {
        if (profile.id == wanted)
            return profile;
    }
    return std::nullopt;
}

Result<void> ProfileStore::save(const ConnectionProfile &profile)
{
    const QString name = profile.name.trimmed();
    if (profile.id.isNull() || name.isEmpty())
        return Error { QString::fromLatin1(InvalidCode), u"a profile needs an id and a name"_s };
    if (const auto endpoint = profile.endpoint(); !endpoint)
        return Error { QString::fromLatin1(InvalidCode), endpoint.error().detail };
    for (const ConnectionProfile &other : profiles()) {
        if (other.id != profile.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return Error { QString::fromLatin1(DuplicateNameCode),
                u"another connection is already named \"%1\""_s.arg(name) };
    }
    const auto settings = open();
    settings->beginGroup(Group);
    settings->beginGroup(profile.idString());
    settings->setValue(u"name"_s, name);
    settings->setValue(u"region"_s, ConnectionProfile::regionKey(profile.region));
    if (profile.region == ConnectionProfile::Region::Custom)
        settings->setValue(u"customUrl"_s, profile.customUrl.trimmed());
    else
        settings->remove(u"customUrl"_s);
    settings->setValue(u"orgId"_s, profile.orgId);
    settings->setValue(u"orgName"_s, profile.orgName);
    settings->endGroup();
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return Error { QString::fromLatin1(WriteFailedCode),
            u"the settings file %1 cannot be written"_s.arg(settings->fileName()) };
    return {};
}

bool ProfileStore::remove(const QString &id)
{
    const QUuid wanted = QUuid::fromString(id);
    if (wanted.isNull())
        return false;
    const auto settings = open();
    settings->beginGroup(Group);
    const QString group = wanted.toString(QUuid::WithoutBraces);
    const bool known = settings->childGroups().contains(group);
    settings->remove(group);
    settings->endGroup();
    if (settings->value(LastUsedKey).toString() == group)
        settings->remove(LastUsedKey);
    settings->sync();
    return known;
}

QString ProfileStore::lastUsedId() const
{
    return open()->value(LastUsedKey).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    open()->setValue(LastUsedKey, id);
}

QString ProfileStore::cachePath(const ConnectionProfile &profile)
{
    return CacheLocation::fileForProfile(profile.idString());
}
