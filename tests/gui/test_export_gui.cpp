// File ▸ Export through the FileDialog seam: the file is written on a worker and the status bar
// reports the count; a failure shows the error dialog.
#include "ExportController.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "SampleOrg.h"
#include "TempCache.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportsUsersFromTheMenu();
    void exportsBindings();
    void cancellingTheFileDialogWritesNothing();
    void aFailedExportShowsTheError();

private:
    static QAction *exportAction(MainWindow &window, int index);

    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    QString m_cachePath;
};

void TestExportGui::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
    m_cachePath = m_temp.path(u"sample.sqlite"_s);
    QCOMPARE(SampleOrg::writeCache(m_cachePath), QString());
}

void TestExportGui::init()
{
    GuiTestSupport::resetState();
}

QAction *TestExportGui::exportAction(MainWindow &window, int index)
{
    auto *menu = window.findChild<QMenu *>(u"exportMenu"_s);
    return menu ? menu->actions().value(index) : nullptr;
}

void TestExportGui::exportsUsersFromTheMenu()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    const QString target = m_temp.path(u"users.csv"_s);
    FileDialog::setNextFileName(target);
    QSignalSpy finished(window->exporter(), &ExportController::finished);
    QAction *users = exportAction(*window, 0);
    QVERIFY(users && users->isEnabled());
    users->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 13); // header + 12 users
    QVERIFY(lines.first().contains("username"));
    QCOMPARE(window->statusBar()->currentMessage(), u"Exported 12 users to %1"_s.arg(target));
}

void TestExportGui::exportsBindings()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    const QString target = m_temp.path(u"bindings.csv"_s);
    FileDialog::setNextFileName(target);
    QSignalSpy finished(window->exporter(), &ExportController::finished);
    exportAction(*window, 4)->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(QFile::exists(target));
    QVERIFY2(window->statusBar()->currentMessage().startsWith(u"Exported "_s),
        qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(window->statusBar()->currentMessage().contains(u" binding"_s));
}

void TestExportGui::cancellingTheFileDialogWritesNothing()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    FileDialog::setNextFileName(QString());
    exportAction(*window, 1)->trigger();
    QVERIFY(!window->exporter()->isBusy());
    QVERIFY(MessageBox::history().isEmpty());
}

void TestExportGui::aFailedExportShowsTheError()
{
    auto window = GuiTestSupport::openWindow(m_cachePath);
    QVERIFY(window);
    const QString target = m_temp.path(u"no-such-folder/devices.csv"_s);
    FileDialog::setNextFileName(target);
    MessageBox::setNextAnswer(MessageBox::Ok);
    QSignalSpy finished(window->exporter(), &ExportController::finished);
    exportAction(*window, 1)->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(MessageBox::history().size(), 1);
    QCOMPARE(MessageBox::history().first().title, u"Export failed"_s);
    QVERIFY(MessageBox::history().first().text.contains(u"devices.csv"_s));
}

QTEST_MAIN(TestExportGui)
#include "test_export_gui.moc"
