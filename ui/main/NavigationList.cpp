#include "NavigationList.h"

#include "NavigationItemDelegate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

NavigationList::NavigationList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"navigationList"_s);
    setAccessibleName(tr("Object kinds"));
    setItemDelegate(new NavigationItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setIconSize(QSize(20, 20));
    setFrameShape(QFrame::NoFrame);
    for (PaneKind kind : PaneKinds::all()) {
        auto *item = new QListWidgetItem(PaneKinds::title(kind), this);
        item->setIcon(QIcon(u":/icons/%1.svg"_s.arg(PaneKinds::key(kind))));
        item->setData(NavigationItemDelegate::CountRole, QVariant());
        item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT kindSelected(PaneKinds::all().at(row));
    });
}

PaneKind NavigationList::currentKind() const
{
    const int row = currentRow();
    return row >= 0 ? PaneKinds::all().at(row) : PaneKind::Users;
}

void NavigationList::setCurrentKind(PaneKind kind)
{
    setCurrentRow(int(PaneKinds::all().indexOf(kind)));
}

void NavigationList::setCount(PaneKind kind, int count)
{
    QListWidgetItem *entry = item(int(PaneKinds::all().indexOf(kind)));
    entry->setData(NavigationItemDelegate::CountRole, count);
    // Screen readers hear the count that sighted users see at the right edge.
    entry->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(PaneKinds::title(kind), QLocale().toString(count)));
}

int NavigationList::count(PaneKind kind) const
{
    return item(int(PaneKinds::all().indexOf(kind)))->data(NavigationItemDelegate::CountRole).toInt();
}

QSize NavigationList::sizeHint() const
{
    // Wide enough for the longest title and a six-digit count, no wider.
    int widest = 0;
    for (PaneKind kind : PaneKinds::all())
        widest = std::max(widest, fontMetrics().horizontalAdvance(PaneKinds::title(kind)));
    const int countWidth = fontMetrics().horizontalAdvance(QLocale().toString(88888));
    return { widest + countWidth + iconSize().width() + 40, QListWidget::sizeHint().height() };
}
