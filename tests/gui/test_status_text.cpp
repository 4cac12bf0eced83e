// The status bar's wording for each connection state and snapshot age, with a fixed clock.
#include "LanguageSettings.h"
#include "StatusBarController.h"
#include "TimeText.h"

#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ages_data();
    void ages();
    void offlineSaysSinceWhen();
    void neverSynced();
    void statesAreSpelledOut();
    void nothingOpen();
};

namespace {
const QDateTime Synced(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
}

void TestStatusText::initTestCase()
{
    LanguageSettings::installTranslators(*QCoreApplication::instance(), u"en"_s);
}

void TestStatusText::ages_data()
{
    QTest::addColumn<qint64>("secondsLater");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(30) << u"just now"_s;
    QTest::newRow("one minute") << qint64(60) << u"1 minute ago"_s;
    QTest::newRow("minutes") << qint64(59 * 60) << u"59 minutes ago"_s;
    QTest::newRow("one hour") << qint64(3600) << u"1 hour ago"_s;
    QTest::newRow("hours") << qint64(3 * 3600 + 59) << u"3 hours ago"_s;
    QTest::newRow("two days") << qint64(48 * 3600) << u"2 days ago"_s;
    QTest::newRow("months") << qint64(95 * 86400) << u"3 months ago"_s;
    QTest::newRow("years") << qint64(800 * 86400) << u"2 years ago"_s;
    QTest::newRow("clock skew") << qint64(-120) << u"in the future"_s;
}

void TestStatusText::ages()
{
    QFETCH(qint64, secondsLater);
    QFETCH(QString, expected);
    QCOMPARE(TimeText::age(Synced, Synced.addSecs(secondsLater)), expected);
}

void TestStatusText::offlineSaysSinceWhen()
{
    QStatusBar bar;
    StatusBarController controller(&bar);
    controller.setClock([] { return Synced.addSecs(3 * 3600); });
    controller.setSnapshot(u"Anders & Co"_s, Synced);
    QCOMPARE(controller.state(), ConnectionState::Offline);
    QCOMPARE(controller.text(),
        u"Offline — snapshot of Anders & Co from %1 (3 hours ago)"_s.arg(TimeText::dateTime(Synced)));
}

void TestStatusText::neverSynced()
{
    QStatusBar bar;
    StatusBarController controller(&bar);
    controller.setSnapshot(QString(), QDateTime());
    QCOMPARE(controller.text(), u"Offline — this cache has never been synced, so it holds no org yet"_s);
}

void TestStatusText::statesAreSpelledOut()
{
    QStatusBar bar;
    StatusBarController controller(&bar);
    controller.setClock([] { return Synced.addSecs(60); });
    controller.setSnapshot(u"Acme"_s, Synced);
    controller.setState(ConnectionState::Syncing);
    QVERIFY(controller.text().startsWith(u"Syncing — showing snapshot of Acme"_s));
    controller.setState(ConnectionState::Online);
    QVERIFY(controller.text().startsWith(u"Online — snapshot of Acme"_s));
}

void TestStatusText::nothingOpen()
{
    QStatusBar bar;
    StatusBarController controller(&bar);
    QCOMPARE(controller.text(), u"No cache open"_s);
}

QTEST_MAIN(TestStatusText)
#include "test_status_text.moc"
