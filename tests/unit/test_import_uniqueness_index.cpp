// ImportUniquenessIndex against the obvious model (scan every row) on many small random files and long runs of
// edits: the flat tables, their chains, tombstones and rebuilds must answer exactly what a scan answers.
#include "ImportUniquenessIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using U = ImportUniquenessIndex;

// Few distinct values, so rows share keys often; an empty key (no value) a fifth of the time.
U::Keys randomKeys(QRandomGenerator &random, int distinct)
{
    U::Keys keys;
    for (QString &key : keys) {
        const int value = int(random.bounded(distinct * 5 / 4 + 1));
        key = value < distinct ? u"k"_s + QString::number(value) : QString();
    }
    return keys;
}

QList<int> scan(const QList<U::Keys> &model, U::Kind kind, const QString &key, int except = -1)
{
    QList<int> rows;
    if (key.isEmpty())
        return rows;
    for (int row = 0; row < model.size(); ++row) {
        if (row != except && model.at(row)[kind] == key)
            rows.append(row);
    }
    return rows;
}

QList<int> sorted(const U::Rows &rows)
{
    QList<int> list(rows.cbegin(), rows.cend());
    std::sort(list.begin(), list.end());
    return list;
}

// Every query, for every row and pair of kinds, against the scan.
bool agrees(const U &index, const QList<U::Keys> &model, QString *failure)
{
    if (index.rowCount() != model.size()) {
        *failure = u"row count"_s;
        return false;
    }
    for (int row = 0; row < model.size(); ++row) {
        if (index.keys(row) != model.at(row)) {
            *failure = u"keys of row %1"_s.arg(row);
            return false;
        }
        for (int kind = 0; kind < U::KindCount; ++kind) {
            for (int keyOf = 0; keyOf < U::KindCount; ++keyOf) {
                const QString &key = model.at(row)[keyOf];
                const QList<int> expected = scan(model, U::Kind(kind), key, row);
                if (index.others(U::Kind(kind), row, U::Kind(keyOf)) != expected) {
                    *failure = u"others(%1, %2, %3)"_s.arg(kind).arg(row).arg(keyOf);
                    return false;
                }
                if (index.contains(U::Kind(kind), row, U::Kind(keyOf)) != !scan(model, U::Kind(kind), key).isEmpty()) {
                    *failure = u"contains(%1, %2, %3)"_s.arg(kind).arg(row).arg(keyOf);
                    return false;
                }
            }
            if (sorted(index.rows(U::Kind(kind), model.at(row)[kind]))
                != scan(model, U::Kind(kind), model.at(row)[kind])) {
                *failure = u"rows(%1, row %2's key)"_s.arg(kind).arg(row);
                return false;
            }
        }
    }
    for (int kind = 0; kind < U::KindCount; ++kind) {
        if (!index.rows(U::Kind(kind), u"absent"_s).isEmpty() || !index.rows(U::Kind(kind), QString()).isEmpty()) {
            *failure = u"rows of a key no row has"_s;
            return false;
        }
    }
    return true;
}
} // namespace

class TestImportUniquenessIndex : public QObject
{
    Q_OBJECT

private slots:
    void randomFilesAndEdits_data();
    void randomFilesAndEdits();
    void kindWithNoKeysGetsOne();
    void sameKeysAgainChangeNothing();
};

void TestImportUniquenessIndex::randomFilesAndEdits_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("distinct");
    QTest::addColumn<int>("edits");
    QTest::newRow("one row") << 1 << 3 << 200;
    QTest::newRow("few values, many duplicates") << 40 << 4 << 3000;
    QTest::newRow("mostly unique") << 120 << 400 << 1500;
    // Edits that keep moving rows between a handful of values leave tombstones behind: rebuilds happen often.
    QTest::newRow("small table, long edit run") << 12 << 30 << 20000;
}

void TestImportUniquenessIndex::randomFilesAndEdits()
{
    QFETCH(int, rows);
    QFETCH(int, distinct);
    QFETCH(int, edits);
    for (quint32 seed = 1; seed <= 5; ++seed) {
        QRandomGenerator random(seed);
        QList<U::Keys> model;
        for (int row = 0; row < rows; ++row)
            model.append(randomKeys(random, distinct));
        U index;
        index.setRows(model);
        QString failure;
        QVERIFY2(agrees(index, model, &failure), qPrintable(u"seed %1, after setRows: "_s.arg(seed) + failure));
        for (int edit = 1; edit <= edits; ++edit) {
            const int row = int(random.bounded(rows));
            U::Keys keys = model.at(row);
            // Usually one key changes, as an inline edit does; sometimes all of them.
            if (random.bounded(4) == 0)
                keys = randomKeys(random, distinct);
            else
                keys[random.bounded(int(U::KindCount))] = randomKeys(random, distinct)[0];
            QCOMPARE(index.replaceRow(row, keys), model.at(row));
            model[row] = keys;
            if (edit % (edits / 10) == 0 || edit == edits)
                QVERIFY2(agrees(index, model, &failure),
                    qPrintable(u"seed %1, after %2 edits: "_s.arg(seed).arg(edit) + failure));
        }
    }
}

void TestImportUniquenessIndex::kindWithNoKeysGetsOne()
{
    // A file with no local account names, then one row gets one and a second row the same: the kind's table is
    // created by the edit.
    QList<U::Keys> model(3);
    for (int row = 0; row < 3; ++row)
        model[row][U::Username] = u"user"_s + QString::number(row);
    U index;
    index.setRows(model);
    QVERIFY(index.others(U::LocalName, 0).isEmpty());
    QVERIFY(!index.contains(U::LocalName, 0, U::Username));
    model[2][U::LocalName] = u"user0"_s;
    index.replaceRow(2, model.at(2));
    // Row 0's username is row 2's local account name, and back.
    QCOMPARE(index.others(U::LocalName, 0, U::Username), QList<int> { 2 });
    QCOMPARE(index.others(U::Username, 2, U::LocalName), QList<int> { 0 });
    model[1][U::LocalName] = u"user0"_s;
    index.replaceRow(1, model.at(1));
    QCOMPARE(index.others(U::LocalName, 1), QList<int> { 2 });
    QCOMPARE(index.others(U::LocalName, 0, U::Username), (QList<int> { 1, 2 }));
    QString failure;
    QVERIFY2(agrees(index, model, &failure), qPrintable(failure));
}

void TestImportUniquenessIndex::sameKeysAgainChangeNothing()
{
    QList<U::Keys> model(2);
    model[0][U::Email] = u"a@example.com"_s;
    model[1][U::Email] = u"a@example.com"_s;
    U index;
    index.setRows(model);
    QCOMPARE(index.replaceRow(0, model.at(0)), model.at(0));
    QCOMPARE(index.others(U::Email, 0), QList<int> { 1 });
    QCOMPARE(index.others(U::Email, 1), QList<int> { 0 });
    QCOMPARE(sorted(index.rows(U::Email, u"a@example.com"_s)), (QList<int> { 0, 1 }));
}

QTEST_GUILESS_MAIN(TestImportUniquenessIndex)
#include "test_import_uniqueness_index.moc"
