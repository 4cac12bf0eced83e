#pragma once

#include "OutboxRow.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

class CacheDatabase;

// The outbox as a table: one row per change, oldest first, with its state and the directory's
// message when it failed. refresh() re-reads the outbox table (small: pending work, not history)
// and applies the difference as row inserts, removals and dataChanged, so a view keeps its
// selection while the pusher moves rows from pending to done.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { Time, Change, State, Message, Batch, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RowIdRole = Qt::UserRole + 100, // qint64 outbox id
        StateRole, // int(OutboxRow::State)
        BatchIdRole,
        KindRole, // "user.create" …
        ObjectIdRole, // the directory id the change is about (empty for a create)
    };

    explicit OutboxModel(QObject *parent = nullptr);
    ~OutboxModel() override;

    // The GUI thread's connection, borrowed; null empties the model.
    void setCache(CacheDatabase *cache);
    Result<void> refresh();
    // Applies `rows` (ordered by id, as OutboxStore::rows returns them) as a difference.
    void setRows(const QList<OutboxRow> &rows);

    // Icons per state, set by the view from its style (the model has no widgets to ask).
    void setStateIcon(OutboxRow::State state, const QIcon &icon);

    const OutboxRow &rowAt(int row) const { return m_rows.at(row); }
    const QList<OutboxRow> &rows() const { return m_rows; }
    int rowOfId(qint64 id) const;
    int countInState(OutboxRow::State state) const;
    // Pending and pushing: not yet in the directory.
    int unsentCount() const
    {
        return countInState(OutboxRow::State::Pending) + countInState(OutboxRow::State::Pushing);
    }

    static QString stateText(OutboxRow::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every refresh or setRows that changed a count.
    void countsChanged();

private:
    QVariant displayText(int row, int column) const;
    QString batchText(int row) const;
    QString toolTip(int row) const;
    void recount();

    CacheDatabase *m_cache = nullptr;
    QList<OutboxRow> m_rows;
    QHash<QString, int> m_batchSizes;
    QHash<int, QIcon> m_stateIcons;
    QHash<int, int> m_counts; // per int(OutboxRow::State)
};
