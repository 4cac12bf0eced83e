#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <array>

// Which rows of the file carry each username, e-mail, employee id, local account name and manager reference, kept
// up to date row by row so an inline edit re-checks only the rows that share a value with the edited one.
// Nearly every key belongs to one row, so that row is held inline: indexing 100,000 rows allocates no list per key.
class ImportUniquenessIndex
{
public:
    enum Kind { Username, Email, EmployeeId, LocalName, Manager, KindCount };
    using Keys = std::array<QString, KindCount>; // one normalised key per kind; empty = none
    using Rows = QVarLengthArray<int, 4>;

    void clear();
    void reserve(qsizetype rows);
    void add(int row, const Keys &keys);
    // Rows 0 … count-1 at once, one kind per pool thread (each kind is its own hash): what a whole file does.
    void addAll(const Keys *keys, qsizetype count);
    void remove(int row, const Keys &keys);
    // Rows with this key (in insertion order); empty keys have none.
    Rows rows(Kind kind, const QString &key) const;
    bool contains(Kind kind, const QString &key) const;
    // Rows other than `row` with this key, sorted.
    QList<int> others(Kind kind, const QString &key, int row) const;

private:
    struct Entry
    {
        int first = -1;
        QList<int> more; // further rows, in insertion order
    };
    static void insert(QHash<QString, Entry> &index, const QString &key, int row);

    std::array<QHash<QString, Entry>, KindCount> m_rows;
};
