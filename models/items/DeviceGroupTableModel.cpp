#include "DeviceGroupTableModel.h"

using namespace Qt::StringLiterals;

DeviceGroupTableModel::DeviceGroupTableModel(QObject *parent)
    : ObjectTableModel(ObjectKind::DeviceGroup, ColumnCount, parent)
{
}

DeviceGroupTableModel::~DeviceGroupTableModel() = default;

QVariant DeviceGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ObjectTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Members:
        return tr("Members");
    case UserGroups:
        return tr("User groups");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeviceGroupTableModel::searchTextOf(const DeviceGroupRow &row) const
{
    return haystack({ row.group.name, row.group.description });
}

QVariant DeviceGroupTableModel::cellData(const DeviceGroupRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case ItemRoles::RawValueRole:
        if (column == Members)
            return row.memberCount;
        if (column == UserGroups)
            return row.userGroupCount;
        return displayText(row, column).toString().toLower();
    case Qt::TextAlignmentRole:
        return column == Members || column == UserGroups ? countAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant DeviceGroupTableModel::displayText(const DeviceGroupRow &row, int column) const
{
    switch (Column(column)) {
    case Name:
        return row.group.name;
    case Description:
        return row.group.description;
    case Members:
        return row.memberCount;
    case UserGroups:
        return row.userGroupCount;
    case ColumnCount:
        break;
    }
    return {};
}

bool DeviceGroupTableModel::rawLessThan(int column, int leftRow, int rightRow) const
{
    const DeviceGroupRow &l = rowAt(leftRow);
    const DeviceGroupRow &r = rowAt(rightRow);
    switch (Column(column)) {
    case Name:
        return textLess(l.group.name, r.group.name);
    case Description:
        return textLess(l.group.description, r.group.description);
    case Members:
        return l.memberCount < r.memberCount;
    case UserGroups:
        return l.userGroupCount < r.userGroupCount;
    case ColumnCount:
        break;
    }
    return false;
}
