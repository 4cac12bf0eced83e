// CsvWriter: RFC 4180 quoting, CRLF, UTF-8, optional BOM, formula neutralisation; every row read
// back by a strict RFC 4180 reader gives the cells that were written.
#include "CsvWriter.h"
#include "StrictCsv.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void encodesFields_data();
    void encodesFields();
    void roundTrips_data();
    void roundTrips();
    void writesCrlfUtf8AndNoBomByDefault();
    void writesBomWhenAsked();
    void keepsFormulasWhenNeutralisingIsOff();
    void streamsLargeOutputInChunks();
    void reportsAFailedWrite();
};

void TestCsvWriter::encodesFields_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << u"alice"_s << u"alice"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Anders, Alice"_s << u"\"Anders, Alice\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("LF") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
    QTest::newRow("CRLF inside") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("unicode") << u"Zoë Müller – 東京"_s << u"Zoë Müller – 東京"_s;
    QTest::newRow("semicolon is not special") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("equals") << u"=SUM(A1)"_s << u"'=SUM(A1)"_s;
    QTest::newRow("plus") << u"+49 30 1234"_s << u"'+49 30 1234"_s;
    QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
    QTest::newRow("at") << u"@cmd"_s << u"'@cmd"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("CR first: neutralised and quoted") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("formula with comma") << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
    QTest::newRow("leading space then equals is text") << u" =1+1"_s << u" =1+1"_s;
    QTest::newRow("equals later is text") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("apostrophe kept") << u"'quoted"_s << u"'quoted"_s;
}

void TestCsvWriter::encodesFields()
{
    QFETCH(QString, cell);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeField(cell), encoded);
}

void TestCsvWriter::roundTrips_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("simple") << QStringList { u"a"_s, u"b"_s, u"c"_s };
    QTest::newRow("empty cells") << QStringList { QString(), QString(), u"x"_s };
    QTest::newRow("single empty") << QStringList { QString() };
    QTest::newRow("specials") << QStringList { u"a,b"_s, u"\"q\""_s, u"l\nf"_s, u"c\rr"_s, u"Zoë"_s };
    QTest::newRow("trailing spaces kept") << QStringList { u"  padded  "_s, u" "_s };
}

void TestCsvWriter::roundTrips()
{
    QFETCH(QStringList, cells);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer);
        writer.writeRow(cells);
        writer.writeRow(cells);
        QVERIFY(writer.flush());
    }
    QList<QStringList> rows;
    QVERIFY(StrictCsv::parse(QString::fromUtf8(buffer.data()), rows));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0], cells);
    QCOMPARE(rows[1], cells);
}

void TestCsvWriter::writesCrlfUtf8AndNoBomByDefault()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer);
        writer.writeRow({ u"name"_s, u"city"_s });
        writer.writeRow({ u"Zoë"_s, u"Zürich"_s });
    }
    QCOMPARE(buffer.data(), QByteArray("name,city\r\nZo\xC3\xAB,Z\xC3\xBCrich\r\n"));
}

void TestCsvWriter::writesBomWhenAsked()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer, { true, true });
        writer.writeRow({ u"a"_s });
    }
    QCOMPARE(buffer.data(),
        QByteArray("\xEF\xBB\xBF"
                   "a\r\n"));
}

void TestCsvWriter::keepsFormulasWhenNeutralisingIsOff()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer, { false, false });
        writer.writeRow({ u"=1"_s, u"-2"_s });
    }
    QCOMPARE(buffer.data(), QByteArray("=1,-2\r\n"));
}

void TestCsvWriter::streamsLargeOutputInChunks()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    const QStringList row { u"0123456789abcdef0123456789abcdef"_s, u"x"_s };
    for (int i = 0; i < 5000; ++i)
        writer.writeRow(row);
    // Rows reach the device before the end, not all at once in the destructor.
    QVERIFY(buffer.size() > 0);
    QVERIFY(writer.flush());
    QCOMPARE(buffer.size(), qint64(5000 * (row[0].size() + 4)));
}

void TestCsvWriter::reportsAFailedWrite()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // writes fail
    CsvWriter writer(buffer);
    writer.writeRow({ u"a"_s });
    QVERIFY(!writer.flush());
    QVERIFY(writer.failed());
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
