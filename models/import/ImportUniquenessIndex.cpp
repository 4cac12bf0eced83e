#include "ImportUniquenessIndex.h"

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

void ImportUniquenessIndex::add(int row, const Keys &keys)
{
    for (int kind = 0; kind < KindCount; ++kind) {
        if (!keys[kind].isEmpty())
            m_rows[kind][keys[kind]].append(row);
    }
}

void ImportUniquenessIndex::remove(int row, const Keys &keys)
{
    for (int kind = 0; kind < KindCount; ++kind) {
        if (keys[kind].isEmpty())
            continue;
        auto it = m_rows[kind].find(keys[kind]);
        if (it == m_rows[kind].end())
            continue;
        it->removeOne(row);
        if (it->isEmpty())
            m_rows[kind].erase(it);
    }
}

const QList<int> &ImportUniquenessIndex::rows(Kind kind, const QString &key) const
{
    static const QList<int> none;
    if (key.isEmpty())
        return none;
    const auto it = m_rows[kind].constFind(key);
    return it == m_rows[kind].cend() ? none : *it;
}

QList<int> ImportUniquenessIndex::others(Kind kind, const QString &key, int row) const
{
    QList<int> result;
    for (const int other : rows(kind, key)) {
        if (other != row)
            result.append(other);
    }
    // An edit re-inserts its row at the end of the list; sorted, the lines a message names do not depend on edits.
    std::sort(result.begin(), result.end());
    return result;
}
