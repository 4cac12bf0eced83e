#include "CacheLocation.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace CacheLocation {

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/caches"_L1;
}

QString fileForProfile(const QString &profileName)
{
    // Profile names are the admin's words; keep the file name portable across file systems.
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString base = profileName.trimmed();
    base.replace(unsafe, u"_"_s);
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"profile"_s);
    return QDir(directory()).filePath(base + ".sqlite"_L1);
}

} // namespace CacheLocation
