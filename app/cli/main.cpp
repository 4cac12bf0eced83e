// bindery-cli: exports from the cache and generates orgs. All the work is in CliApplication.
#include "AppInfo.h"
#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    return CliApplication(QCoreApplication::arguments()).run();
}
