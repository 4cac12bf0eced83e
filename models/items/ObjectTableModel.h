#pragma once

#include "ItemRoles.h"
#include "ObjectDragDropModel.h"
#include "OutboxTouchedObjects.h"
#include "SearchableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <initializer_list>

// What the four object tables share: rows kept in load order and found by id in O(1), each with
// a precomputed lower-cased haystack, and change sets applied as batched row signals rather than
// resets, so a sync refresh keeps the view's selection and scroll position. Drag and drop comes from
// ObjectDragDropModel. A template without Q_OBJECT; each concrete table adds Q_OBJECT so tr() has its own context.
template<typename Row>
class ObjectTableModel : public ObjectDragDropModel, public SearchableModel
{
public:
    // A full reset, for a (re)load of the whole table.
    void setRows(QList<Row> rows);
    // Applies a sync's delta without a reset. Removals win over upserts of the same id; an upsert
    // equal to the current row emits nothing; new rows are appended in one insertion.
    void applyChanges(const QList<Row> &upserts, const QStringList &removedIds);

    // Marks rows whose object has changes waiting in the outbox (id → OutboxTouchedObjects::Mark as int; absent:
    // none). Emits dataChanged for exactly the rows whose mark changed.
    void setChangeMarks(QHash<QString, int> marks);

    const Row *rowById(const QString &id) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }
    // Cheaper than QAbstractTableModel::index (no virtual rowCount/columnCount): the proxy asks for
    // two indexes per comparison while sorting.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QStringView searchText(int row) const override { return m_searchTexts.at(row); }

protected:
    ObjectTableModel(ObjectKind kind, int columnCount, QObject *parent)
        : ObjectDragDropModel(kind, parent)
        , m_columnCount(columnCount)
    {
    }

    virtual QString idOf(const Row &row) const = 0;
    // What a drag carries as the row's name (see ObjectDragDropModel::objectNameAt).
    virtual QString nameOf(const Row &row) const = 0;
    // The useful columns' text, lower-cased; see haystack().
    virtual QString searchTextOf(const Row &row) const = 0;
    // Every role but ObjectIdRole and SearchTextRole, for a valid column.
    virtual QVariant cellData(const Row &row, int column, int role) const = 0;

    QString objectIdAt(int row) const final { return idOf(m_rows.at(row)); }
    QString objectNameAt(int row) const final { return nameOf(m_rows.at(row)); }

    // Joins the parts with '\n' and lower-cases them once. A search term holds no whitespace,
    // so it can never match across two fields.
    static QString haystack(std::initializer_list<QStringView> parts);
    // The order of the lower-cased RawValueRole strings (which the proxy's ranks sort by),
    // without building them.
    static bool textLess(QStringView left, QStringView right)
    {
        const qsizetype common = std::min(left.size(), right.size());
        for (qsizetype i = 0; i < common; ++i) {
            const char16_t l = left[i].toLower().unicode();
            const char16_t r = right[i].toLower().unicode();
            if (l != r)
                return l < r;
        }
        return left.size() < right.size();
    }
    // Never-set dates sort first.
    static bool dateLess(const QDateTime &left, const QDateTime &right)
    {
        if (!left.isValid() || !right.isValid())
            return !left.isValid() && right.isValid();
        return left.toMSecsSinceEpoch() < right.toMSecsSinceEpoch();
    }
    // A short date-time in the system locale, built only when a view asks (never stored).
    static QVariant shownDate(const QDateTime &value)
    {
        if (!value.isValid())
            return {};
        return QLocale::system().toString(value.toLocalTime(), QLocale::ShortFormat);
    }
    static QVariant countAlignment() { return int(Qt::AlignRight | Qt::AlignVCenter); }

private:
    void reindexFrom(int first);
    void emitChangedRuns(QList<int> rows);

    const int m_columnCount;
    QList<Row> m_rows;
    QList<QString> m_searchTexts; // parallel to m_rows
    QHash<QString, int> m_rowById; // kept in step with m_rows
    QHash<QString, int> m_changeMarks; // object id → mark; few entries
};

template<typename Row>
void ObjectTableModel<Row>::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        m_searchTexts.append(searchTextOf(row));
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    reindexFrom(0);
    endResetModel();
}

template<typename Row>
void ObjectTableModel<Row>::applyChanges(const QList<Row> &upserts, const QStringList &removedIds)
{
    // Removals go first, as runs of adjacent rows from the bottom up, so the rows still to be
    // removed keep their indexes.
    QList<int> doomed;
    doomed.reserve(removedIds.size());
    for (const QString &id : removedIds) {
        if (const int row = rowOf(id); row >= 0)
            doomed.append(row);
    }
    std::sort(doomed.begin(), doomed.end(), std::greater<>());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    for (qsizetype i = 0; i < doomed.size();) {
        const int last = doomed.at(i);
        int first = last;
        while (++i < doomed.size() && doomed.at(i) == first - 1)
            first = doomed.at(i);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            m_rowById.remove(idOf(m_rows.at(row)));
        m_rows.remove(first, last - first + 1);
        m_searchTexts.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
    }

    const QSet<QString> removed(removedIds.cbegin(), removedIds.cend());
    QList<int> changed;
    QList<Row> added;
    QHash<QString, qsizetype> addedAt; // a delta may name a new id twice: the last one wins
    for (const Row &row : upserts) {
        const QString id = idOf(row);
        if (removed.contains(id))
            continue;
        if (const int existing = rowOf(id); existing >= 0) {
            if (m_rows.at(existing) == row)
                continue;
            m_rows[existing] = row;
            m_searchTexts[existing] = searchTextOf(row);
            changed.append(existing);
        } else if (const auto at = addedAt.constFind(id); at != addedAt.cend()) {
            added[*at] = row;
        } else {
            addedAt.insert(id, added.size());
            added.append(row);
        }
    }
    emitChangedRuns(std::move(changed));

    if (added.isEmpty())
        return;
    const int first = count();
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Row &row : added) {
        m_searchTexts.append(searchTextOf(row));
        m_rows.append(std::move(row));
    }
    reindexFrom(first);
    endInsertRows();
}

template<typename Row>
void ObjectTableModel<Row>::setChangeMarks(QHash<QString, int> marks)
{
    QList<int> changed;
    for (auto it = m_changeMarks.cbegin(); it != m_changeMarks.cend(); ++it) {
        if (marks.value(it.key()) != it.value())
            changed.append(rowOf(it.key()));
    }
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        if (!m_changeMarks.contains(it.key()))
            changed.append(rowOf(it.key()));
    }
    m_changeMarks = std::move(marks);
    changed.removeAll(-1);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (const int row : std::as_const(changed))
        emit dataChanged(index(row, 0), index(row, 0), { ItemRoles::ChangeMarkRole, Qt::ToolTipRole });
}

template<typename Row>
const Row *ObjectTableModel<Row>::rowById(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

template<typename Row>
QModelIndex ObjectTableModel<Row>::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= m_columnCount)
        return {};
    return createIndex(row, column);
}

template<typename Row>
QVariant ObjectTableModel<Row>::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size() || index.column() >= m_columnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ItemRoles::ObjectIdRole:
        return idOf(row);
    case ItemRoles::SearchTextRole:
        return index.column() == 0 ? QVariant(m_searchTexts.at(index.row())) : QVariant();
    case ItemRoles::ChangeMarkRole:
        return index.column() == 0 ? QVariant(m_changeMarks.value(idOf(row))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == 0 && !m_changeMarks.isEmpty()) {
            // Marks are few: one lookup, and only for column 0.
            using Mark = OutboxTouchedObjects::Mark;
            switch (Mark(m_changeMarks.value(idOf(row)))) {
            case Mark::Pending:
                return QCoreApplication::translate(
                    "ObjectTableModel", "Changes to this object wait to be sent (see Pending changes).");
            case Mark::Failed:
                return QCoreApplication::translate(
                    "ObjectTableModel", "A change to this object failed (see Pending changes for why).");
            case Mark::None:
                break;
            }
        }
        return cellData(row, index.column(), role);
    default:
        return cellData(row, index.column(), role);
    }
}

template<typename Row>
QString ObjectTableModel<Row>::haystack(std::initializer_list<QStringView> parts)
{
    QString text;
    for (const QStringView part : parts) {
        if (part.isEmpty())
            continue;
        if (!text.isEmpty())
            text.append(QLatin1Char('\n'));
        text.append(part);
    }
    return std::move(text).toLower();
}

template<typename Row>
void ObjectTableModel<Row>::reindexFrom(int first)
{
    for (int row = first; row < m_rows.size(); ++row)
        m_rowById.insert(idOf(m_rows.at(row)), row);
}

template<typename Row>
void ObjectTableModel<Row>::emitChangedRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        const int first = rows.at(i);
        int last = first;
        while (++i < rows.size() && rows.at(i) == last + 1)
            last = rows.at(i);
        emit dataChanged(index(first, 0), index(last, m_columnCount - 1));
    }
}
