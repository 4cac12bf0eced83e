#include "ImportUniquenessIndex.h"

#include "ImportParallel.h"

#include <algorithm>

void ImportUniquenessIndex::clear()
{
    for (auto &index : m_rows)
        index.clear();
}

void ImportUniquenessIndex::reserve(qsizetype rows)
{
    for (auto &index : m_rows)
        index.reserve(rows);
}

void ImportUniquenessIndex::insert(QHash<QString, Entry> &index, const QString &key, int row)
{
    if (key.isEmpty())
        return;
    Entry &entry = index[key];
    if (entry.first < 0)
        entry.first = row;
    else
        entry.more.append(row);
}

void ImportUniquenessIndex::add(int row, const Keys &keys)
{
    for (int kind = 0; kind < KindCount; ++kind)
        insert(m_rows[kind], keys[kind], row);
}

void ImportUniquenessIndex::addAll(const Keys *keys, qsizetype count)
{
    ImportParallel::forEachBlock(KindCount, 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype kind = begin; kind < end; ++kind) {
            QHash<QString, Entry> &index = m_rows[std::size_t(kind)];
            index.reserve(count);
            for (qsizetype row = 0; row < count; ++row)
                insert(index, keys[row][std::size_t(kind)], int(row));
        }
    });
}

void ImportUniquenessIndex::remove(int row, const Keys &keys)
{
    for (int kind = 0; kind < KindCount; ++kind) {
        if (keys[kind].isEmpty())
            continue;
        auto it = m_rows[kind].find(keys[kind]);
        if (it == m_rows[kind].end())
            continue;
        if (it->first == row) {
            if (it->more.isEmpty()) {
                m_rows[kind].erase(it);
                continue;
            }
            it->first = it->more.takeFirst();
        } else {
            it->more.removeOne(row);
        }
    }
}

ImportUniquenessIndex::Rows ImportUniquenessIndex::rows(Kind kind, const QString &key) const
{
    Rows rows;
    if (key.isEmpty())
        return rows;
    const auto it = m_rows[kind].constFind(key);
    if (it == m_rows[kind].cend())
        return rows;
    rows.append(it->first);
    rows.append(it->more.constData(), it->more.size());
    return rows;
}

bool ImportUniquenessIndex::contains(Kind kind, const QString &key) const
{
    return !key.isEmpty() && m_rows[kind].contains(key);
}

QList<int> ImportUniquenessIndex::others(Kind kind, const QString &key, int row) const
{
    QList<int> result;
    if (key.isEmpty())
        return result;
    const auto it = m_rows[kind].constFind(key);
    if (it == m_rows[kind].cend() || (it->first == row && it->more.isEmpty()))
        return result;
    if (it->first != row)
        result.append(it->first);
    for (const int other : it->more) {
        if (other != row)
            result.append(other);
    }
    // An edit re-inserts its row at the end of the list; sorted, the lines a message names do not depend on edits.
    std::sort(result.begin(), result.end());
    return result;
}
