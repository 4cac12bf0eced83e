#include "UserTableModel.h"

using namespace Qt::StringLiterals;

UserTableModel::UserTableModel(QObject *parent)
    : ObjectTableModel(ObjectKind::User, ColumnCount, parent)
{
}

UserTableModel::~UserTableModel() = default;

QString UserTableModel::stateText(UserState state)
{
    switch (state) {
    case UserState::Staged:
        return tr("Staged");
    case UserState::Activated:
        return tr("Activated");
    case UserState::Suspended:
        return tr("Suspended");
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ObjectTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Username:
        return tr("Username");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case State:
        return tr("State");
    case LocalAccount:
        return tr("Local account");
    case Department:
        return tr("Department");
    case JobTitle:
        return tr("Job title");
    case Devices:
        return tr("Devices");
    case Groups:
        return tr("Groups");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

QString UserTableModel::searchTextOf(const UserRow &row) const
{
    const User &u = row.user;
    const QString shown = u.shownName();
    // The full name too, so "jane doe" finds a user whose display name is a nickname.
    const QString full = u.fullName();
    return haystack({ u.username, shown, full == shown ? QString() : full, u.email, u.systemUsername, u.department,
        u.jobTitle, u.company, u.location, u.employeeIdentifier, stateText(u.state) });
}

QVariant UserTableModel::cellData(const UserRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case ItemRoles::RawValueRole:
        return rawValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return column == Devices || column == Groups ? countAlignment() : QVariant();
    default:
        return {};
    }
}

QVariant UserTableModel::displayText(const UserRow &row, int column) const
{
    const User &u = row.user;
    switch (Column(column)) {
    case Username:
        return u.username;
    case Name:
        return u.shownName();
    case Email:
        return u.email;
    case State:
        return stateText(u.state);
    case LocalAccount:
        return u.systemUsername;
    case Department:
        return u.department;
    case JobTitle:
        return u.jobTitle;
    case Devices:
        return row.deviceCount;
    case Groups:
        return row.groupCount;
    case Created:
        return shownDate(u.created);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserTableModel::rawValue(const UserRow &row, int column) const
{
    const User &u = row.user;
    switch (Column(column)) {
    case State:
        return int(u.state);
    case Devices:
        return row.deviceCount;
    case Groups:
        return row.groupCount;
    case Created:
        return u.created;
    default:
        return displayText(row, column).toString().toLower();
    }
}

QVariant UserTableModel::toolTip(const UserRow &row, int column) const
{
    const User &u = row.user;
    switch (Column(column)) {
    case State:
        switch (u.state) {
        case UserState::Staged:
            return tr("Gets no access until activated");
        case UserState::Suspended:
            return tr("Access withdrawn; the account is kept");
        case UserState::Activated:
            break;
        }
        return {};
    case LocalAccount:
        // An empty column is not "no account": the agent then uses the username.
        return u.systemUsername.isEmpty() ? tr("Devices use the username %1 as the local account name").arg(u.username)
                                          : tr("Devices use %1 as the local account name").arg(u.systemUsername);
    case Created:
        return u.created.isValid() ? QLocale::system().toString(u.created.toLocalTime(), QLocale::LongFormat)
                                   : QVariant();
    default:
        return {};
    }
}

bool UserTableModel::rawLessThan(int column, int leftRow, int rightRow) const
{
    const UserRow &l = rowAt(leftRow);
    const UserRow &r = rowAt(rightRow);
    switch (Column(column)) {
    case Username:
        return textLess(l.user.username, r.user.username);
    case Name:
        return textLess(l.user.shownName(), r.user.shownName());
    case Email:
        return textLess(l.user.email, r.user.email);
    case State:
        return int(l.user.state) < int(r.user.state);
    case LocalAccount:
        return textLess(l.user.systemUsername, r.user.systemUsername);
    case Department:
        return textLess(l.user.department, r.user.department);
    case JobTitle:
        return textLess(l.user.jobTitle, r.user.jobTitle);
    case Devices:
        return l.deviceCount < r.deviceCount;
    case Groups:
        return l.groupCount < r.groupCount;
    case Created:
        return dateLess(l.user.created, r.user.created);
    case ColumnCount:
        break;
    }
    return false;
}
