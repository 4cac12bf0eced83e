#include "AppInfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppInfo {

void applyToApplication()
{
    QCoreApplication::setOrganizationName(u"Bindery"_s);
    QCoreApplication::setOrganizationDomain(u"bindery.example"_s);
    QCoreApplication::setApplicationName(u"Bindery"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return u"0.1.0"_s;
}

} // namespace AppInfo
