#include "ImportUniquenessIndex.h"

#include "ImportParallel.h"

#include <QHashFunctions>
#include <algorithm>
#include <bit>

quint32 ImportUniquenessIndex::hashOf(const QString &key)
{
    const size_t hash = qHash(QStringView(key), size_t(0));
    return quint32(hash) ^ quint32(quint64(hash) >> 32);
}

void ImportUniquenessIndex::setRows(QList<Keys> keys)
{
    m_keys = std::move(keys);
    const qsizetype count = m_keys.size();
    for (Table &table : m_tables)
        table.hashes.assign(std::size_t(count), 0);
    // Hashing is the per-row part, so it is spread over rows; filling a table is per kind.
    ImportParallel::forEachBlock(count, 4096, [this](qsizetype begin, qsizetype end) {
        for (qsizetype row = begin; row < end; ++row) {
            const Keys &rowKeys = m_keys.at(row);
            for (int kind = 0; kind < KindCount; ++kind) {
                if (!rowKeys[kind].isEmpty())
                    m_tables[kind].hashes[std::size_t(row)] = hashOf(rowKeys[kind]);
            }
        }
    });
    ImportParallel::forEachBlock(KindCount, 1, [this](qsizetype begin, qsizetype end) {
        for (qsizetype kind = begin; kind < end; ++kind)
            rebuild(Kind(kind));
    });
}

void ImportUniquenessIndex::rebuild(Kind kind)
{
    Table &table = m_tables[kind];
    const qsizetype count = m_keys.size();
    qsizetype keyed = 0;
    for (const Keys &rowKeys : std::as_const(m_keys))
        keyed += rowKeys[kind].isEmpty() ? 0 : 1;
    table.next.assign(std::size_t(count), Empty);
    table.live = 0;
    table.removed = 0;
    table.buckets.clear();
    if (keyed == 0)
        return;
    // At most half full after a rebuild: short probe runs, and room for edits before the next one.
    table.buckets.assign(std::bit_ceil(std::size_t(std::max<qsizetype>(16, keyed * 2))), Slot {});
    for (qsizetype row = 0; row < count; ++row) {
        if (!m_keys.at(row)[kind].isEmpty())
            place(kind, int(row));
    }
}

void ImportUniquenessIndex::place(Kind kind, int row)
{
    Table &table = m_tables[kind];
    const QString &key = m_keys.at(row)[kind];
    const quint32 hash = table.hashes[std::size_t(row)];
    const std::size_t mask = table.buckets.size() - 1;
    std::size_t reusable = table.buckets.size(); // the first tombstone passed, if any
    std::size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
        Slot &slot = table.buckets[i];
        if (slot.head == Empty)
            break;
        if (slot.head == Removed) {
            if (reusable == table.buckets.size())
                reusable = i;
        } else if (slot.hash == hash && m_keys.at(slot.head)[kind] == key) {
            table.next[std::size_t(row)] = slot.head;
            slot.head = row;
            return;
        }
    }
    if (reusable != table.buckets.size()) {
        i = reusable;
        --table.removed;
    }
    table.buckets[i] = Slot { hash, row };
    table.next[std::size_t(row)] = Empty;
    ++table.live;
}

void ImportUniquenessIndex::insert(Kind kind, int row)
{
    if (m_keys.at(row)[kind].isEmpty())
        return;
    const Table &table = m_tables[kind];
    // Tombstones count as used: past 70%, probe runs grow long, so the table is built afresh at its new size.
    if (table.buckets.empty() || (table.live + table.removed + 1) * 10 > qsizetype(table.buckets.size()) * 7)
        rebuild(kind);
    else
        place(kind, row);
}

void ImportUniquenessIndex::remove(Kind kind, int row)
{
    const QString &key = m_keys.at(row)[kind];
    if (key.isEmpty())
        return;
    Table &table = m_tables[kind];
    const qsizetype at = find(kind, key, table.hashes[std::size_t(row)], row);
    if (at < 0)
        return; // cannot happen while every row is in the index; nothing to undo if it did
    Slot &slot = table.buckets[std::size_t(at)];
    const int after = table.next[std::size_t(row)];
    if (slot.head == row) {
        slot.head = after;
        if (after == Empty) {
            slot.head = Removed;
            --table.live;
            ++table.removed;
        }
    } else {
        int previous = slot.head;
        while (previous != Empty && table.next[std::size_t(previous)] != row)
            previous = table.next[std::size_t(previous)];
        if (previous != Empty)
            table.next[std::size_t(previous)] = after;
    }
    table.next[std::size_t(row)] = Empty;
}

ImportUniquenessIndex::Keys ImportUniquenessIndex::replaceRow(int row, Keys keys)
{
    Keys old = m_keys.at(row);
    for (int k = 0; k < KindCount; ++k) {
        const Kind kind = Kind(k);
        if (old[kind] == keys[kind])
            continue;
        remove(kind, row);
        m_keys[row][kind] = std::move(keys[kind]);
        m_tables[kind].hashes[std::size_t(row)] = m_keys.at(row)[kind].isEmpty() ? 0 : hashOf(m_keys.at(row)[kind]);
        insert(kind, row);
    }
    return old;
}

qsizetype ImportUniquenessIndex::find(Kind kind, const QString &key, quint32 hash, int self) const
{
    const Table &table = m_tables[kind];
    if (table.live == 0)
        return -1;
    const std::size_t mask = table.buckets.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = table.buckets[i];
        if (slot.head == Empty)
            return -1;
        // A row that holds the key and finds itself at the head needs no string comparison.
        if (slot.head >= 0 && slot.hash == hash && (slot.head == self || m_keys.at(slot.head)[kind] == key))
            return qsizetype(i);
    }
}

ImportUniquenessIndex::Rows ImportUniquenessIndex::rows(Kind kind, const QString &key) const
{
    Rows rows;
    if (key.isEmpty())
        return rows;
    const qsizetype at = find(kind, key, hashOf(key));
    if (at < 0)
        return rows;
    const Table &table = m_tables[kind];
    for (int row = table.buckets[std::size_t(at)].head; row != Empty; row = table.next[std::size_t(row)])
        rows.append(row);
    return rows;
}

QList<int> ImportUniquenessIndex::others(Kind kind, int row, Kind keyOf) const
{
    QList<int> result;
    const QString &key = m_keys.at(row)[keyOf];
    if (key.isEmpty())
        return result;
    const qsizetype at = find(kind, key, m_tables[keyOf].hashes[std::size_t(row)], kind == keyOf ? row : Empty);
    if (at < 0)
        return result;
    const Table &table = m_tables[kind];
    for (int other = table.buckets[std::size_t(at)].head; other != Empty; other = table.next[std::size_t(other)]) {
        if (other != row)
            result.append(other);
    }
    // Chains run newest first, and an edit moves its row; sorted, the lines a message names do not depend on edits.
    std::sort(result.begin(), result.end());
    return result;
}

bool ImportUniquenessIndex::contains(Kind kind, int row, Kind keyOf) const
{
    const QString &key = m_keys.at(row)[keyOf];
    return !key.isEmpty()
        && find(kind, key, m_tables[keyOf].hashes[std::size_t(row)], kind == keyOf ? row : Empty) >= 0;
}
