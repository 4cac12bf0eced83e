#pragma once

#include "DeviceGroupRow.h"
#include "ObjectTableModel.h"

// The Device groups pane: one row per device group, with member and user-group counts.
class DeviceGroupTableModel final : public ObjectTableModel<DeviceGroupRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceGroupTableModel)

public:
    enum Column { Name, Description, Members, UserGroups, ColumnCount };
    Q_ENUM(Column)

    explicit DeviceGroupTableModel(QObject *parent = nullptr);
    ~DeviceGroupTableModel() override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rawLessThan(int column, int leftRow, int rightRow) const override;

protected:
    QString idOf(const DeviceGroupRow &row) const override { return row.group.id; }
    QString nameOf(const DeviceGroupRow &row) const override { return row.group.name; }
    QString searchTextOf(const DeviceGroupRow &row) const override;
    QVariant cellData(const DeviceGroupRow &row, int column, int role) const override;

private:
    QVariant displayText(const DeviceGroupRow &row, int column) const;
};
