#include "CacheCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CacheCodec {

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

QString fromDateTime(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString(u""_s);
}

QDateTime toDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid())
        value = QDateTime::fromString(text, Qt::ISODate);
    return value.toUTC();
}

QString fromNamedValues(const QList<NamedValue> &values)
{
    if (values.isEmpty())
        return u"[]"_s;
    QJsonArray array;
    for (const NamedValue &value : values)
        array.append(QJsonObject { { u"name"_s, value.name }, { u"value"_s, value.value } });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<NamedValue> toNamedValues(const QString &json)
{
    QList<NamedValue> values;
    if (json.isEmpty() || json == "[]"_L1)
        return values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    values.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        values.append({ object.value("name"_L1).toString(), object.value("value"_L1).toString() });
    }
    return values;
}

QString fromSettings(const OrgSettings &settings)
{
    const PasswordPolicy &policy = settings.passwordPolicy;
    const SelfServiceProvisioning &ssao = settings.selfService;
    const QJsonObject object {
        { u"passwordPolicy"_s,
            QJsonObject { { u"known"_s, policy.known }, { u"minLength"_s, policy.minLength },
                { u"needsLowercase"_s, policy.needsLowercase }, { u"needsUppercase"_s, policy.needsUppercase },
                { u"needsNumeric"_s, policy.needsNumeric }, { u"needsSymbolic"_s, policy.needsSymbolic },
                { u"maxHistory"_s, policy.maxHistory }, { u"expirationInDays"_s, policy.expirationInDays } } },
        { u"newSystemUserStateDefaults"_s,
            QJsonObject { { u"manualEntry"_s, userStateKey(settings.manualEntryState) },
                { u"csvImport"_s, userStateKey(settings.csvImportState) },
                { u"applicationImport"_s, userStateKey(settings.applicationImportState) } } },
        { u"selfService"_s,
            QJsonObject { { u"macEnabled"_s, ssao.macEnabled }, { u"macAdmin"_s, ssao.macAdmin },
                { u"windowsEnabled"_s, ssao.windowsEnabled }, { u"windowsAdmin"_s, ssao.windowsAdmin } } },
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OrgSettings toSettings(const QString &json)
{
    OrgSettings settings;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject policy = object.value("passwordPolicy"_L1).toObject();
    PasswordPolicy &p = settings.passwordPolicy;
    p.known = policy.value("known"_L1).toBool(false);
    p.minLength = policy.value("minLength"_L1).toInt(p.minLength);
    p.needsLowercase = policy.value("needsLowercase"_L1).toBool();
    p.needsUppercase = policy.value("needsUppercase"_L1).toBool();
    p.needsNumeric = policy.value("needsNumeric"_L1).toBool();
    p.needsSymbolic = policy.value("needsSymbolic"_L1).toBool();
    p.maxHistory = policy.value("maxHistory"_L1).toInt();
    p.expirationInDays = policy.value("expirationInDays"_L1).toInt();
    const QJsonObject states = object.value("newSystemUserStateDefaults"_L1).toObject();
    settings.manualEntryState = userStateFromKey(states.value("manualEntry"_L1).toString());
    settings.csvImportState = userStateFromKey(states.value("csvImport"_L1).toString());
    settings.applicationImportState = userStateFromKey(states.value("applicationImport"_L1).toString());
    const QJsonObject ssao = object.value("selfService"_L1).toObject();
    settings.selfService.macEnabled = ssao.value("macEnabled"_L1).toBool();
    settings.selfService.macAdmin = ssao.value("macAdmin"_L1).toBool();
    settings.selfService.windowsEnabled = ssao.value("windowsEnabled"_L1).toBool();
    settings.selfService.windowsAdmin = ssao.value("windowsAdmin"_L1).toBool();
    return settings;
}

} // namespace CacheCodec
