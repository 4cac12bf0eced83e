#pragma once

#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <array>
#include <vector>

// Which rows of the file carry each username, e-mail, employee id, local account name and manager reference, kept
// up to date row by row so an inline edit re-checks only the rows that share a value with the edited one. It holds
// every row's keys; every row is always in it under them.
//
// Why not a QHash per kind: a 100,000-row check looks keys up about a million times, and a QHash node costs a
// pointer chase into the key's string on every probe. Here each kind is one flat open-addressing table of
// (hash, first row) buckets, the rows that share a key are chained through a per-row array, and a key's text is only
// compared when the hashes match, and not at all when a row looks up its own key and finds itself: most rows.
class ImportUniquenessIndex
{
public:
    enum Kind { Username, Email, EmployeeId, LocalName, Manager, KindCount };
    using Keys = std::array<QString, KindCount>; // one normalised key per kind; empty = none
    using Rows = QVarLengthArray<int, 4>;

    // Rows 0 … size-1 under these keys, replacing what was there; the kinds' tables are built on the pool.
    void setRows(QList<Keys> keys);
    // Puts `row` under new keys; returns the keys it had.
    Keys replaceRow(int row, Keys keys);
    const Keys &keys(int row) const { return m_keys.at(row); }
    qsizetype rowCount() const { return m_keys.size(); }

    // Rows whose `kind` key is `key`, in no particular order; an empty key has none.
    Rows rows(Kind kind, const QString &key) const;
    // Rows other than `row` whose `kind` key equals row's own `keyOf` key (by default its `kind` key), sorted.
    QList<int> others(Kind kind, int row, Kind keyOf) const;
    QList<int> others(Kind kind, int row) const { return others(kind, row, kind); }
    // Whether any row's `kind` key equals row's `keyOf` key (the row itself counts when keyOf is kind).
    bool contains(Kind kind, int row, Kind keyOf) const;

private:
    static quint32 hashOf(const QString &key);
    static constexpr int Empty = -1;
    static constexpr int Removed = -2; // a tombstone: probing goes on past it
    struct Slot
    {
        quint32 hash = 0;
        int head = Empty; // first row with this key; the rest follow through Table::next
    };
    struct Table
    {
        std::vector<Slot> buckets; // size is a power of two, or 0 while no row has this kind of key
        std::vector<quint32> hashes; // per row: hashOf(keys[row][kind])
        std::vector<int> next; // per row: the next row with the same key, or Empty
        qsizetype live = 0; // buckets with a head
        qsizetype removed = 0;
    };

    void rebuild(Kind kind); // the table sized afresh for every row's key of this kind
    void place(Kind kind, int row); // into a table with room
    void insert(Kind kind, int row); // place, or rebuild when the table is too full
    void remove(Kind kind, int row); // under the key m_keys still holds for it
    // The slot holding `key` (with hash `hash`) in `kind`'s table, or -1; `self` is a row known to hold `key`.
    qsizetype find(Kind kind, const QString &key, quint32 hash, int self = Empty) const;

    QList<Keys> m_keys;
    std::array<Table, KindCount> m_tables;
};
