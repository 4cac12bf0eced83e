#pragma once

#include "ObjectTableModel.h"
#include "UserRow.h"

// The Users pane: one row per directory user, with its device and group counts.
class UserTableModel final : public ObjectTableModel<UserRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column {
        Username,
        Name,
        Email,
        State,
        LocalAccount,
        Department,
        JobTitle,
        Devices,
        Groups,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UserTableModel(QObject *parent = nullptr);
    ~UserTableModel() override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rawLessThan(int column, int leftRow, int rightRow) const override;

    static QString stateText(UserState state);

protected:
    QString idOf(const UserRow &row) const override { return row.user.id; }
    QString nameOf(const UserRow &row) const override { return row.user.username; }
    QString searchTextOf(const UserRow &row) const override;
    QVariant cellData(const UserRow &row, int column, int role) const override;

private:
    QVariant displayText(const UserRow &row, int column) const;
    QVariant rawValue(const UserRow &row, int column) const;
    QVariant toolTip(const UserRow &row, int column) const;
};
