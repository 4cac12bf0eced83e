#pragma once

#include <QStringView>

// What ObjectFilterProxyModel asks of the four object tables so that a keystroke over 50,000
// rows neither builds a QVariant per row nor lower-cases a string per comparison.
class SearchableModel
{
public:
    virtual ~SearchableModel() = default;

    // The row's precomputed lower-cased haystack (the same text as SearchTextRole).
    virtual QStringView searchText(int row) const = 0;
    // Orders two rows by a column's RawValueRole value, compared as typed values.
    virtual bool rawLessThan(int column, int leftRow, int rightRow) const = 0;

protected:
    SearchableModel() = default;
    SearchableModel(const SearchableModel &) = default;
    SearchableModel &operator=(const SearchableModel &) = default;
};
