#include "ObjectFilterProxyModel.h"

#include "ItemRoles.h"
#include "SearchableModel.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
#include <numeric>

namespace {

QStringList termsOf(const QString &text)
{
    QStringList terms;
    const QString lowered = text.toLower();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= lowered.size(); ++i) {
        const bool space = i == lowered.size() || lowered.at(i).isSpace();
        if (!space && start < 0) {
            start = i;
        } else if (space && start >= 0) {
            terms.append(lowered.mid(start, i - start));
            start = -1;
        }
    }
    terms.removeDuplicates();
    return terms;
}

} // namespace

ObjectFilterProxyModel::ObjectFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::RawValueRole);
    setFilterRole(ItemRoles::SearchTextRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

ObjectFilterProxyModel::~ObjectFilterProxyModel() = default;

void ObjectFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_searchable = dynamic_cast<const SearchableModel *>(source);
    forgetSourceState();
    if (source) {
        // Connected before the base class connects its own handlers, so the ranks are dropped
        // before QSortFilterProxyModel re-sorts the changed rows with lessThan().
        const auto forget = [this] { forgetSourceState(); };
        // After a reset the base class re-sorts every row anyway: ranks make that sort cheap.
        const auto rerank = [this] {
            forgetSourceState();
            ensureRanks(sortColumn());
        };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::dataChanged, this, forget),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
            connect(source, &QAbstractItemModel::rowsInserted, this, forget),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(source, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(source, &QAbstractItemModel::rowsMoved, this, forget),
            connect(source, &QAbstractItemModel::layoutChanged, this, rerank),
            connect(source, &QAbstractItemModel::modelReset, this, rerank),
        };
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void ObjectFilterProxyModel::setFilterText(const QString &text)
{
    QStringList terms = termsOf(text);
    m_text = text;
    if (terms == m_terms)
        return;
    m_narrowing = m_acceptedValid && narrows(terms);
    m_terms = std::move(terms);

    ensureRanks(sortColumn());
    const QAbstractItemModel *source = sourceModel();
    m_recording = source != nullptr;
    if (m_recording)
        m_nextAccepted = QList<bool>(source->rowCount(), false);
    // A layout change rather than invalidateRowsFilter(): the base class removes filtered rows one
    // proxy interval at a time, rebuilding its whole mapping per interval, which is quadratic when
    // a keystroke scatters matches over 50,000 rows. Rebuilding the mapping is linear plus a sort
    // on ranks.
    invalidate();
    rowCount(); // builds the mapping now, while the filter is recording
    if (m_recording) {
        m_accepted.swap(m_nextAccepted);
        m_acceptedValid = true;
    }
    m_recording = false;
    m_narrowing = false;
}

void ObjectFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    ensureRanks(column);
    QSortFilterProxyModel::sort(column, order);
}

bool ObjectFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    bool accepted = true;
    if (m_narrowing && !m_accepted.at(sourceRow)) {
        accepted = false;
    } else if (!m_terms.isEmpty()) {
        if (m_searchable) {
            accepted = matches(m_searchable->searchText(sourceRow));
        } else {
            const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
            accepted = matches(index.data(ItemRoles::SearchTextRole).toString());
        }
    }
    if (m_recording && sourceRow < m_nextAccepted.size())
        m_nextAccepted[sourceRow] = accepted;
    return accepted;
}

bool ObjectFilterProxyModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (!m_searchable || sortRole() != ItemRoles::RawValueRole)
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    if (sourceLeft.column() == m_rankColumn)
        return m_ranks.at(sourceLeft.row()) < m_ranks.at(sourceRight.row());
    return m_searchable->rawLessThan(sourceLeft.column(), sourceLeft.row(), sourceRight.row());
}

bool ObjectFilterProxyModel::matches(QStringView haystack) const
{
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [haystack](const QString &term) {
        return haystack.contains(term, Qt::CaseSensitive); // both sides are lower-cased already
    });
}

// True when every row the new terms accept was accepted by the old ones: each old term is
// contained in some new term.
bool ObjectFilterProxyModel::narrows(const QStringList &terms) const
{
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&terms](const QString &old) {
        return std::any_of(terms.cbegin(), terms.cend(), [&old](const QString &term) { return term.contains(old); });
    });
}

void ObjectFilterProxyModel::forgetSourceState()
{
    m_rankColumn = -1;
    m_ranks.clear();
    m_acceptedValid = false;
    m_accepted.clear();
}

void ObjectFilterProxyModel::ensureRanks(int column)
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_searchable || !source || column < 0 || sortRole() != ItemRoles::RawValueRole) {
        m_rankColumn = -1;
        return;
    }
    if (column == m_rankColumn)
        return;
    const int rows = source->rowCount();
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    const auto less = [this, column](int left, int right) { return m_searchable->rawLessThan(column, left, right); };
    // Text and dates are compared far faster as extracted keys than through rawLessThan, which
    // has to lower-case or convert on every comparison. One data() call per row, once per sort.
    const QModelIndex probe = source->index(0, column);
    const int type = probe.isValid() ? probe.data(ItemRoles::RawValueRole).typeId() : QMetaType::UnknownType;
    if (type == QMetaType::QString) {
        QList<QString> keys(rows);
        for (int row = 0; row < rows; ++row)
            keys[row] = source->index(row, column).data(ItemRoles::RawValueRole).toString();
        std::stable_sort(order.begin(), order.end(), [&keys](int l, int r) { return keys.at(l) < keys.at(r); });
    } else if (type == QMetaType::QDateTime) {
        QList<qint64> keys(rows);
        for (int row = 0; row < rows; ++row) {
            const QDateTime value = source->index(row, column).data(ItemRoles::RawValueRole).toDateTime();
            keys[row] = value.isValid() ? value.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        std::stable_sort(order.begin(), order.end(), [&keys](int l, int r) { return keys.at(l) < keys.at(r); });
    } else {
        std::stable_sort(order.begin(), order.end(), less);
    }
    m_ranks.resize(rows);
    int rank = 0;
    for (int i = 0; i < rows; ++i) {
        if (i > 0 && less(order.at(i - 1), order.at(i)))
            ++rank;
        m_ranks[order.at(i)] = rank;
    }
    m_rankColumn = column;
}
