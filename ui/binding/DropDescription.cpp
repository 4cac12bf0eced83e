#include "DropDescription.h"

#include <limits>

namespace {

int clampedCount(qint64 n)
{
    return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

QString DropDescription::count(qint64 n, ObjectKind kind)
{
    const int c = clampedCount(n);
    // Two source strings per kind (as BindingPlanText does): English reads right without a translator, and both
    // carry %n so translators still get their language's numerus forms.
    switch (kind) {
    case ObjectKind::User:
        return c == 1 ? tr("%Ln user", nullptr, c) : tr("%Ln users", nullptr, c);
    case ObjectKind::Device:
        return c == 1 ? tr("%Ln device", nullptr, c) : tr("%Ln devices", nullptr, c);
    case ObjectKind::UserGroup:
        return c == 1 ? tr("%Ln user group", nullptr, c) : tr("%Ln user groups", nullptr, c);
    case ObjectKind::DeviceGroup:
        return c == 1 ? tr("%Ln device group", nullptr, c) : tr("%Ln device groups", nullptr, c);
    }
    return {};
}

QString DropDescription::objects(const DraggedObjects &objects)
{
    if (objects.size() != 1)
        return count(objects.size(), objects.kind);
    const QString &name = objects.names.constFirst();
    switch (objects.kind) {
    case ObjectKind::UserGroup:
        return tr("user group %1").arg(name);
    case ObjectKind::DeviceGroup:
        return tr("device group %1").arg(name);
    case ObjectKind::User:
    case ObjectKind::Device:
        break;
    }
    return name;
}

QString DropDescription::describe(const ObjectDropRequest &request)
{
    const DraggedObjects &source = request.source;
    const QString target = request.targetName;
    switch (request.operation) {
    case ObjectDropOperation::BindToDevices:
        if (source.kind == ObjectKind::UserGroup) {
            if (request.targetKind == ObjectKind::Device)
                return tr("Bind the members of %1 to %2").arg(objects(source), target);
        }
        if (request.targetKind == ObjectKind::DeviceGroup)
            return tr("Bind %1 to every device in %2").arg(objects(source), target);
        return tr("Bind %1 to %2").arg(objects(source), target);
    case ObjectDropOperation::BindGroups:
        return tr("Bind %1 to device group %2").arg(objects(source), target);
    case ObjectDropOperation::AddUsersToGroup:
        if (source.kind == ObjectKind::UserGroup)
            return tr("Add the members of %1 to user group %2").arg(objects(source), target);
        return tr("Add %1 to user group %2").arg(objects(source), target);
    case ObjectDropOperation::AddDevicesToGroup:
        return tr("Add %1 to device group %2").arg(objects(source), target);
    case ObjectDropOperation::None:
        break;
    }
    return refusal(source, request.targetKind, request.targetId);
}

QString DropDescription::refusal(const DraggedObjects &objects, ObjectKind targetKind, const QString &targetId)
{
    if (objects.kind == targetKind && objects.ids.contains(targetId))
        return tr("A group cannot be added to itself");
    switch (objects.kind) {
    case ObjectKind::User:
    case ObjectKind::UserGroup:
        return tr("Drop %1 on a device, a device group or a user group").arg(DropDescription::objects(objects));
    case ObjectKind::Device:
        return tr("Drop %1 on a device group").arg(DropDescription::objects(objects));
    case ObjectKind::DeviceGroup:
        return tr("A device group cannot be dropped; drop a user group or users on it instead");
    }
    return {};
}

QString DropDescription::unbind(const QStringList &userNames, const QStringList &deviceNames)
{
    const QString users = userNames.size() == 1 ? userNames.constFirst() : count(userNames.size(), ObjectKind::User);
    const QString devices
        = deviceNames.size() == 1 ? deviceNames.constFirst() : count(deviceNames.size(), ObjectKind::Device);
    return tr("Unbind %1 from %2").arg(users, devices);
}
