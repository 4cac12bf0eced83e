// bindery: the desktop app. Everything but argument handling lives in bindery_ui.
#include "AppInfo.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "ObjectPane.h"
#include "StartupProbe.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

void grabSoon(MainWindow &window, const QString &fileName)
{
    // One turn of the event loop so the new rows and details are laid out before grabbing.
    QTimer::singleShot(0, &window, [&window, fileName] {
        const bool saved = window.grab().save(fileName);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// --screenshot (hidden; for the README, docs and looking at the window in tests): waits for the
// cache to load, shows --pane if given, selects the first row so the details panel has content,
// saves the window as PNG and quits.
void takeScreenshotWhenOpened(MainWindow &window, const QString &fileName, const QString &paneKey)
{
    QObject::connect(&window, &MainWindow::cacheOpened, &window, [&window, fileName, paneKey] {
        for (PaneKind kind : PaneKinds::all()) {
            if (PaneKinds::key(kind) == paneKey)
                window.workspace()->showPane(kind);
        }
        QTableView *table = window.workspace()->currentPane()->table();
        if (table->model()->rowCount() > 0) {
            table->selectionModel()->setCurrentIndex(
                table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        // The picture shows the window as it settles: every pane filled (they fill after the first paint).
        Workspace *workspace = window.workspace();
        if (workspace->isOrgShown())
            grabSoon(window, fileName);
        else
            QObject::connect(
                workspace, &Workspace::orgShown, &window, [&window, fileName] { grabSoon(window, fileName); });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication application(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setWindowIcon(QIcon(u":/icons/bindery.svg"_s));
    LanguageSettings::installTranslators(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Bindery: browse a cloud directory's users, "
        "devices and groups from a local cache."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cacheOption(u"cache"_s,
        QCoreApplication::translate("main", "Open the cache <file> instead of the one opened last."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(cacheOption);
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Start the demo directory on this computer and open its org."));
    parser.addOption(demoOption);
    // For docs and tests: saves a picture of the window once the cache has loaded, then exits.
    QCommandLineOption screenshotOption(
        u"screenshot"_s, u"Save the window to <png> after loading and exit."_s, u"png"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption paneOption(
        u"pane"_s, u"With --screenshot: the pane to show (users, devices, userGroups, deviceGroups)."_s, u"key"_s);
    paneOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(paneOption);
    QCommandLineOption probeOption(u"startup-probe"_s, u"Print start-up time and memory at the first painted rows."_s);
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probeOption);
    parser.process(application);

    MainWindow window;
    if (parser.isSet(screenshotOption))
        takeScreenshotWhenOpened(window, parser.value(screenshotOption), parser.value(paneOption));
    if (parser.isSet(probeOption))
        new StartupProbe(&window, sinceMain, &window);
    window.show();
    if (parser.isSet(demoOption))
        window.openDemo();
    else if (parser.isSet(cacheOption))
        window.openCache(parser.value(cacheOption));
    else
        window.openRecentOrShowStart();
    if (parser.isSet(screenshotOption) && window.isShowingStartPage())
        grabSoon(window, parser.value(screenshotOption));
    return QApplication::exec();
}
