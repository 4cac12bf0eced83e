#include "UserGroupTableModel.h"

using namespace Qt::StringLiterals;

UserGroupTableModel::UserGroupTableModel(QObject *parent)
    : ObjectTableModel(ObjectKind::UserGroup, ColumnCount, parent)
{
}

UserGroupTableModel::~UserGroupTableModel() = default;

QVariant UserGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case DeviceGroups:
        return tr("Device groups");
    case Admin:
        return tr("Admin");
    case ColumnCount:
        break;
    }
    return {};
}

QString UserGroupTableModel::searchTextOf(const UserGroupRow &row) const
{
    const UserGroup &g = row.group;
    return haystack({ g.name, g.description, g.email, g.posixGroupName });
}

QVariant UserGroupTableModel::cellData(const UserGroupRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case ItemRoles::RawValueRole:
        switch (Column(column)) {
        case Members:
            return row.memberCount;
        case DeviceGroups:
            return row.deviceGroupCount;
        case Admin:
            return row.group.sudoEnabled;
        default:
            return displayText(row, column).toString().toLower();
        }
    case Qt::ToolTipRole:
        if (column == Admin && row.group.sudoEnabled) {
            return row.group.sudoWithoutPassword
                ? tr("Members are administrators, without a password, on every device the group reaches")
                : tr("Members are administrators on every device the group reaches");
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Members || column == DeviceGroups ? countAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant UserGroupTableModel::displayText(const UserGroupRow &row, int column) const
{
    switch (Column(column)) {
    case Name:
        return row.group.name;
    case Description:
        return row.group.description;
    case Members:
        return row.memberCount;
    case DeviceGroups:
        return row.deviceGroupCount;
    case Admin:
        return row.group.sudoEnabled ? tr("Admin on bound devices") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

bool UserGroupTableModel::rawLessThan(int column, int leftRow, int rightRow) const
{
    const UserGroupRow &l = rowAt(leftRow);
    const UserGroupRow &r = rowAt(rightRow);
    switch (Column(column)) {
    case Name:
        return textLess(l.group.name, r.group.name);
    case Description:
        return textLess(l.group.description, r.group.description);
    case Members:
        return l.memberCount < r.memberCount;
    case DeviceGroups:
        return l.deviceGroupCount < r.deviceGroupCount;
    case Admin:
        return int(l.group.sudoEnabled) < int(r.group.sudoEnabled);
    case ColumnCount:
        break;
    }
    return false;
}
