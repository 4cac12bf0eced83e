#include "OutboxTouchedObjects.h"

#include <QJsonObject>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

std::optional<ObjectKind> kindOfType(const QString &objectType)
{
    if (objectType == "user"_L1)
        return ObjectKind::User;
    if (objectType == "device"_L1)
        return ObjectKind::Device;
    if (objectType == "userGroup"_L1)
        return ObjectKind::UserGroup;
    if (objectType == "deviceGroup"_L1)
        return ObjectKind::DeviceGroup;
    return std::nullopt; // the org itself
}

} // namespace

void OutboxTouchedObjects::mark(ObjectKind kind, const QString &id, Mark mark)
{
    if (id.isEmpty())
        return;
    int &current = m_marks[int(kind)][id];
    current = std::max(current, int(mark));
}

OutboxTouchedObjects OutboxTouchedObjects::of(const QList<OutboxRow> &rows)
{
    OutboxTouchedObjects touched;
    for (const OutboxRow &row : rows) {
        if (row.state == OutboxRow::State::Done)
            continue;
        const Mark mark = row.state == OutboxRow::State::Failed ? Mark::Failed : Mark::Pending;
        if (const auto kind = kindOfType(row.objectType))
            touched.mark(*kind, row.objectId, mark);
        const QJsonObject &p = row.payload;
        touched.mark(ObjectKind::User, p.value("userId"_L1).toString(), mark);
        touched.mark(ObjectKind::Device, p.value("deviceId"_L1).toString(), mark);
        touched.mark(ObjectKind::UserGroup, p.value("userGroupId"_L1).toString(), mark);
        touched.mark(ObjectKind::DeviceGroup, p.value("deviceGroupId"_L1).toString(), mark);
        // "groupId" is the row's own group (its objectType says which kind), already marked above.
    }
    return touched;
}
