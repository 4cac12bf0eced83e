#include "CacheCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

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

namespace {

// Digits at [from, from + count) as a number, or -1.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Exactly what fromDateTime() writes, "2024-03-27T09:55:25.000Z", or an invalid value. Opening the
// 50,000-user benchmark org reads ~150,000 of these, and QDateTime::fromString cost a tenth of the
// whole load (it handles every ISO variant); anything else still goes through it.
QDateTime fromStoredUtc(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return {};
    const int year = digits(text, 0, 4);
    if (year < 1) // not a digit (-1), which QDate would take for 1 BC; year 0 does not exist
        return {};
    const QDate date(year, digits(text, 5, 2), digits(text, 8, 2));
    const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), digits(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// A quoted JSON string without escapes starting at `at` (the opening quote); advances `at` past it.
bool plainJsonString(QStringView json, qsizetype &at, QString &into)
{
    if (at >= json.size() || json[at] != u'"')
        return false;
    const qsizetype end = json.indexOf(u'"', at + 1);
    if (end < 0)
        return false;
    const QStringView inner = json.sliced(at + 1, end - at - 1);
    // Escapes, and raw control characters (which make the JSON invalid): leave them to the parser.
    if (std::any_of(inner.cbegin(), inner.cend(), [](QChar c) { return c == u'\\' || c.unicode() < 0x20; }))
        return false;
    into = inner.toString();
    at = end + 1;
    return true;
}

bool literal(QStringView json, qsizetype &at, QLatin1StringView expected)
{
    if (!json.sliced(at).startsWith(expected))
        return false;
    at += expected.size();
    return true;
}

// Exactly what fromNamedValues() writes when no string needs an escape:
// [{"name":"…","value":"…"},…]. False for anything else, which then goes to QJsonDocument.
// Phone numbers and custom attributes are read for every user on opening a cache, and the JSON
// parser cost nearly as much as the date parsing above.
bool plainNamedValues(QStringView json, QList<NamedValue> &values)
{
    qsizetype at = 0;
    if (!literal(json, at, "["_L1))
        return false;
    while (true) {
        NamedValue value;
        if (!literal(json, at, "{\"name\":"_L1) || !plainJsonString(json, at, value.name)
            || !literal(json, at, ",\"value\":"_L1) || !plainJsonString(json, at, value.value)
            || !literal(json, at, "}"_L1))
            return false;
        values.append(std::move(value));
        if (literal(json, at, "]"_L1))
            return at == json.size();
        if (!literal(json, at, ","_L1))
            return false;
    }
}

} // namespace

QDateTime toDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (QDateTime stored = fromStoredUtc(text); stored.isValid())
        return stored;
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
    if (plainNamedValues(json, values))
        return values;
    values.clear();
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
