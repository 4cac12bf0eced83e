#include "OutboxModel.h"

#include "ItemRoles.h"
#include "OutboxStore.h"

#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

OutboxModel::~OutboxModel() = default;

void OutboxModel::setCache(CacheDatabase *cache)
{
    m_cache = cache;
    if (!m_cache)
        setRows({});
}

Result<void> OutboxModel::refresh()
{
    if (!m_cache) {
        setRows({});
        return {};
    }
    auto rows = OutboxStore(*m_cache).rows();
    if (!rows)
        return rows.error();
    setRows(rows.value());
    return {};
}

void OutboxModel::setRows(const QList<OutboxRow> &rows)
{
    // Removals first, bottom up, in runs; then a merge by id (both lists ascend) that updates
    // rows in place and inserts new ones where they belong.
    QHash<qint64, int> incoming;
    incoming.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).id, i);
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incoming.contains(m_rows.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    const QHash<QString, int> oldBatchSizes = m_batchSizes;
    m_batchSizes.clear();
    for (const OutboxRow &row : rows) {
        if (!row.batchId.isEmpty())
            ++m_batchSizes[row.batchId];
    }

    int at = 0;
    for (int i = 0; i < rows.size();) {
        const OutboxRow &row = rows.at(i);
        if (at < m_rows.size() && m_rows.at(at).id == row.id) {
            OutboxRow &current = m_rows[at];
            const bool batchChanged
                = !row.batchId.isEmpty() && oldBatchSizes.value(row.batchId) != m_batchSizes.value(row.batchId);
            if (current.state != row.state || current.error != row.error || current.summary != row.summary
                || current.attempts != row.attempts || current.updatedAt != row.updatedAt
                || current.payload != row.payload || current.objectId != row.objectId || batchChanged) {
                current = row;
                emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            ++at;
            ++i;
            continue;
        }
        // A run of new rows before the next existing one (or at the end).
        const qint64 nextExisting = at < m_rows.size() ? m_rows.at(at).id : std::numeric_limits<qint64>::max();
        int end = i;
        while (end < rows.size() && rows.at(end).id < nextExisting)
            ++end;
        if (end == i) { // out of order input: keep going rather than loop forever
            ++at;
            continue;
        }
        beginInsertRows({}, at, at + (end - i) - 1);
        for (int k = i; k < end; ++k)
            m_rows.insert(at + (k - i), rows.at(k));
        endInsertRows();
        at += end - i;
        i = end;
    }
    recount();
}

void OutboxModel::recount()
{
    QHash<int, int> counts;
    for (const OutboxRow &row : std::as_const(m_rows))
        ++counts[int(row.state)];
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit countsChanged();
}

void OutboxModel::setStateIcon(OutboxRow::State state, const QIcon &icon)
{
    m_stateIcons.insert(int(state), icon);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, State), index(rowCount() - 1, State), { Qt::DecorationRole });
}

int OutboxModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int OutboxModel::countInState(OutboxRow::State state) const
{
    return m_counts.value(int(state));
}

QString OutboxModel::stateText(OutboxRow::State state)
{
    switch (state) {
    case OutboxRow::State::Pending:
        return tr("Pending");
    case OutboxRow::State::Pushing:
        return tr("Sending…");
    case OutboxRow::State::Done:
        return tr("Done");
    case OutboxRow::State::Failed:
        return tr("Failed");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Change:
        return tr("Change");
    case State:
        return tr("State");
    case Message:
        return tr("Message");
    case Batch:
        return tr("Batch");
    case ColumnCount:
        break;
    }
    return {};
}

QString OutboxModel::batchText(int row) const
{
    const OutboxRow &r = m_rows.at(row);
    const int size = m_batchSizes.value(r.batchId);
    if (r.batchId.isEmpty() || size < 2)
        return {};
    int position = 1;
    for (int i = row - 1; i >= 0; --i)
        position += m_rows.at(i).batchId == r.batchId ? 1 : 0;
    return tr("%1 of %2").arg(position).arg(size);
}

QString OutboxModel::toolTip(int row) const
{
    const OutboxRow &r = m_rows.at(row);
    QString text = r.summary;
    const QString updated = QLocale::system().toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
    text += u'\n' + tr("%1 since %2").arg(stateText(r.state), updated);
    if (r.attempts > 0)
        text += u'\n' + tr("Sent %n time(s)", nullptr, r.attempts);
    if (!r.error.isEmpty())
        text += u'\n' + tr("The directory said: %1").arg(r.error);
    return text;
}

QVariant OutboxModel::displayText(int row, int column) const
{
    const OutboxRow &r = m_rows.at(row);
    switch (Column(column)) {
    case Time:
        return r.createdAt.isValid() ? QLocale::system().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat)
                                     : QString();
    case Change:
        return r.summary;
    case State:
        return stateText(r.state);
    case Message:
        // One line in the table; the view shows the whole message below it.
        return QString(r.error).replace(u'\n', u' ');
    case Batch:
        return batchText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(index.row());
    case Qt::DecorationRole:
        return index.column() == State ? m_stateIcons.value(int(r.state)) : QVariant();
    case ItemRoles::RawValueRole:
        switch (Column(index.column())) {
        case Time:
            return r.createdAt;
        case State:
            return int(r.state);
        case Batch:
            return r.batchId;
        default:
            return displayText(index.row(), index.column()).toString().toLower();
        }
    case RowIdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case BatchIdRole:
        return r.batchId;
    case KindRole:
        return r.kind;
    case ObjectIdRole:
        return r.objectId;
    default:
        return {};
    }
}
