#include "ObjectDropRequest.h"

ObjectDropOperation ObjectDropRequest::operationFor(ObjectKind source, ObjectKind target)
{
    switch (source) {
    case ObjectKind::User:
    case ObjectKind::UserGroup:
        switch (target) {
        case ObjectKind::Device:
            return ObjectDropOperation::BindToDevices;
        case ObjectKind::DeviceGroup:
            return source == ObjectKind::UserGroup ? ObjectDropOperation::BindGroups
                                                   : ObjectDropOperation::BindToDevices;
        case ObjectKind::UserGroup:
            return ObjectDropOperation::AddUsersToGroup;
        case ObjectKind::User:
            break;
        }
        break;
    case ObjectKind::Device:
        if (target == ObjectKind::DeviceGroup)
            return ObjectDropOperation::AddDevicesToGroup;
        break;
    case ObjectKind::DeviceGroup:
        break; // a device group goes nowhere: drop the user group on it instead
    }
    return ObjectDropOperation::None;
}

bool ObjectDropRequest::acceptsDrops(ObjectKind target)
{
    return target != ObjectKind::User;
}

std::optional<ObjectDropRequest> ObjectDropRequest::make(
    const DraggedObjects &source, ObjectKind targetKind, const QString &targetId, const QString &targetName)
{
    const ObjectDropOperation operation = operationFor(source.kind, targetKind);
    if (operation == ObjectDropOperation::None || source.isEmpty() || targetId.isEmpty())
        return std::nullopt;
    if (source.kind == targetKind && source.ids.contains(targetId))
        return std::nullopt; // a user group onto itself
    return ObjectDropRequest { source, targetKind, targetId, targetName, operation };
}
