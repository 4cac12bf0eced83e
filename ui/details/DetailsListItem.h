#pragma once

#include <QTreeWidgetItem>

// A row of a DetailsList. Sorts as people expect, not by code point: "alice" before "Erin".
class DetailsListItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        return QString::localeAwareCompare(text(column).toCaseFolded(), other.text(column).toCaseFolded()) < 0;
    }
};
