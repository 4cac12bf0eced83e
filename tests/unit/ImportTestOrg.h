#pragma once

#include "CsvReader.h"
#include "ImportValidator.h"
#include "OrgSnapshot.h"

#include <QBuffer>

// A small fixed org for the import tests: two users, four devices (two share a name), local accounts that a row can
// take over or nearly match, two groups and a known password policy.
inline OrgSnapshot importTestOrg()
{
    using namespace Qt::StringLiterals;
    OrgSnapshot org;
    org.settings.passwordPolicy.known = true;
    org.settings.passwordPolicy.minLength = 12;
    org.settings.passwordPolicy.needsUppercase = true;
    org.settings.passwordPolicy.needsNumeric = true;
    User jdoe;
    jdoe.id = u"u1"_s;
    jdoe.username = u"jdoe"_s;
    jdoe.email = u"jdoe@example.com"_s;
    jdoe.employeeIdentifier = u"E1"_s;
    jdoe.systemUsername = u"johnd"_s;
    jdoe.firstName = u"John"_s;
    jdoe.department = u"IT"_s;
    User asmith;
    asmith.id = u"u2"_s;
    asmith.username = u"asmith"_s;
    asmith.email = u"asmith@example.com"_s;
    // Bound to a device: the directory refuses to change their local account name.
    User lbound;
    lbound.id = u"u3"_s;
    lbound.username = u"lbound"_s;
    lbound.email = u"lbound@example.com"_s;
    lbound.systemUsername = u"lee"_s;
    org.users = { jdoe, asmith, lbound };
    const auto device = [](QString id, QString name, OsFamily os) {
        Device d;
        d.id = std::move(id);
        d.displayName = name;
        d.hostname = name + u".local"_s;
        d.serialNumber = u"SN-"_s + d.id;
        d.osFamily = os;
        d.active = true;
        return d;
    };
    org.devices = { device(u"d1"_s, u"build-01"_s, OsFamily::Windows), device(u"d2"_s, u"mac-01"_s, OsFamily::MacOS),
        device(u"d3"_s, u"shared"_s, OsFamily::Linux), device(u"d4"_s, u"shared"_s, OsFamily::Linux) };
    const auto account = [](QString deviceId, QString name) {
        LocalAccount a;
        a.deviceId = std::move(deviceId);
        a.username = std::move(name);
        return a;
    };
    org.localAccounts = { account(u"d1"_s, u"kim"_s), account(u"d2"_s, u"Pat"_s), account(u"d3"_s, u"lee"_s) };
    UserDeviceBinding leeOnShared;
    leeOnShared.userId = u"u3"_s;
    leeOnShared.deviceId = u"d3"_s;
    org.userDeviceBindings = { leeOnShared };
    UserGroup engineering;
    engineering.id = u"g1"_s;
    engineering.name = u"Engineering"_s;
    UserGroup sales;
    sales.id = u"g2"_s;
    sales.name = u"Sales"_s;
    org.userGroups = { engineering, sales };
    return org;
}

inline QList<CsvRecord> readCsvText(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    return reader.readAll();
}
