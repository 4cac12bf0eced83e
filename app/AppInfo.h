#pragma once

#include <QString>

// Identity shared by the GUI and the CLI: application name for QStandardPaths and QSettings.
namespace AppInfo {
void applyToApplication(); // sets organisation and application names on the running QCoreApplication
QString version();
} // namespace AppInfo
