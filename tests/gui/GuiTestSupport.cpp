#include "GuiTestSupport.h"

#include "AppInfo.h"
#include "DialogRunner.h"
#include "FileDialog.h"
#include "LanguageSettings.h"
#include "MessageBox.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace GuiTestSupport {

void isolateSettings(const QTemporaryDir &dir)
{
    AppInfo::applyToApplication();
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    // Tests read English text, with its plural forms, whatever the machine's language.
    LanguageSettings::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

void resetState()
{
    QSettings().clear();
    MessageBox::clearAnswers();
    MessageBox::clearHistory();
    FileDialog::clearNextFileName();
    DialogRunner::clearHandlers();
}

std::unique_ptr<MainWindow> openWindow(const QString &cachePath)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QSignalSpy opened(window.get(), &MainWindow::cacheOpened);
    window->openCache(cachePath);
    // The load runs on a worker; the window must not be waited on with a fixed sleep.
    if (!QTest::qWaitFor([&] { return opened.count() == 1; }, 10000))
        return nullptr;
    // The hidden panes fill after the shown one's first paint.
    if (!QTest::qWaitFor([&] { return window->workspace()->isOrgShown(); }, 10000))
        return nullptr;
    return window;
}

} // namespace GuiTestSupport
