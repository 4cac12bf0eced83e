#include "SeedFileLoader.h"

#include "AgentSimulator.h"
#include "SeedBuilder.h"
#include "Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString keyOf(const QJsonObject &object, const QString &fallbackField)
{
    const QString key = object.value(u"key"_s).toString();
    return key.isEmpty() ? object.value(fallbackField).toString() : key;
}
} // namespace

bool SeedFileLoader::load(const QString &path, Store &store, AgentSimulator &agents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read seed file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"seed file %1 is not valid JSON: %2"_s.arg(path, parseError.errorString());
        return false;
    }
    SeedBuilder seed(store);
    const QJsonObject organization = root.value(u"organization"_s).toObject();
    seed.createOrganization(organization.value(u"displayName"_s).toString(u"Fixture Org"_s),
        organization.value(u"settings"_s).toObject(), root.value(u"ssao"_s).toObject());

    QHash<QString, QString> users;
    QHash<QString, QString> devices;
    QHash<QString, QString> userGroups;
    QHash<QString, QString> deviceGroups;
    for (const QJsonValue &value : root.value(u"users"_s).toArray()) {
        const QJsonObject user = value.toObject();
        if (user.value(u"username"_s).toString().isEmpty() || user.value(u"email"_s).toString().isEmpty()) {
            *error = u"seed file: every user needs username and email"_s;
            return false;
        }
        users.insert(keyOf(user, u"username"_s), seed.addUser(user));
    }
    for (const QJsonValue &value : root.value(u"devices"_s).toArray()) {
        const QJsonObject device = value.toObject();
        SeedBuilder::DeviceSpec spec;
        spec.hostname = device.value(u"hostname"_s).toString();
        spec.displayName = device.value(u"displayName"_s).toString(spec.hostname);
        spec.osFamily = device.value(u"osFamily"_s).toString();
        spec.os = device.value(u"os"_s).toString();
        spec.version = device.value(u"version"_s).toString();
        spec.active = device.value(u"active"_s).toBool(true);
        spec.serialNumber = device.value(u"serialNumber"_s).toString();
        if (spec.osFamily != u"windows" && spec.osFamily != u"darwin" && spec.osFamily != u"linux") {
            *error = u"seed file: device %1 needs osFamily windows, darwin or linux"_s.arg(spec.hostname);
            return false;
        }
        const QString id = seed.addSystem(spec);
        devices.insert(keyOf(device, u"hostname"_s), id);
        for (const QJsonValue &accountValue : device.value(u"localAccounts"_s).toArray()) {
            const QJsonObject a = accountValue.toObject();
            LocalAccount account = seed.makeAccount(id, a.value(u"username"_s).toString());
            if (a.contains(u"uid"_s))
                account.uid = a.value(u"uid"_s).toVariant().toString();
            account.admin = a.value(u"admin"_s).toBool();
            account.suspended = a.value(u"suspended"_s).toBool();
            account.realUser = a.value(u"real_user"_s).toBool(true);
            account.description = a.value(u"description"_s).toString();
            account.lastLogin = a.value(u"last_login"_s).toString();
            seed.addLocalAccount(account);
        }
    }
    for (const QJsonValue &value : root.value(u"userGroups"_s).toArray()) {
        const QJsonObject group = value.toObject();
        const QString id = seed.addUserGroup(group.value(u"name"_s).toString(), group.value(u"attributes"_s).toObject(),
            group.value(u"description"_s).toString());
        userGroups.insert(keyOf(group, u"name"_s), id);
        for (const QJsonValue &member : group.value(u"members"_s).toArray()) {
            if (!users.contains(member.toString())) {
                *error
                    = u"seed file: unknown user \"%1\" in group %2"_s.arg(member.toString(), keyOf(group, u"name"_s));
                return false;
            }
            seed.link({ u"user_group"_s, id }, { u"user"_s, users.value(member.toString()) });
        }
    }
    for (const QJsonValue &value : root.value(u"deviceGroups"_s).toArray()) {
        const QJsonObject group = value.toObject();
        const QString id
            = seed.addSystemGroup(group.value(u"name"_s).toString(), group.value(u"description"_s).toString());
        deviceGroups.insert(keyOf(group, u"name"_s), id);
        for (const QJsonValue &member : group.value(u"members"_s).toArray()) {
            if (!devices.contains(member.toString())) {
                *error
                    = u"seed file: unknown device \"%1\" in group %2"_s.arg(member.toString(), keyOf(group, u"name"_s));
                return false;
            }
            seed.link({ u"system_group"_s, id }, { u"system"_s, devices.value(member.toString()) });
        }
    }
    for (const QJsonValue &value : root.value(u"bindings"_s).toArray()) {
        const QJsonObject binding = value.toObject();
        GraphStore::Node from;
        GraphStore::Node to;
        if (binding.contains(u"user"_s))
            from = { u"user"_s, users.value(binding.value(u"user"_s).toString()) };
        else
            from = { u"user_group"_s, userGroups.value(binding.value(u"userGroup"_s).toString()) };
        if (binding.contains(u"device"_s))
            to = { u"system"_s, devices.value(binding.value(u"device"_s).toString()) };
        else
            to = { u"system_group"_s, deviceGroups.value(binding.value(u"deviceGroup"_s).toString()) };
        if (from.id.isEmpty() || to.id.isEmpty()) {
            *error = u"seed file: binding %1 names an unknown object"_s.arg(
                QString::fromUtf8(QJsonDocument(binding).toJson(QJsonDocument::Compact)));
            return false;
        }
        // "sudo": true, or {"enabled":..,"withoutPassword":..}
        const QJsonValue sudo = binding.value(u"sudo"_s);
        const bool enabled = sudo.isBool() ? sudo.toBool() : sudo.toObject().value(u"enabled"_s).toBool();
        seed.link(from, to, enabled, sudo.toObject().value(u"withoutPassword"_s).toBool());
    }
    if (root.value(u"applyAgents"_s).toBool(true))
        seed.applyAgents(agents);
    return true;
}
