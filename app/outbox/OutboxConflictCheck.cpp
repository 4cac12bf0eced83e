#include "OutboxConflictCheck.h"

#include "ChangeKind.h"
#include "DirectoryJsonMapper.h"
#include "OutboxFieldValue.h"
#include "OutboxKindInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (OutboxFieldValue::isBlank(a) || OutboxFieldValue::isBlank(b))
        return OutboxFieldValue::isBlank(a) && OutboxFieldValue::isBlank(b);
    return a == b;
}

// The fields someone else changed: the directory holds neither what the admin saw nor what they asked for.
QString changedFields(
    const QJsonObject &before, const QJsonObject &target, const QJsonObject &current, const QString &skip)
{
    QStringList changes;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (it.key() == skip)
            continue;
        const QJsonValue now = current.value(it.key());
        if (!same(now, it.value()) && !same(now, target.value(it.key())))
            changes.append(
                QCoreApplication::translate("OutboxConflictCheck", "%1 is now %2 (it was %3 when the change was made)")
                    .arg(it.key(), OutboxFieldValue::shown(now), OutboxFieldValue::shown(it.value())));
    }
    return changes.join(u"; "_s);
}

QString renamed(const OutboxObjectRef &object, const QString &seen, const QString &now)
{
    OutboxObjectRef named = object;
    named.name = seen;
    return QCoreApplication::translate("OutboxConflictCheck",
        "%1 was renamed to \"%2\" in the directory meanwhile; check the change and push it again.")
        .arg(OutboxKindInfo::describe(named), now);
}

QString edited(const OutboxObjectRef &object, const QString &fields)
{
    return QCoreApplication::translate("OutboxConflictCheck", "%1 was changed in the directory meanwhile: %2.")
        .arg(OutboxKindInfo::describe(object), fields);
}

} // namespace

QString OutboxConflictCheck::gone(const OutboxObjectRef &object)
{
    return QCoreApplication::translate("OutboxConflictCheck", "%1 no longer exists in the directory.")
        .arg(OutboxKindInfo::describe(object));
}

QString OutboxConflictCheck::check(const OutboxRow &row, const QJsonObject &current)
{
    const QJsonObject &p = row.payload;
    const QList<OutboxObjectRef> objects = OutboxKindInfo::objects(row);
    const OutboxObjectRef subject = objects.isEmpty() ? OutboxObjectRef {} : objects.constFirst();
    const QJsonObject before = p.value("before"_L1).toObject();
    const QJsonObject fields = p.value("fields"_L1).toObject();

    if (row.kind == ChangeKind::UserUpdate || row.kind == ChangeKind::UserGroupUpdate
        || row.kind == ChangeKind::DeviceGroupUpdate) {
        const QString nameKey = row.kind == ChangeKind::UserUpdate ? u"username"_s : u"name"_s;
        const QString seen = row.kind == ChangeKind::UserUpdate && !p.value("username"_L1).toString().isEmpty()
            ? p.value("username"_L1).toString()
            : before.value(nameKey).toString();
        const QString now = current.value(nameKey).toString();
        if (!seen.isEmpty() && now != seen && now != fields.value(nameKey).toString())
            return renamed(subject, seen, now);
        const QString changes = changedFields(before, fields, current, nameKey);
        return changes.isEmpty() ? QString() : edited(subject, changes);
    }
    if (row.kind == ChangeKind::DeviceRename) {
        const QString seen = before.value("displayName"_L1).toString();
        const QString now = current.value("displayName"_L1).toString();
        if (!seen.isEmpty() && now != seen && now != p.value("displayName"_L1).toString())
            return renamed(subject, seen, now);
        return {};
    }
    if (row.kind == ChangeKind::OrgSelfService) {
        const SelfServiceProvisioning now = DirectoryJsonMapper::selfService(current);
        const QJsonObject nowJson { { u"macEnabled"_s, now.macEnabled }, { u"macAdmin"_s, now.macAdmin },
            { u"windowsEnabled"_s, now.windowsEnabled }, { u"windowsAdmin"_s, now.windowsAdmin } };
        if (!changedFields(before, p, nowJson, {}).isEmpty())
            return QCoreApplication::translate("OutboxConflictCheck",
                "The self-service account provisioning settings were changed in the directory meanwhile; "
                "check them and make the change again.");
        return {};
    }
    return {};
}
