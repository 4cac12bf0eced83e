#pragma once

#include "MainWindow.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// What every GUI test needs: settings in a throw-away folder (never the developer's own), clean
// dialog seams, and a main window opened on a cache and loaded.
namespace GuiTestSupport {

// Call from initTestCase(): keeps QSettings inside `dir` for the whole test program and
// installs the English translator (plural forms).
void isolateSettings(const QTemporaryDir &dir);
// Call from init(): forgets layout, recent files and queued dialog answers from the last test.
void resetState();

// A shown MainWindow that has opened `cachePath`; null (after a failed QVERIFY) when loading failed.
std::unique_ptr<MainWindow> openWindow(const QString &cachePath);

} // namespace GuiTestSupport
