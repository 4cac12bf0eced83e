#include "OsFamily.h"

using namespace Qt::StringLiterals;

OsFamily osFamilyFromApi(const QString &osFamily, const QString &os)
{
    const QString family = osFamily.toLower();
    if (family == "darwin"_L1 || family == "macos"_L1 || family == "mac"_L1)
        return OsFamily::MacOS;
    if (family == "windows"_L1)
        return OsFamily::Windows;
    if (family == "linux"_L1)
        return OsFamily::Linux;
    // Older agents leave osFamily empty; fall back on the display name of the OS.
    const QString name = os.toLower();
    if (name.contains("mac"_L1) || name.contains("darwin"_L1))
        return OsFamily::MacOS;
    if (name.contains("windows"_L1))
        return OsFamily::Windows;
    for (const auto distro : { "linux"_L1, "ubuntu"_L1, "debian"_L1, "centos"_L1, "fedora"_L1, "red hat"_L1, "rocky"_L1,
             "alma"_L1, "amazon"_L1, "suse"_L1 }) {
        if (name.contains(distro))
            return OsFamily::Linux;
    }
    return OsFamily::Unknown;
}

QString osFamilyKey(OsFamily family)
{
    switch (family) {
    case OsFamily::MacOS:
        return u"macos"_s;
    case OsFamily::Windows:
        return u"windows"_s;
    case OsFamily::Linux:
        return u"linux"_s;
    case OsFamily::Unknown:
        break;
    }
    return u"unknown"_s;
}

OsFamily osFamilyFromKey(const QString &key)
{
    if (key == "macos"_L1)
        return OsFamily::MacOS;
    if (key == "windows"_L1)
        return OsFamily::Windows;
    if (key == "linux"_L1)
        return OsFamily::Linux;
    return OsFamily::Unknown;
}
