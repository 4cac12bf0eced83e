#include "DeviceTableModel.h"

using namespace Qt::StringLiterals;

DeviceTableModel::DeviceTableModel(QObject *parent)
    : ObjectTableModel(ObjectKind::Device, ColumnCount, parent)
{
}

DeviceTableModel::~DeviceTableModel() = default;

QString DeviceTableModel::osText(const Device &device)
{
    // Product names, not translated.
    switch (device.osFamily) {
    case OsFamily::MacOS:
        return u"macOS"_s;
    case OsFamily::Windows:
        return u"Windows"_s;
    case OsFamily::Linux:
        return u"Linux"_s;
    case OsFamily::Unknown:
        break;
    }
    return device.os;
}

QString DeviceTableModel::statusText(bool active)
{
    return active ? tr("Active") : tr("Inactive");
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ObjectTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Hostname:
        return tr("Hostname");
    case Os:
        return tr("OS");
    case OsVersion:
        return tr("OS version");
    case AgentVersion:
        return tr("Agent");
    case Status:
        return tr("Status");
    case LastContact:
        return tr("Last contact");
    case Users:
        return tr("Users");
    case LocalAccounts:
        return tr("Local accounts");
    case SerialNumber:
        return tr("Serial number");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeviceTableModel::searchTextOf(const DeviceRow &row) const
{
    const Device &d = row.device;
    const QString os = osText(d);
    return haystack({ d.displayName, d.hostname == d.displayName ? QString() : d.hostname, os,
        os == d.os ? QString() : d.os, d.osVersion, d.serialNumber, d.hardwareVendor, d.remoteIp });
}

QVariant DeviceTableModel::cellData(const DeviceRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case ItemRoles::RawValueRole:
        return rawValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return column == Users || column == LocalAccounts ? countAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant DeviceTableModel::displayText(const DeviceRow &row, int column) const
{
    const Device &d = row.device;
    switch (Column(column)) {
    case Name:
        return d.shownName();
    case Hostname:
        return d.hostname;
    case Os:
        return osText(d);
    case OsVersion:
        return d.osVersion;
    case AgentVersion:
        return d.agentVersion;
    case Status:
        return statusText(d.active);
    case LastContact:
        return shownDate(d.lastContact);
    case Users:
        return row.userCount;
    case LocalAccounts:
        return row.localAccountCount;
    case SerialNumber:
        return d.serialNumber;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeviceTableModel::rawValue(const DeviceRow &row, int column) const
{
    switch (Column(column)) {
    case Status:
        return row.device.active;
    case LastContact:
        return row.device.lastContact;
    case Users:
        return row.userCount;
    case LocalAccounts:
        return row.localAccountCount;
    default:
        return displayText(row, column).toString().toLower();
    }
}

QVariant DeviceTableModel::toolTip(const DeviceRow &row, int column) const
{
    const Device &d = row.device;
    switch (Column(column)) {
    case Os:
        return d.os;
    case Status:
        return d.active ? tr("The agent has checked in recently") : tr("The agent has not checked in recently");
    case LastContact:
        return d.lastContact.isValid() ? QLocale::system().toString(d.lastContact.toLocalTime(), QLocale::LongFormat)
                                       : QVariant(tr("Never"));
    case LocalAccounts:
        return tr("Accounts the device reports, managed or not");
    default:
        return {};
    }
}

bool DeviceTableModel::rawLessThan(int column, int leftRow, int rightRow) const
{
    const DeviceRow &l = rowAt(leftRow);
    const DeviceRow &r = rowAt(rightRow);
    switch (Column(column)) {
    case Name:
        return textLess(l.device.shownName(), r.device.shownName());
    case Hostname:
        return textLess(l.device.hostname, r.device.hostname);
    case Os:
        return textLess(osText(l.device), osText(r.device));
    case OsVersion:
        return textLess(l.device.osVersion, r.device.osVersion);
    case AgentVersion:
        return textLess(l.device.agentVersion, r.device.agentVersion);
    case Status:
        return int(l.device.active) < int(r.device.active);
    case LastContact:
        return dateLess(l.device.lastContact, r.device.lastContact);
    case Users:
        return l.userCount < r.userCount;
    case LocalAccounts:
        return l.localAccountCount < r.localAccountCount;
    case SerialNumber:
        return textLess(l.device.serialNumber, r.device.serialNumber);
    case ColumnCount:
        break;
    }
    return false;
}
