#include "OutboxKindInfo.h"

#include "ChangeKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct End
{
    const char *type;
    const char *idKey; // "" for the object a create makes
    QList<const char *> nameKeys; // first non-empty wins; "a.b" reads a nested object
};

struct Entry
{
    OutboxKindInfo::Shape shape;
    QList<End> ends;
};

const QHash<QString, Entry> &table()
{
    using S = OutboxKindInfo::Shape;
    using R = OutboxObjectRef;
    static const QHash<QString, Entry> entries = [] {
        const End user { R::User, "userId", { "username", "before.username" } };
        const End device { R::Device, "deviceId", { "deviceName", "before.displayName" } };
        const End userGroupMember { R::UserGroup, "groupId", { "groupName" } };
        const End deviceGroupMember { R::DeviceGroup, "groupId", { "groupName" } };
        QHash<QString, Entry> t;
        t.insert(ChangeKind::UserCreate, { S::Create, { { R::User, "", { "fields.username", "fields.email" } } } });
        t.insert(ChangeKind::UserUpdate, { S::Change, { user } });
        t.insert(ChangeKind::UserDelete, { S::Delete, { user } });
        t.insert(ChangeKind::UserActivate, { S::Change, { user } });
        t.insert(ChangeKind::UserSuspend, { S::Change, { user } });
        t.insert(ChangeKind::UserResetMfa, { S::Change, { user } });
        t.insert(ChangeKind::UserGroupCreate, { S::Create, { { R::UserGroup, "", { "fields.name" } } } });
        t.insert(ChangeKind::UserGroupUpdate, { S::Change, { { R::UserGroup, "groupId", { "before.name" } } } });
        t.insert(ChangeKind::UserGroupDelete, { S::Delete, { { R::UserGroup, "groupId", { "name" } } } });
        t.insert(ChangeKind::UserGroupAddMember, { S::EdgeAdd, { userGroupMember, user } });
        t.insert(ChangeKind::UserGroupRemoveMember, { S::EdgeRemove, { userGroupMember, user } });
        t.insert(ChangeKind::DeviceGroupCreate, { S::Create, { { R::DeviceGroup, "", { "fields.name" } } } });
        t.insert(ChangeKind::DeviceGroupUpdate, { S::Change, { { R::DeviceGroup, "groupId", { "before.name" } } } });
        t.insert(ChangeKind::DeviceGroupDelete, { S::Delete, { { R::DeviceGroup, "groupId", { "name" } } } });
        t.insert(ChangeKind::DeviceGroupAddMember, { S::EdgeAdd, { deviceGroupMember, device } });
        t.insert(ChangeKind::DeviceGroupRemoveMember, { S::EdgeRemove, { deviceGroupMember, device } });
        t.insert(ChangeKind::DeviceRename, { S::Change, { device } });
        t.insert(ChangeKind::BindingAdd, { S::EdgeAdd, { user, device } });
        t.insert(ChangeKind::BindingRemove, { S::EdgeRemove, { user, device } });
        const End userGroup { R::UserGroup, "userGroupId", { "userGroupName" } };
        const End deviceGroup { R::DeviceGroup, "deviceGroupId", { "deviceGroupName" } };
        t.insert(ChangeKind::GroupBindingAdd, { S::EdgeAdd, { userGroup, deviceGroup } });
        t.insert(ChangeKind::GroupBindingRemove, { S::EdgeRemove, { userGroup, deviceGroup } });
        t.insert(ChangeKind::OrgSelfService, { S::Setting, { { R::Org, "", {} } } });
        return t;
    }();
    return entries;
}

QString textAt(const QJsonObject &payload, const char *path)
{
    const QString key = QString::fromLatin1(path);
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0)
        return payload.value(key).toString();
    return payload.value(key.left(dot)).toObject().value(key.mid(dot + 1)).toString();
}

QString nameOf(const OutboxRow &row, const End &end)
{
    for (const char *key : end.nameKeys) {
        const QString name = textAt(row.payload, key);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

OutboxKindInfo::Shape OutboxKindInfo::shape(const QString &kind)
{
    const auto it = table().constFind(kind);
    return it == table().cend() ? Shape::Unknown : it->shape;
}

QStringList OutboxKindInfo::kinds()
{
    QStringList all = table().keys();
    all.sort();
    return all;
}

QList<OutboxObjectRef> OutboxKindInfo::objects(
    const OutboxRow &row, const std::function<const OutboxRow *(qint64)> &rowById)
{
    const auto it = table().constFind(row.kind);
    if (it == table().cend())
        return {};
    QList<OutboxObjectRef> out;
    for (const End &end : it->ends) {
        OutboxObjectRef ref;
        ref.type = QString::fromLatin1(end.type);
        ref.name = nameOf(row, end);
        const QString idKey = QString::fromLatin1(end.idKey);
        if (!idKey.isEmpty()) {
            ref.id = row.payload.value(idKey).toString();
            const QJsonValue fromRow = row.payload.value(QString(idKey + u"FromRow"_s));
            if (ref.id.isEmpty() && !fromRow.isUndefined())
                ref.fromRow = fromRow.toInteger();
            if (ref.name.isEmpty() && ref.fromRow > 0 && rowById) {
                // The object another row creates: that row knows its name.
                if (const OutboxRow *creator = rowById(ref.fromRow)) {
                    const QList<OutboxObjectRef> created = objects(*creator);
                    if (!created.isEmpty())
                        ref.name = created.constFirst().name;
                }
            }
        } else if (it->shape == Shape::Create) {
            ref.id = row.payload.value("createdId"_L1).toString();
        }
        out.append(ref);
    }
    return out;
}

QString OutboxKindInfo::noun(const QString &type)
{
    if (type == QLatin1StringView(OutboxObjectRef::User))
        return QCoreApplication::translate("OutboxPusher", "User");
    if (type == QLatin1StringView(OutboxObjectRef::Device))
        return QCoreApplication::translate("OutboxPusher", "Device");
    if (type == QLatin1StringView(OutboxObjectRef::UserGroup))
        return QCoreApplication::translate("OutboxPusher", "User group");
    if (type == QLatin1StringView(OutboxObjectRef::DeviceGroup))
        return QCoreApplication::translate("OutboxPusher", "Device group");
    return QCoreApplication::translate("OutboxPusher", "The organisation");
}

QString OutboxKindInfo::describe(const OutboxObjectRef &object)
{
    if (object.type == QLatin1StringView(OutboxObjectRef::Org))
        return noun(object.type);
    const QString name = !object.name.isEmpty() ? object.name
        : !object.id.isEmpty()                  ? object.id
                                                : QCoreApplication::translate("OutboxPusher", "(new)");
    return noun(object.type) + u' ' + name;
}
