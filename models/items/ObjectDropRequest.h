#pragma once

#include "DraggedObjects.h"

#include <QMetaType>
#include <QString>
#include <optional>

// What a drop asks for, decided from the two kinds alone (DOMAIN.md "Binding"):
//   users → device               BindToDevices      one user–device binding per user
//   users → device group         BindToDevices      one binding per user × member device
//   user group → device          BindToDevices      one binding per member
//   user group → device group    BindGroups         one user group → device group binding
//   users → user group           AddUsersToGroup    a membership per user
//   user group → user group      AddUsersToGroup    a membership per member of the dropped group
//   devices → device group       AddDevicesToGroup  a membership per device
// Every other pair (users onto users, a device onto a user …) is None and cannot be dropped.
enum class ObjectDropOperation : quint8 { None, BindToDevices, BindGroups, AddUsersToGroup, AddDevicesToGroup };

// A drop the admin made (or a target chosen with the keyboard): the objects and the row they landed on. The model
// that received the drop only decodes and emits this; the binding controller plans it and asks before anything
// changes.
struct ObjectDropRequest
{
    DraggedObjects source;
    ObjectKind targetKind = ObjectKind::Device;
    QString targetId;
    QString targetName;
    ObjectDropOperation operation = ObjectDropOperation::None;

    static ObjectDropOperation operationFor(ObjectKind source, ObjectKind target);
    // Whether any kind can be dropped on a row of `target` (the table's ItemIsDropEnabled).
    static bool acceptsDrops(ObjectKind target);
    // Empty when the kinds do not combine, nothing was dragged, or a group is dropped on itself.
    static std::optional<ObjectDropRequest> make(
        const DraggedObjects &source, ObjectKind targetKind, const QString &targetId, const QString &targetName);

    friend bool operator==(const ObjectDropRequest &, const ObjectDropRequest &) = default;
};
Q_DECLARE_METATYPE(ObjectDropRequest)
