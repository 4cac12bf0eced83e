#include "DeviceGroupDetailsPage.h"

#include "DetailsList.h"
#include "DetailsReader.h"
#include "DeviceGroupRow.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace {
enum MemberColumn { MemberName, MemberDetail, MemberColumnCount };
enum GroupColumn { GroupName, GroupDescription, GroupColumnCount };
} // namespace

DeviceGroupDetailsPage::DeviceGroupDetailsPage(QWidget *parent)
    : DetailsPage(u"deviceGroupDetails"_s, parent)
{
    m_description = addField(u"deviceGroupDescriptionValue"_s, tr("Description"));
    m_membership = addField(u"deviceGroupMembershipValue"_s, tr("Membership"));

    QStringList memberHeaders(MemberColumnCount);
    memberHeaders[MemberName] = tr("Device");
    memberHeaders[MemberDetail] = tr("Operating system");
    m_members = addList(u"deviceGroupMembersList"_s, memberHeaders);

    QStringList groupHeaders(GroupColumnCount);
    groupHeaders[GroupName] = tr("User group");
    groupHeaders[GroupDescription] = tr("Description");
    m_userGroups = addList(u"deviceGroupUserGroupsList"_s, groupHeaders);
}

void DeviceGroupDetailsPage::load(const DeviceGroupRow &row, CacheDatabase &cache)
{
    const DeviceGroup &group = row.group;
    setTitle(group.name, tr("Device group"));
    setField(m_description, group.description);
    if (group.membershipMethod.startsWith(u"DYNAMIC"_s))
        setField(m_membership, tr("Dynamic"));
    else
        setField(m_membership, tr("Static"));

    const DetailsReader reader(cache);
    QStringList problems;
    m_members->clear();
    if (const auto members = reader.membersOfDeviceGroup(group.id); members) {
        for (const ObjectRef &member : members.value()) {
            QStringList cells(MemberColumnCount);
            cells[MemberName] = member.name;
            cells[MemberDetail] = member.detail;
            m_members->addRow(cells, PaneKind::Devices, member.id);
        }
    } else {
        problems << describe(members.error());
    }
    m_members->finishRows();
    setListTitle(m_members, tr("Members"));

    m_userGroups->clear();
    if (const auto groups = reader.userGroupsOfDeviceGroup(group.id); groups) {
        for (const ObjectRef &userGroup : groups.value()) {
            QStringList cells(GroupColumnCount);
            cells[GroupName] = userGroup.name;
            cells[GroupDescription] = userGroup.detail;
            m_userGroups->addRow(cells, PaneKind::UserGroups, userGroup.id);
        }
    } else {
        problems << describe(groups.error());
    }
    m_userGroups->finishRows();
    setListTitle(m_userGroups, tr("Bound user groups"));
    showReadProblems(problems);
}
