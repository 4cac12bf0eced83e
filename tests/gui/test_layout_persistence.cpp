// Window geometry, splitter sizes, column order/widths/sort and the shown pane survive a restart.
#include "GuiTestSupport.h"
#include "ObjectPane.h"
#include "SampleOrg.h"
#include "TempCache.h"
#include "UserTableModel.h"
#include "Workspace.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayoutPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void layoutIsRememberedAcrossWindows();
    void settingsHoldNoSecretsOrPaths();

private:
    QTemporaryDir m_settingsDir;
    TempCache m_temp;
    QString m_cachePath;
};

void TestLayoutPersistence::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
    m_cachePath = m_temp.path(u"sample.sqlite"_s);
    QCOMPARE(SampleOrg::writeCache(m_cachePath), QString());
}

void TestLayoutPersistence::init()
{
    GuiTestSupport::resetState();
}

void TestLayoutPersistence::layoutIsRememberedAcrossWindows()
{
    QList<int> splitterSizes;
    {
        auto window = GuiTestSupport::openWindow(m_cachePath);
        QVERIFY(window);
        window->resize(1100, 700);
        auto *splitter = window->findChild<QSplitter *>(u"workspaceSplitter"_s);
        splitter->setSizes({ 150, 600, 350 });
        splitterSizes = splitter->sizes();

        QHeaderView *users = window->findChild<QTableView *>(u"usersTable"_s)->horizontalHeader();
        users->resizeSection(UserTableModel::Email, 277);
        users->moveSection(users->visualIndex(UserTableModel::Department), 0);
        users->setSortIndicator(UserTableModel::Created, Qt::DescendingOrder);
        window->workspace()->showPane(PaneKind::Devices);
        window->close(); // saves, as quitting does
    }

    MainWindow window;
    QCOMPARE(window.size(), QSize(1100, 700));
    QCOMPARE(window.workspace()->currentKind(), PaneKind::Devices);
    QHeaderView *users = window.findChild<QTableView *>(u"usersTable"_s)->horizontalHeader();
    QCOMPARE(users->sectionSize(UserTableModel::Email), 277);
    QCOMPARE(users->visualIndex(UserTableModel::Department), 0);
    QCOMPARE(users->sortIndicatorSection(), int(UserTableModel::Created));
    QCOMPARE(users->sortIndicatorOrder(), Qt::DescendingOrder);

    window.show();
    window.openCache(m_cachePath);
    QTRY_COMPARE(window.cachePath(), m_cachePath);
    QCOMPARE(window.findChild<QSplitter *>(u"workspaceSplitter"_s)->sizes(), splitterSizes);
    // A saved layout is not overwritten by fitting the columns to the loaded rows.
    QCOMPARE(users->sectionSize(UserTableModel::Email), 277);
}

void TestLayoutPersistence::settingsHoldNoSecretsOrPaths()
{
    {
        auto window = GuiTestSupport::openWindow(m_cachePath);
        QVERIFY(window);
        window->close();
    }
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!key.contains(u"key"_s, Qt::CaseInsensitive) && !key.contains(u"token"_s, Qt::CaseInsensitive)
                && !key.contains(u"password"_s, Qt::CaseInsensitive),
            qPrintable(key));
    }
    // Only layout, language and the last cache opened (a file path, which is not a secret).
    QCOMPARE(settings.value(u"Recent/cachePath"_s).toString(), m_cachePath);
}

QTEST_MAIN(TestLayoutPersistence)
#include "test_layout_persistence.moc"
