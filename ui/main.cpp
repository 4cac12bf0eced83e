// bindery: the desktop app. Everything but argument handling lives in bindery_ui.
#include "AppInfo.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "ObjectPane.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// --screenshot: for the README and for looking at the window in CI. Waits for the cache to
// load, selects the first row so the details panel has content, saves the window and quits.
void takeScreenshotWhenOpened(MainWindow &window, const QString &fileName)
{
    QObject::connect(&window, &MainWindow::cacheOpened, &window, [&window, fileName] {
        QTableView *table = window.workspace()->currentPane()->table();
        if (table->model()->rowCount() > 0) {
            table->selectionModel()->setCurrentIndex(
                table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        // One turn of the event loop so the new rows and details are laid out before grabbing.
        QTimer::singleShot(0, &window, [&window, fileName] {
            const bool saved = window.grab().save(fileName);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char *argv[])
{
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
    // For docs and tests: saves a picture of the window once the cache has loaded, then exits.
    QCommandLineOption screenshotOption(
        u"screenshot"_s, u"Save the window to <png> after loading and exit."_s, u"png"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    parser.process(application);

    MainWindow window;
    if (parser.isSet(screenshotOption))
        takeScreenshotWhenOpened(window, parser.value(screenshotOption));
    window.show();
    if (parser.isSet(cacheOption))
        window.openCache(parser.value(cacheOption));
    else
        window.openRecentOrShowStart();
    return QApplication::exec();
}
