#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

class SearchableModel;

// Filter-as-you-type and sorting for the four object tables. Every whitespace-separated term must
// occur (case-insensitively) in the row's SearchTextRole; sorting uses RawValueRole.
// Built for 50,000 rows per keystroke: when the source is a SearchableModel, filtering reads the
// precomputed haystack directly and sorting compares precomputed ranks, with no QVariant per row.
class ObjectFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectFilterProxyModel)

public:
    explicit ObjectFilterProxyModel(QObject *parent = nullptr);
    ~ObjectFilterProxyModel() override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    bool matches(QStringView haystack) const;
    bool narrows(const QStringList &terms) const;
    void forgetSourceState();
    void ensureRanks(int column);

    QString m_text;
    QStringList m_terms; // lower-cased, non-empty
    const SearchableModel *m_searchable = nullptr; // the source, when it is one of ours
    QList<QMetaObject::Connection> m_sourceConnections;

    // Rank of each source row in the sort column's ascending order (equal values share a rank),
    // so a re-sort after a keystroke compares ints. Rebuilt only before a whole-table sort or
    // filter; between those, source changes fall back to SearchableModel::rawLessThan.
    QList<int> m_ranks;
    int m_rankColumn = -1;

    // Which source rows the current filter accepts, so a keystroke that only narrows the search
    // tests just those rows. Valid only while the source is unchanged.
    QList<bool> m_accepted;
    bool m_acceptedValid = false;
    mutable QList<bool> m_nextAccepted;
    bool m_recording = false;
    bool m_narrowing = false;
};
