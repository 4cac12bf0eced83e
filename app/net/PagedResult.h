#pragma once

#include <QJsonObject>
#include <QList>

// Every item of one paged collection, de-duplicated, with what the directory said about it.
struct PagedResult
{
    QList<QJsonObject> items;
    qint64 reportedTotal = -1; // -1: the directory sent no total
    int pages = 0; // requests it took
    int duplicates = 0; // items seen on more than one page (data moved while paging)

    bool totalKnown() const { return reportedTotal >= 0; }
    // The fetched count disagrees with the total: the collection changed during the pull, or the
    // total is wrong. Fewer than the total means something may be missing.
    bool countMismatch() const { return totalKnown() && reportedTotal != items.size(); }
    bool shortOfTotal() const { return totalKnown() && items.size() < reportedTotal; }
};
