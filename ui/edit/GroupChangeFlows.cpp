#include "GroupChangeFlows.h"

#include "ChangeSaver.h"
#include "DetailsReader.h"
#include "DialogRunner.h"
#include "MessageBox.h"
#include "ObjectLookup.h"
#include "ObjectPickerDialog.h"
#include "OutboxChangeFactory.h"
#include "UserChangeFlows.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Kind = GroupChangeFlows::Kind;

struct GroupInfo
{
    QString id;
    QString name;
};

QList<GroupInfo> readGroups(CacheDatabase &cache, Kind kind, const QStringList &ids)
{
    QList<GroupInfo> groups;
    const ObjectLookup lookup(cache);
    if (kind == Kind::UserGroup) {
        if (const auto found = lookup.userGroups(ids)) {
            for (const UserGroup &g : found.value())
                groups.append({ g.id, g.name });
        }
    } else if (const auto found = lookup.deviceGroups(ids)) {
        for (const DeviceGroup &g : found.value())
            groups.append({ g.id, g.name });
    }
    return groups;
}

QList<ObjectRef> membersOf(CacheDatabase &cache, Kind kind, const QString &groupId)
{
    const DetailsReader reader(cache);
    const auto members
        = kind == Kind::UserGroup ? reader.membersOfUserGroup(groupId) : reader.membersOfDeviceGroup(groupId);
    return members ? members.value() : QList<ObjectRef> {};
}

QStringList namesOf(const QList<ObjectRef> &refs)
{
    QStringList names;
    for (const ObjectRef &ref : refs)
        names << ref.name;
    return names;
}

OutboxRow addRow(const OutboxChangeFactory &factory, Kind kind, const GroupInfo &group, const ObjectRef &member)
{
    return kind == Kind::UserGroup ? factory.addUserToGroup(group.id, group.name, member.id, member.name)
                                   : factory.addDeviceToGroup(group.id, group.name, member.id, member.name);
}

void readFailed(QWidget *parent, const QString &what)
{
    MessageBox::show(parent,
        { QMessageBox::Warning, GroupChangeFlows::tr("Not in the cache"), what, {}, {}, MessageBox::Ok,
            MessageBox::Ok });
}

} // namespace

bool GroupChangeFlows::remove(QWidget *parent, CacheDatabase &cache, Kind kind, const QStringList &groupIds)
{
    const QList<GroupInfo> groups = readGroups(cache, kind, groupIds);
    if (groups.isEmpty())
        return false;
    const bool users = kind == Kind::UserGroup;
    const DetailsReader reader(cache);
    QStringList names;
    int members = 0;
    QStringList bound;
    for (const GroupInfo &group : groups) {
        names << group.name;
        members += int(membersOf(cache, kind, group.id).size());
        const auto linked = users ? reader.deviceGroupsOfUserGroup(group.id) : reader.userGroupsOfDeviceGroup(group.id);
        if (linked)
            bound += namesOf(linked.value());
    }
    const QString who = UserChangeFlows::nameList(names, 6).toHtmlEscaped();
    QString text = users ? tr("Delete the user group %1?").arg(who) : tr("Delete the device group %1?").arg(who);
    QString details;
    if (users) {
        details = tr("Its %n member(s) stay in the directory but lose what the group gives them.", nullptr, members);
        if (!bound.isEmpty())
            details += u' '
                + tr("The group is bound to %1: members who reach those devices only through it lose access to them.")
                      .arg(UserChangeFlows::nameList(bound, 4).toHtmlEscaped());
    } else {
        details = tr("Its %n device(s) stay in the directory.", nullptr, members);
        if (!bound.isEmpty())
            details += u' '
                + tr("User groups bound to it (%1) lose the devices they reach only through it: those users lose "
                     "access.")
                      .arg(UserChangeFlows::nameList(bound, 4).toHtmlEscaped());
    }
    MessageBox::Message message;
    message.icon = QMessageBox::Question;
    message.title = users ? tr("Delete user groups") : tr("Delete device groups");
    message.text = text;
    message.informativeText = details;
    message.buttons = MessageBox::Ok | MessageBox::Cancel;
    message.defaultButton = MessageBox::Cancel;
    if (MessageBox::show(parent, message) != MessageBox::Ok)
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const GroupInfo &group : groups)
        rows << (users ? factory.deleteUserGroup(group.id, group.name)
                       : factory.deleteDeviceGroup(group.id, group.name));
    return ChangeSaver::save(parent, cache, rows);
}

bool GroupChangeFlows::addMembers(QWidget *parent, CacheDatabase &cache, Kind kind, const QString &groupId)
{
    const QList<GroupInfo> groups = readGroups(cache, kind, { groupId });
    if (groups.isEmpty()) {
        readFailed(parent, tr("The group is no longer in the cache."));
        return false;
    }
    const GroupInfo &group = groups.first();
    const bool users = kind == Kind::UserGroup;
    const ObjectLookup lookup(cache);
    const auto all = users ? lookup.allUsers() : lookup.allDevices();
    if (!all)
        return false;
    QSet<QString> current;
    for (const ObjectRef &member : membersOf(cache, kind, groupId))
        current.insert(member.id);
    QList<ObjectRef> candidates;
    for (const ObjectRef &ref : all.value()) {
        if (!current.contains(ref.id))
            candidates.append(ref);
    }
    ObjectPickerDialog picker(users ? tr("Add users to %1").arg(group.name) : tr("Add devices to %1").arg(group.name),
        users ? tr("Members get everything the group is bound to. Pick the users to add:")
              : tr("Users of the user groups bound to this group get accounts on its devices. Pick the devices to "
                   "add:"),
        users ? tr("Username") : tr("Device"), candidates, parent);
    picker.setAcceptText(tr("Add"));
    if (DialogRunner::exec(picker) != QDialog::Accepted)
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const ObjectRef &member : picker.checkedObjects())
        rows << addRow(factory, kind, group, member);
    return ChangeSaver::save(parent, cache, rows);
}

bool GroupChangeFlows::removeMembers(QWidget *parent, CacheDatabase &cache, Kind kind, const QString &groupId)
{
    const QList<GroupInfo> groups = readGroups(cache, kind, { groupId });
    if (groups.isEmpty()) {
        readFailed(parent, tr("The group is no longer in the cache."));
        return false;
    }
    const GroupInfo &group = groups.first();
    const bool users = kind == Kind::UserGroup;
    ObjectPickerDialog picker(
        users ? tr("Remove users from %1").arg(group.name) : tr("Remove devices from %1").arg(group.name),
        users ? tr("Pick the members to remove:") : tr("Pick the devices to remove:"),
        users ? tr("Username") : tr("Device"), membersOf(cache, kind, groupId), parent);
    picker.setAcceptText(tr("Remove"));
    if (DialogRunner::exec(picker) != QDialog::Accepted)
        return false;
    const QList<ObjectRef> picked = picker.checkedObjects();
    MessageBox::Message message;
    message.icon = QMessageBox::Question;
    message.title = users ? tr("Remove users from a group") : tr("Remove devices from a group");
    message.text = tr("Remove %1 from %2?")
                       .arg(UserChangeFlows::nameList(namesOf(picked), 6).toHtmlEscaped(), group.name.toHtmlEscaped());
    message.informativeText = users
        ? tr("They lose what the group gives them, unless another group or a direct binding grants it too.")
        : tr("Users who reach these devices only through this group lose access to them.");
    message.buttons = MessageBox::Ok | MessageBox::Cancel;
    message.defaultButton = MessageBox::Cancel;
    if (MessageBox::show(parent, message) != MessageBox::Ok)
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const ObjectRef &member : picked) {
        rows << (users ? factory.removeUserFromGroup(group.id, group.name, member.id, member.name)
                       : factory.removeDeviceFromGroup(group.id, group.name, member.id, member.name));
    }
    return ChangeSaver::save(parent, cache, rows);
}

bool GroupChangeFlows::addToGroups(QWidget *parent, CacheDatabase &cache, Kind kind, const QStringList &memberIds)
{
    const bool users = kind == Kind::UserGroup;
    const ObjectLookup lookup(cache);
    QList<ObjectRef> members;
    if (users) {
        if (const auto found = lookup.users(memberIds)) {
            for (const User &u : found.value())
                members.append({ u.id, u.username, {} });
        }
    } else if (const auto found = lookup.devices(memberIds)) {
        for (const Device &d : found.value())
            members.append({ d.id, d.shownName(), {} });
    }
    const auto groups = users ? lookup.allUserGroups() : lookup.allDeviceGroups();
    if (members.isEmpty() || !groups)
        return false;
    const QString who = UserChangeFlows::nameList(namesOf(members));
    ObjectPickerDialog picker(users ? tr("Add %1 to user groups").arg(who) : tr("Add %1 to device groups").arg(who),
        users ? tr("Pick the user groups; members get everything a group is bound to:")
              : tr("Pick the device groups; users of the user groups bound to them get accounts on these devices:"),
        tr("Group"), groups.value(), parent);
    picker.setAcceptText(tr("Add"));
    if (DialogRunner::exec(picker) != QDialog::Accepted)
        return false;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    QList<OutboxRow> rows;
    for (const ObjectRef &pickedGroup : picker.checkedObjects()) {
        QSet<QString> current;
        for (const ObjectRef &member : membersOf(cache, kind, pickedGroup.id))
            current.insert(member.id);
        for (const ObjectRef &member : std::as_const(members)) {
            if (!current.contains(member.id))
                rows << addRow(factory, kind, { pickedGroup.id, pickedGroup.name }, member);
        }
    }
    if (rows.isEmpty()) {
        MessageBox::show(parent,
            { QMessageBox::Information, picker.windowTitle(), tr("They are members of those groups already."), {}, {},
                MessageBox::Ok, MessageBox::Ok });
        return false;
    }
    return ChangeSaver::save(parent, cache, rows);
}
