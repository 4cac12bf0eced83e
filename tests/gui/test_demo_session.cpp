// The demo org end to end: the start page's "Open the demo org" starts the real bindery-sandbox
// as a child, syncs it into a cache and opens it online; Sync now changes nothing on an unchanged
// org; a change made in the directory shows up in place after a sync; losing the child leaves
// the window browsing offline.
#include "DemoDirectoryProcess.h"
#include "DirectorySession.h"
#include "GuiTestSupport.h"
#include "ItemRoles.h"
#include "ObjectPane.h"
#include "SessionController.h"
#include "StartPage.h"
#include "StatusBarController.h"
#include "Workspace.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensTheDemoOrgOnline();
    void syncOfAnUnchangedOrgChangesNothing();
    void aDirectoryChangeShowsUpInPlace();
    void losingTheDirectoryGoesOffline();
    void cleanupTestCase();

private:
    DirectorySession *session() const { return m_window->sessionController()->session(); }
    QTableView *usersTable() const { return m_window->workspace()->pane(PaneKind::Users)->table(); }
    QString cellOf(const QString &userId, int column) const;
    QByteArray api(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    bool syncAndWait();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_network;
};

void TestDemoSession::initTestCase()
{
    GuiTestSupport::isolateSettings(m_settingsDir);
    QStandardPaths::setTestModeEnabled(true); // the demo cache goes to a test folder, not the real one
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/caches/demo.sqlite"_s);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->showStartPage();
}

void TestDemoSession::opensTheDemoOrgOnline()
{
    auto *button = m_window->findChild<StartPage *>()->demoButton();
    QVERIFY(button->isVisible());
    QSignalSpy opened(m_window.get(), &MainWindow::cacheOpened);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(opened.wait(60000));
    QVERIFY(session()->isConnected());
    QVERIFY(session()->isDemo());
    QVERIFY2(m_window->statusController()->text().startsWith(u"Online — snapshot of "_s),
        qPrintable(m_window->statusController()->text()));
    QCOMPARE(opened.constFirst().constFirst().toString(), session()->cachePath());
    QVERIFY(usersTable()->model()->rowCount() >= 100); // the demo seed is a company of ~150 people
    QVERIFY(m_window->windowTitle().startsWith(u"Bindery — "_s));
    auto *syncNow = m_window->findChild<QAction *>(u"syncNowAction"_s);
    QVERIFY(syncNow && syncNow->isEnabled());
}

bool TestDemoSession::syncAndWait()
{
    QSignalSpy finished(session(), &DirectorySession::syncFinished);
    m_window->findChild<QAction *>(u"syncNowAction"_s)->trigger();
    return finished.wait(60000) && finished.constFirst().constFirst().value<SyncReport>().ok();
}

void TestDemoSession::syncOfAnUnchangedOrgChangesNothing()
{
    QTableView *table = usersTable();
    table->selectRow(5);
    const QString selected = m_window->workspace()->pane(PaneKind::Users)->currentObjectId();
    QVERIFY(!selected.isEmpty());
    QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(table->model(), &QAbstractItemModel::dataChanged);
    QVERIFY(syncAndWait());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_window->workspace()->pane(PaneKind::Users)->currentObjectId(), selected);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"nothing changed"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
}

QString TestDemoSession::cellOf(const QString &userId, int column) const
{
    QAbstractItemModel *model = usersTable()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ItemRoles::ObjectIdRole).toString() == userId)
            return model->index(row, column).data().toString();
    }
    return {};
}

QByteArray TestDemoSession::api(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    DemoDirectoryProcess *demo = session()->demoDirectory();
    QNetworkRequest request(QUrl(demo->baseUrl().toString() + path));
    request.setRawHeader("x-api-key", demo->credentials().apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

void TestDemoSession::aDirectoryChangeShowsUpInPlace()
{
    const QString selected = m_window->workspace()->pane(PaneKind::Users)->currentObjectId();
    int departmentColumn = -1;
    for (int c = 0; c < usersTable()->model()->columnCount(); ++c) {
        if (usersTable()->model()->headerData(c, Qt::Horizontal).toString() == u"Department"_s)
            departmentColumn = c;
    }
    QVERIFY(departmentColumn >= 0);
    QVERIFY(cellOf(selected, departmentColumn) != u"Moved by the test"_s);
    const QByteArray answer = api("PUT", u"/api/systemusers/"_s + selected,
        QJsonObject { { u"department"_s, u"Moved by the test"_s } });
    QVERIFY2(answer.contains("Moved by the test"), answer.constData());

    QSignalSpy reset(usersTable()->model(), &QAbstractItemModel::modelReset);
    QVERIFY(syncAndWait());
    QCOMPARE(reset.count(), 0); // refreshed in place, not reloaded
    QCOMPARE(cellOf(selected, departmentColumn), u"Moved by the test"_s);
    QCOMPARE(m_window->workspace()->pane(PaneKind::Users)->currentObjectId(), selected);
}

void TestDemoSession::losingTheDirectoryGoesOffline()
{
    QSignalSpy disconnected(session(), &DirectorySession::disconnected);
    session()->demoDirectory()->stop();
    QVERIFY(disconnected.count() == 1 || disconnected.wait(10000));
    QVERIFY2(m_window->statusController()->text().startsWith(u"Offline — "_s),
        qPrintable(m_window->statusController()->text()));
    QVERIFY(usersTable()->model()->rowCount() >= 100); // still browsing the snapshot
    QVERIFY(!m_window->findChild<QAction *>(u"syncNowAction"_s)->isEnabled());
}

void TestDemoSession::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestDemoSession)
#include "test_demo_session.moc"
