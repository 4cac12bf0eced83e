#pragma once

#include "ImportRowOutcome.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

// What happened to each row of the file, for the commit and results pages: Line, the row's username, Outcome (with
// an icon), Message and the new user's id. Rows are updated one by one as the push reports them.
class ImportOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportOutcomeModel)

public:
    enum Column { LineColumn, UserColumn, OutcomeColumn, MessageColumn, NewIdColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1; // int(ImportRowOutcome::Kind)

    explicit ImportOutcomeModel(QObject *parent = nullptr);

    // One outcome per record; `usernames` parallel to it.
    void setOutcomes(const QList<ImportRowOutcome> &outcomes, const QStringList &usernames);
    void setOutcome(int row, const ImportRowOutcome &outcome);
    const QList<ImportRowOutcome> &outcomes() const { return m_outcomes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRowOutcome> m_outcomes;
    QStringList m_usernames;
};
