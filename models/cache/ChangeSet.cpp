#include "ChangeSet.h"

using namespace Qt::StringLiterals;

bool ChangeSet::isEmpty() const
{
    return users.isEmpty() && devices.isEmpty() && userGroups.isEmpty() && deviceGroups.isEmpty()
        && userDeviceBindings.isEmpty() && userGroupMembers.isEmpty() && deviceGroupMembers.isEmpty()
        && groupBindings.isEmpty() && localAccounts.isEmpty() && !settingsChanged;
}

QJsonObject ChangeSet::toJson() const
{
    const auto objects = [](const Objects &o) {
        return QJsonObject { { u"upserted"_s, int(o.upserted.size()) }, { u"removed"_s, int(o.removed.size()) },
            { u"relationsChanged"_s, int(o.relationsChanged.size()) } };
    };
    const auto relation = [](const Relation &r) {
        return QJsonObject { { u"added"_s, r.added }, { u"removed"_s, r.removed }, { u"updated"_s, r.updated } };
    };
    return QJsonObject {
        { u"users"_s, objects(users) },
        { u"devices"_s, objects(devices) },
        { u"userGroups"_s, objects(userGroups) },
        { u"deviceGroups"_s, objects(deviceGroups) },
        { u"userDeviceBindings"_s, relation(userDeviceBindings) },
        { u"userGroupMembers"_s, relation(userGroupMembers) },
        { u"deviceGroupMembers"_s, relation(deviceGroupMembers) },
        { u"groupBindings"_s, relation(groupBindings) },
        { u"localAccounts"_s, relation(localAccounts) },
        { u"settings"_s, settingsChanged },
        { u"rowsWritten"_s, rowsWritten },
    };
}
