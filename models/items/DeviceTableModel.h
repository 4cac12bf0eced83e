#pragma once

#include "DeviceRow.h"
#include "ObjectTableModel.h"

// The Devices pane: one row per device, with its bound-user and local-account counts.
class DeviceTableModel final : public ObjectTableModel<DeviceRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableModel)

public:
    enum Column {
        Name,
        Hostname,
        Os,
        OsVersion,
        AgentVersion,
        Status,
        LastContact,
        Users,
        LocalAccounts,
        SerialNumber,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DeviceTableModel(QObject *parent = nullptr);
    ~DeviceTableModel() override;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool rawLessThan(int column, int leftRow, int rightRow) const override;

    // "macOS", "Windows", "Linux", else the OS as the agent reports it.
    static QString osText(const Device &device);
    static QString statusText(bool active);

protected:
    QString idOf(const DeviceRow &row) const override { return row.device.id; }
    QString nameOf(const DeviceRow &row) const override { return row.device.shownName(); }
    QString searchTextOf(const DeviceRow &row) const override;
    QVariant cellData(const DeviceRow &row, int column, int role) const override;

private:
    QVariant displayText(const DeviceRow &row, int column) const;
    QVariant rawValue(const DeviceRow &row, int column) const;
    QVariant toolTip(const DeviceRow &row, int column) const;
};
