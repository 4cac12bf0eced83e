#include "BindTargetListModel.h"

#include "DropDescription.h"
#include "ObjectDropRequest.h"
#include "OrgSnapshot.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

using namespace Qt::StringLiterals;

BindTargetListModel::BindTargetListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

BindTargetListModel::~BindTargetListModel() = default;

QString BindTargetListModel::kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::User:
        return tr("User");
    case ObjectKind::Device:
        return tr("Device");
    case ObjectKind::UserGroup:
        return tr("User group");
    case ObjectKind::DeviceGroup:
        return tr("Device group");
    }
    return {};
}

void BindTargetListModel::setTargets(const OrgSnapshot &snapshot, ObjectKind sourceKind, const QStringList &excludedIds)
{
    beginResetModel();
    m_targets.clear();
    const auto accepts = [sourceKind](ObjectKind target) {
        return ObjectDropRequest::operationFor(sourceKind, target) != ObjectDropOperation::None;
    };
    const auto add
        = [this, &excludedIds](ObjectKind kind, const QString &id, const QString &name, const QString &detail) {
              if (excludedIds.contains(id))
                  return;
              const QString search = QStringList { name, detail, kindLabel(kind) }.join(u'\n').toLower();
              m_targets.append(Target { kind, id, name, detail, search });
          };
    if (accepts(ObjectKind::DeviceGroup)) {
        QHash<QString, int> members;
        for (const DeviceGroupMembership &m : snapshot.deviceGroupMemberships)
            ++members[m.groupId];
        for (const DeviceGroup &group : snapshot.deviceGroups) {
            add(ObjectKind::DeviceGroup, group.id, group.name,
                DropDescription::count(members.value(group.id), ObjectKind::Device));
        }
    }
    if (accepts(ObjectKind::UserGroup)) {
        QHash<QString, int> members;
        for (const UserGroupMembership &m : snapshot.userGroupMemberships)
            ++members[m.groupId];
        for (const UserGroup &group : snapshot.userGroups)
            add(ObjectKind::UserGroup, group.id, group.name,
                DropDescription::count(members.value(group.id), ObjectKind::User));
    }
    if (accepts(ObjectKind::Device)) {
        for (const Device &device : snapshot.devices) {
            QStringList detail { device.hostname == device.shownName() ? QString() : device.hostname, device.os };
            detail.removeAll(QString());
            add(ObjectKind::Device, device.id, device.shownName(), detail.join(u" · "_s));
        }
    }
    endResetModel();
}

int BindTargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

QVariant BindTargetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_targets.size())
        return {};
    const Target &target = m_targets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 (%3)").arg(target.name, kindLabel(target.kind), target.detail);
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(kindLabel(target.kind), target.name);
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        return target.kind == ObjectKind::Device ? style->standardIcon(QStyle::SP_ComputerIcon)
                                                 : style->standardIcon(QStyle::SP_DirIcon);
    }
    case KindRole:
        return int(target.kind);
    case ObjectIdRole:
        return target.id;
    case NameRole:
        return target.name;
    case SearchTextRole:
        return target.searchText;
    default:
        return {};
    }
}
