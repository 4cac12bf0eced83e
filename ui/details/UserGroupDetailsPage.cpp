#include "UserGroupDetailsPage.h"

#include "DetailsList.h"
#include "DetailsReader.h"
#include "UserGroupRow.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace {
enum MemberColumn { MemberUsername, MemberName, MemberColumnCount };
enum GroupColumn { GroupName, GroupDescription, GroupColumnCount };
} // namespace

UserGroupDetailsPage::UserGroupDetailsPage(QWidget *parent)
    : DetailsPage(u"userGroupDetails"_s, parent)
{
    m_description = addField(u"userGroupDescriptionValue"_s, tr("Description"));
    m_admin = addField(u"userGroupAdminValue"_s, tr("Admin on devices"));
    m_linuxGroup = addField(u"userGroupLinuxGroupValue"_s, tr("Linux group"));
    m_samba = addField(u"userGroupSambaValue"_s, tr("Samba authentication"));
    m_email = addField(u"userGroupEmailValue"_s, tr("Email"));

    QStringList memberHeaders(MemberColumnCount);
    memberHeaders[MemberUsername] = tr("User");
    memberHeaders[MemberName] = tr("Name");
    m_members = addList(u"userGroupMembersList"_s, memberHeaders);

    QStringList groupHeaders(GroupColumnCount);
    groupHeaders[GroupName] = tr("Device group");
    groupHeaders[GroupDescription] = tr("Description");
    m_deviceGroups = addList(u"userGroupDeviceGroupsList"_s, groupHeaders);
}

void UserGroupDetailsPage::load(const UserGroupRow &row, CacheDatabase &cache)
{
    const UserGroup &group = row.group;
    setTitle(group.name, tr("User group"));
    setField(m_description, group.description);
    if (!group.sudoEnabled)
        setField(m_admin, tr("No — members get standard accounts through this group"));
    else if (group.sudoWithoutPassword)
        setField(m_admin, tr("Yes, without password — on every device reached through its device groups"));
    else
        setField(m_admin, tr("Yes — on every device reached through its device groups"));
    setField(m_linuxGroup, group.posixGroupName.isEmpty() ? tr("None") : group.posixGroupName);
    setField(m_samba, yesNo(group.sambaEnabled));
    setField(m_email, group.email);

    const DetailsReader reader(cache);
    QStringList problems;
    m_members->clear();
    if (const auto members = reader.membersOfUserGroup(group.id); members) {
        for (const ObjectRef &member : members.value()) {
            QStringList cells(MemberColumnCount);
            cells[MemberUsername] = member.name;
            cells[MemberName] = member.detail;
            m_members->addRow(cells, PaneKind::Users, member.id);
        }
    } else {
        problems << describe(members.error());
    }
    m_members->finishRows();
    setListTitle(m_members, tr("Members"));

    m_deviceGroups->clear();
    if (const auto groups = reader.deviceGroupsOfUserGroup(group.id); groups) {
        for (const ObjectRef &deviceGroup : groups.value()) {
            QStringList cells(GroupColumnCount);
            cells[GroupName] = deviceGroup.name;
            cells[GroupDescription] = deviceGroup.detail;
            m_deviceGroups->addRow(cells, PaneKind::DeviceGroups, deviceGroup.id);
        }
    } else {
        problems << describe(groups.error());
    }
    m_deviceGroups->finishRows();
    setListTitle(m_deviceGroups, tr("Bound device groups"));
    showReadProblems(problems);
}
