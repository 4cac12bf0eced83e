// The demo org's directory: bindery-sandbox as a child process with a key only in memory.
#include "DemoDirectoryProcess.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int getStatus(const QUrl &url, const QByteArray &apiKey)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (!apiKey.isEmpty())
        request.setRawHeader("x-api-key", apiKey);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

class TestDemoDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnLoopbackWithAFreshKey();
    void keyIsNotOnTheCommandLine();
    void missingExecutableFailsWithAReason();
    void badSeedFailsWithTheChildsMessage();
};

void TestDemoDirectory::startsOnLoopbackWithAFreshKey()
{
    DemoDirectoryProcess demo;
    demo.setExecutable(QStringLiteral(BINDERY_SANDBOX_EXECUTABLE));
    QSignalSpy ready(&demo, &DemoDirectoryProcess::ready);
    QSignalSpy failed(&demo, &DemoDirectoryProcess::failed);
    demo.start();
    QVERIFY(ready.wait(30000));
    QCOMPARE(failed.count(), 0);
    const QUrl base = demo.baseUrl();
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QVERIFY(base.port() > 0);
    QCOMPARE(demo.credentials().apiKey.size(), 40);

    QUrl users = base;
    users.setPath(u"/api/systemusers"_s);
    users.setQuery(u"limit=1"_s);
    QCOMPARE(getStatus(users, demo.credentials().apiKey), 200);
    QCOMPARE(getStatus(users, "wrong-key"), 401);

    // A second demo gets a different key.
    DemoDirectoryProcess other;
    other.setExecutable(QStringLiteral(BINDERY_SANDBOX_EXECUTABLE));
    QSignalSpy otherReady(&other, &DemoDirectoryProcess::ready);
    other.start();
    QVERIFY(otherReady.wait(30000));
    QVERIFY(other.credentials().apiKey != demo.credentials().apiKey);

    QSignalSpy stopped(&demo, &DemoDirectoryProcess::stopped);
    demo.stop();
    QVERIFY(!demo.isRunning());
    QCOMPARE(stopped.count(), 1);
    // Nothing answers on that port any more.
    QCOMPARE(getStatus(users, demo.credentials().apiKey), 0);
}

void TestDemoDirectory::keyIsNotOnTheCommandLine()
{
#ifdef Q_OS_LINUX
    DemoDirectoryProcess demo;
    demo.setExecutable(QStringLiteral(BINDERY_SANDBOX_EXECUTABLE));
    QSignalSpy ready(&demo, &DemoDirectoryProcess::ready);
    demo.start();
    QVERIFY(ready.wait(30000));
    // Find the child among our children by its listening port, then read its argv.
    bool seen = false;
    const QStringList children = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &pid : children) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        if (!args.contains("bindery-sandbox"))
            continue;
        seen = true;
        QVERIFY2(!args.contains(demo.credentials().apiKey), "the API key is visible in the child's argv");
    }
    QVERIFY(seen);
#else
    QSKIP("reads /proc");
#endif
}

void TestDemoDirectory::missingExecutableFailsWithAReason()
{
    DemoDirectoryProcess demo;
    demo.setExecutable(u"/nonexistent/bindery-sandbox"_s);
    QSignalSpy failed(&demo, &DemoDirectoryProcess::failed);
    demo.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(u"/nonexistent/bindery-sandbox"_s));
}

void TestDemoDirectory::badSeedFailsWithTheChildsMessage()
{
    DemoDirectoryProcess demo;
    demo.setExecutable(QStringLiteral(BINDERY_SANDBOX_EXECUTABLE));
    demo.setSeed(u"no-such-seed"_s);
    QSignalSpy failed(&demo, &DemoDirectoryProcess::failed);
    demo.start();
    QVERIFY(failed.wait(20000));
    const QString reason = failed.constFirst().constFirst().toString();
    QVERIFY2(reason.contains(u"no-such-seed"_s), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestDemoDirectory)
#include "test_demo_directory.moc"
