#pragma once

#include "ObjectTableModel.h"
#include "UserGroupRow.h"

// The User groups pane: one row per user group, with member and device-group counts.
class UserGroupTableModel final : public ObjectTableModel<UserGroupRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGroupTableModel)

public:
    enum Column { Name, Description, Members, DeviceGroups, Admin, ColumnCount };
    Q_ENUM(Column)

    explicit UserGroupTableModel(QObject *parent = nullptr);
    ~UserGroupTableModel() override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rawLessThan(int column, int leftRow, int rightRow) const override;

protected:
    QString idOf(const UserGroupRow &row) const override { return row.group.id; }
    QString nameOf(const UserGroupRow &row) const override { return row.group.name; }
    QString searchTextOf(const UserGroupRow &row) const override;
    QVariant cellData(const UserGroupRow &row, int column, int role) const override;

private:
    QVariant displayText(const UserGroupRow &row, int column) const;
};
