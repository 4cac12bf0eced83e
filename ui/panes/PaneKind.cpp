#include "PaneKind.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString PaneKinds::key(PaneKind kind)
{
    switch (kind) {
    case PaneKind::Users:
        return u"users"_s;
    case PaneKind::Devices:
        return u"devices"_s;
    case PaneKind::UserGroups:
        return u"userGroups"_s;
    case PaneKind::DeviceGroups:
        return u"deviceGroups"_s;
    }
    return {};
}

QString PaneKinds::title(PaneKind kind)
{
    switch (kind) {
    case PaneKind::Users:
        return tr("Users");
    case PaneKind::Devices:
        return tr("Devices");
    case PaneKind::UserGroups:
        return tr("User groups");
    case PaneKind::DeviceGroups:
        return tr("Device groups");
    }
    return {};
}

QString PaneKinds::filterPlaceholder(PaneKind kind)
{
    switch (kind) {
    case PaneKind::Users:
        return tr("Filter users…");
    case PaneKind::Devices:
        return tr("Filter devices…");
    case PaneKind::UserGroups:
        return tr("Filter user groups…");
    case PaneKind::DeviceGroups:
        return tr("Filter device groups…");
    }
    return {};
}

QString PaneKinds::filterAccessibleName(PaneKind kind)
{
    switch (kind) {
    case PaneKind::Users:
        return tr("Filter users");
    case PaneKind::Devices:
        return tr("Filter devices");
    case PaneKind::UserGroups:
        return tr("Filter user groups");
    case PaneKind::DeviceGroups:
        return tr("Filter device groups");
    }
    return {};
}

QString PaneKinds::countText(PaneKind kind, int visible, int total)
{
    QString ofTotal;
    switch (kind) {
    case PaneKind::Users:
        ofTotal = tr("%Ln user(s)", nullptr, total);
        break;
    case PaneKind::Devices:
        ofTotal = tr("%Ln device(s)", nullptr, total);
        break;
    case PaneKind::UserGroups:
        ofTotal = tr("%Ln user group(s)", nullptr, total);
        break;
    case PaneKind::DeviceGroups:
        ofTotal = tr("%Ln device group(s)", nullptr, total);
        break;
    }
    if (visible == total)
        return ofTotal;
    //: %1 is the number shown after filtering, %2 the total with its noun: "3 of 1,234 users"
    return tr("%1 of %2").arg(QLocale().toString(visible), ofTotal);
}

QString PaneKinds::nothingSelected(PaneKind kind)
{
    switch (kind) {
    case PaneKind::Users:
        return tr("Select a user to see their details, groups and devices.");
    case PaneKind::Devices:
        return tr("Select a device to see its users and local accounts.");
    case PaneKind::UserGroups:
        return tr("Select a user group to see its members and bindings.");
    case PaneKind::DeviceGroups:
        return tr("Select a device group to see its members and bindings.");
    }
    return {};
}
