#include "PendingBindingOverlay.h"

#include "ChangeKind.h"

#include <QSet>

using namespace Qt::StringLiterals;

void PendingBindingOverlay::apply(BindingPlanInput &input, const QList<OutboxRow> &outbox)
{
    QSet<QString> devices;
    for (const Device &device : std::as_const(input.devices))
        devices.insert(device.id);
    for (const OutboxRow &row : outbox) {
        if (row.state == OutboxRow::State::Failed)
            continue;
        const bool add = row.kind == ChangeKind::BindingAdd;
        if (!add && row.kind != ChangeKind::BindingRemove)
            continue;
        const QString userId = row.payload.value("userId"_L1).toString();
        const QString deviceId = row.payload.value("deviceId"_L1).toString();
        if (userId.isEmpty() || !devices.contains(deviceId))
            continue; // "userIdFromRow" (a user the same batch creates) cannot be bound already
        const auto same = [&](const UserDeviceBinding &b) { return b.userId == userId && b.deviceId == deviceId; };
        input.bindings.removeIf(same);
        if (add) {
            input.bindings.append(UserDeviceBinding { userId, deviceId, row.payload.value("sudo"_L1).toBool(),
                row.payload.value("sudoWithoutPassword"_L1).toBool() });
        }
    }
}
