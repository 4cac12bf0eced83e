#include "OutboxRequestMapper.h"

#include "ChangeKind.h"
#include "OutboxKindInfo.h"
#include "OutboxReferences.h"

#include <QJsonArray>
#include <QUrl>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Method = ApiRequest::Method;
using Version = ApiEndpoint::Version;

// Group fields a v2 PUT accepts (UserGroupPut / SystemGroupPut); the rest is read-only.
const QStringList &writableGroupFields()
{
    static const QStringList fields { u"name"_s, u"description"_s, u"email"_s, u"attributes"_s, u"membershipMethod"_s,
        u"memberQuery"_s, u"memberQueryExemptions"_s, u"memberSuggestionsNotify"_s };
    return fields;
}

ApiRequest make(
    Method method, Version version, const QString &path, const QJsonObject &body = {}, bool sendBody = false)
{
    ApiRequest request;
    request.method = method;
    request.version = version;
    request.path = path;
    if (sendBody || !body.isEmpty())
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

// An id as one path segment: ids are 24 hex digits, but nothing from a file may escape its segment.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// A filter value inside a query string: QUrlQuery leaves these characters alone, and a server
// would read them as delimiters ('&', '#') or as a space ('+').
QString queryValue(QString value)
{
    value.replace(u'%', u"%25"_s);
    for (const auto &[from, to] : { std::pair { u'+', u"%2B" }, std::pair { u'&', u"%26" }, std::pair { u'#', u"%23" },
             std::pair { u'=', u"%3D" } })
        value.replace(from, QString::fromUtf16(to));
    return value;
}

Error missing(const OutboxRow &row, const QString &key)
{
    return Error { QString::fromLatin1(OutboxRequestMapper::MissingValue),
        u"change #%1 (%2) has no \"%3\""_s.arg(row.id).arg(row.kind, key) };
}

// The id under `key`; an unresolved reference or a missing id is an error.
Result<QString> idOf(const OutboxRow &row, const QString &key)
{
    const QString id = row.payload.value(key).toString();
    if (!id.isEmpty())
        return id;
    if (row.payload.contains(QString(key + OutboxReferences::Suffix))) {
        return Error { QString::fromLatin1(OutboxRequestMapper::MissingValue),
            u"change #%1 (%2): \"%3\" still refers to another change"_s.arg(row.id).arg(row.kind, key) };
    }
    return missing(row, key);
}

QJsonObject sudoAttributes(const QJsonObject &payload)
{
    const bool enabled = payload.value("sudo"_L1).toBool();
    return QJsonObject { { u"sudo"_s,
        QJsonObject { { u"enabled"_s, enabled },
            { u"withoutPassword"_s, enabled && payload.value("sudoWithoutPassword"_L1).toBool() } } } };
}

// The enrollment period of a reset MFA row as the API's `mfa` / resetmfa body has it: the days only,
// so the directory's clock starts it. DOMAIN.md: 1 to 365 days, default 7.
QJsonObject enrollmentPeriod(const QJsonObject &payload)
{
    const int days = std::clamp(payload.value("enrollmentDays"_L1).toInt(7), 1, 365);
    return QJsonObject { { u"exclusion"_s, true }, { u"exclusionDays"_s, days } };
}

bool isUserGroupKind(const QString &kind)
{
    return kind.startsWith(u"userGroup."_s);
}

QString groupCollection(const QString &kind)
{
    return isUserGroupKind(kind) ? u"/usergroups"_s : u"/systemgroups"_s;
}

Result<ApiRequest> userRequest(const OutboxRow &row)
{
    const QString &kind = row.kind;
    const QJsonObject &p = row.payload;
    if (kind == ChangeKind::UserCreate) {
        QJsonObject body = p.value("fields"_L1).toObject();
        if (body.value("username"_L1).toString().isEmpty())
            return missing(row, u"fields.username"_s);
        ApiRequest request = make(Method::Post, Version::V1, u"/systemusers"_s, body, true);
        if (p.contains("password"_L1)) {
            body.insert(u"password"_s, p.value("password"_L1));
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            // Every password-policy failure in one message, not the first one only.
            request.query.addQueryItem(u"fullValidationDetails"_s, u"password"_s);
        }
        return request;
    }
    const auto userId = idOf(row, u"userId"_s);
    if (!userId)
        return userId.error();
    const QString base = u"/systemusers/"_s + segment(userId.value());
    if (kind == ChangeKind::UserUpdate) {
        const QJsonObject fields = p.value("fields"_L1).toObject();
        if (fields.isEmpty())
            return missing(row, u"fields"_s);
        return make(Method::Put, Version::V1, base, fields); // partial: only what changed
    }
    if (kind == ChangeKind::UserDelete)
        return make(Method::Delete, Version::V1, base);
    // These three have one effect however often they arrive. Activate and reset MFA answer a bare
    // JSON string (spec), which the client takes for a broken answer and would retry slowly: they
    // are left to the pusher, which repeats them itself and reads a 2xx as done.
    if (kind == ChangeKind::UserActivate)
        return make(Method::Post, Version::V1, base + u"/state/activate"_s, {}, true);
    if (kind == ChangeKind::UserResetMfa) {
        // A new TOTP key and a new enrollment period; requestFirst() has made MFA required.
        return make(Method::Post, Version::V1, base + u"/resetmfa"_s, enrollmentPeriod(p));
    }
    if (kind == ChangeKind::UserSuspend) {
        ApiRequest request = make(Method::Post, Version::V1, base + u"/state/suspend"_s);
        request.retrySafe = true;
        return request;
    }
    return Error { QString::fromLatin1(OutboxRequestMapper::UnknownKind), u"unknown change kind "_s + kind };
}

Result<ApiRequest> groupRequest(const OutboxRow &row, const QJsonObject &current)
{
    const QString &kind = row.kind;
    const QJsonObject &p = row.payload;
    const QString collection = groupCollection(kind);
    if (kind.endsWith(u".create"_s)) {
        const QJsonObject fields = p.value("fields"_L1).toObject();
        if (fields.value("name"_L1).toString().trimmed().isEmpty())
            return missing(row, u"fields.name"_s);
        return make(Method::Post, Version::V2, collection, fields);
    }
    const auto groupId = idOf(row, u"groupId"_s);
    if (!groupId)
        return groupId.error();
    const QString base = collection + u'/' + segment(groupId.value());
    if (kind.endsWith(u".update"_s)) {
        // PUT replaces the whole group: start from what the directory has, change what the admin changed.
        if (current.isEmpty())
            return Error { QString::fromLatin1(OutboxRequestMapper::NeedsCurrent),
                u"change #%1 (%2) needs the group as the directory has it"_s.arg(row.id).arg(kind) };
        QJsonObject body;
        for (const QString &field : writableGroupFields()) {
            if (current.contains(field) && !current.value(field).isNull())
                body.insert(field, current.value(field));
        }
        const QJsonObject fields = p.value("fields"_L1).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (it.key() == "attributes"_L1) {
                // The form changes some attributes (sudo, Samba, Linux group); the others (LDAP, RADIUS …) stay.
                QJsonObject attributes = body.value("attributes"_L1).toObject();
                const QJsonObject changed = it.value().toObject();
                for (auto a = changed.constBegin(); a != changed.constEnd(); ++a)
                    attributes.insert(a.key(), a.value());
                body.insert(it.key(), attributes);
            } else {
                body.insert(it.key(), it.value());
            }
        }
        return make(Method::Put, Version::V2, base, body);
    }
    if (kind.endsWith(u".delete"_s))
        return make(Method::Delete, Version::V2, base);
    const bool users = isUserGroupKind(kind);
    const QString memberKey = users ? u"userId"_s : u"deviceId"_s;
    const auto memberId = idOf(row, memberKey);
    if (!memberId)
        return memberId.error();
    const bool add = kind.endsWith(u".addMember"_s);
    ApiRequest request = make(Method::Post, Version::V2, base + u"/members"_s,
        QJsonObject { { u"op"_s, add ? u"add"_s : u"remove"_s }, { u"type"_s, users ? u"user"_s : u"system"_s },
            { u"id"_s, memberId.value() } });
    // A repeat answers 409 (already a member) or 404 (already gone), which the pusher reads as done.
    request.retrySafe = true;
    return request;
}

Result<ApiRequest> edgeRequest(const OutboxRow &row, const QString &op)
{
    const QJsonObject &p = row.payload;
    ApiRequest request;
    if (row.kind == ChangeKind::BindingAdd || row.kind == ChangeKind::BindingRemove) {
        const auto userId = idOf(row, u"userId"_s);
        const auto deviceId = idOf(row, u"deviceId"_s);
        if (!userId)
            return userId.error();
        if (!deviceId)
            return deviceId.error();
        QJsonObject body { { u"op"_s, op }, { u"type"_s, u"user"_s }, { u"id"_s, userId.value() } };
        if (op != u"remove")
            body.insert(u"attributes"_s, sudoAttributes(p));
        // The PowerShell module binds from the device's side (API.md §5); the edge is the same.
        request
            = make(Method::Post, Version::V2, u"/systems/"_s + segment(deviceId.value()) + u"/associations"_s, body);
    } else {
        const auto userGroupId = idOf(row, u"userGroupId"_s);
        const auto deviceGroupId = idOf(row, u"deviceGroupId"_s);
        if (!userGroupId)
            return userGroupId.error();
        if (!deviceGroupId)
            return deviceGroupId.error();
        request = make(Method::Post, Version::V2, u"/usergroups/"_s + segment(userGroupId.value()) + u"/associations"_s,
            QJsonObject { { u"op"_s, op }, { u"type"_s, u"system_group"_s }, { u"id"_s, deviceGroupId.value() } });
    }
    request.retrySafe = true; // a repeat answers 409 or 404, read as done by the pusher
    return request;
}

QJsonObject ssaoEntry(const char *family, bool enabled, bool admin, const QJsonObject &current)
{
    QJsonObject entry { { u"osFamily"_s, QString::fromLatin1(family) }, { u"enabled"_s, enabled },
        { u"defaultPermission"_s, admin ? u"ADMIN"_s : u"STANDARD"_s } };
    // Password sync is not Bindery's to change: keep what the directory has.
    for (const QJsonValue &item : current.value("settings"_L1).toArray()) {
        const QJsonObject existing = item.toObject();
        if (existing.value("osFamily"_L1).toString().compare(QLatin1StringView(family), Qt::CaseInsensitive) == 0
            && existing.value("passwordSyncEnabled"_L1).isBool())
            entry.insert(u"passwordSyncEnabled"_s, existing.value("passwordSyncEnabled"_L1));
    }
    return entry;
}

} // namespace

std::optional<ApiRequest> OutboxRequestMapper::readBefore(const OutboxRow &row)
{
    const QJsonObject &p = row.payload;
    if (row.kind == ChangeKind::UserUpdate && !p.value("userId"_L1).toString().isEmpty())
        return ApiRequest::get(Version::V1, u"/systemusers/"_s + segment(p.value("userId"_L1).toString()));
    if ((row.kind == ChangeKind::UserGroupUpdate || row.kind == ChangeKind::DeviceGroupUpdate)
        && !p.value("groupId"_L1).toString().isEmpty())
        return ApiRequest::get(
            Version::V2, groupCollection(row.kind) + u'/' + segment(p.value("groupId"_L1).toString()));
    if (row.kind == ChangeKind::DeviceRename && !p.value("deviceId"_L1).toString().isEmpty())
        return ApiRequest::get(Version::V1, u"/systems/"_s + segment(p.value("deviceId"_L1).toString()));
    if (row.kind == ChangeKind::OrgSelfService)
        return ApiRequest::get(Version::V2, u"/devices/settings/ssao"_s);
    return std::nullopt;
}

std::optional<ApiRequest> OutboxRequestMapper::requestFirst(const OutboxRow &row)
{
    const QString userId = row.payload.value("userId"_L1).toString();
    if (row.kind != ChangeKind::UserResetMfa || userId.isEmpty())
        return std::nullopt;
    // resetmfa alone only restarts enrollment: without enable_user_portal_multifactor nothing
    // locks out a user who never enrols, yet ResetMfaDialog tells the admin MFA becomes required.
    // The period goes with it, so MFA never becomes required without one.
    return make(Method::Put, Version::V1, u"/systemusers/"_s + segment(userId),
        QJsonObject { { u"enable_user_portal_multifactor"_s, true }, { u"mfa"_s, enrollmentPeriod(row.payload) } });
}

Result<ApiRequest> OutboxRequestMapper::request(const OutboxRow &row, const QJsonObject &current)
{
    const QString &kind = row.kind;
    if (!OutboxKindInfo::isKnown(kind))
        return Error { QString::fromLatin1(UnknownKind), u"unknown change kind \"%1\""_s.arg(kind) };
    if (kind.startsWith(u"user."_s))
        return userRequest(row);
    if (kind.startsWith(u"userGroup."_s) || kind.startsWith(u"deviceGroup."_s))
        return groupRequest(row, current);
    if (kind == ChangeKind::DeviceRename) {
        const auto deviceId = idOf(row, u"deviceId"_s);
        if (!deviceId)
            return deviceId.error();
        const QString name = row.payload.value("displayName"_L1).toString();
        if (name.trimmed().isEmpty())
            return missing(row, u"displayName"_s);
        return make(Method::Put, Version::V1, u"/systems/"_s + segment(deviceId.value()),
            QJsonObject { { u"displayName"_s, name } });
    }
    if (kind == ChangeKind::BindingAdd || kind == ChangeKind::GroupBindingAdd)
        return edgeRequest(row, u"add"_s);
    if (kind == ChangeKind::BindingRemove || kind == ChangeKind::GroupBindingRemove)
        return edgeRequest(row, u"remove"_s);
    if (kind == ChangeKind::OrgSelfService) {
        const QJsonObject &p = row.payload;
        const QJsonArray settings {
            ssaoEntry("MACOS", p.value("macEnabled"_L1).toBool(), p.value("macAdmin"_L1).toBool(), current),
            ssaoEntry("WINDOWS", p.value("windowsEnabled"_L1).toBool(), p.value("windowsAdmin"_L1).toBool(), current),
        };
        return make(Method::Put, Version::V2, u"/devices/settings/ssao"_s, QJsonObject { { u"settings"_s, settings } });
    }
    return Error { QString::fromLatin1(UnknownKind), u"unknown change kind \"%1\""_s.arg(kind) };
}

std::optional<ApiRequest> OutboxRequestMapper::lookupCreated(const OutboxRow &row)
{
    const QJsonObject fields = row.payload.value("fields"_L1).toObject();
    if (row.kind == ChangeKind::UserCreate) {
        const QString username = fields.value("username"_L1).toString();
        if (username.isEmpty())
            return std::nullopt;
        QUrlQuery query;
        query.addQueryItem(u"filter"_s, u"username:$eq:"_s + queryValue(username));
        query.addQueryItem(u"limit"_s, u"10"_s);
        return ApiRequest::get(Version::V1, u"/systemusers"_s, query);
    }
    if (row.kind == ChangeKind::UserGroupCreate || row.kind == ChangeKind::DeviceGroupCreate) {
        const QString name = fields.value("name"_L1).toString();
        if (name.isEmpty())
            return std::nullopt;
        QUrlQuery query;
        query.addQueryItem(u"filter"_s, u"name:eq:"_s + queryValue(name));
        query.addQueryItem(u"limit"_s, u"10"_s);
        return ApiRequest::get(Version::V2, groupCollection(row.kind), query);
    }
    return std::nullopt;
}

QString OutboxRequestMapper::createdId(const QJsonDocument &answer)
{
    const QJsonObject object = answer.object();
    const QString v1 = object.value("_id"_L1).toString();
    return v1.isEmpty() ? object.value("id"_L1).toString() : v1;
}

Result<ApiRequest> OutboxRequestMapper::bindingUpdate(const OutboxRow &row)
{
    if (row.kind != ChangeKind::BindingAdd)
        return Error { QString::fromLatin1(UnknownKind), u"only binding.add has an update"_s };
    return edgeRequest(row, u"update"_s);
}

std::optional<ApiRequest> OutboxRequestMapper::readObject(const OutboxObjectRef &object)
{
    if (object.id.isEmpty())
        return std::nullopt;
    const QString id = segment(object.id);
    if (object.type == QLatin1StringView(OutboxObjectRef::User))
        return ApiRequest::get(Version::V1, u"/systemusers/"_s + id);
    if (object.type == QLatin1StringView(OutboxObjectRef::Device))
        return ApiRequest::get(Version::V1, u"/systems/"_s + id);
    if (object.type == QLatin1StringView(OutboxObjectRef::UserGroup))
        return ApiRequest::get(Version::V2, u"/usergroups/"_s + id);
    if (object.type == QLatin1StringView(OutboxObjectRef::DeviceGroup))
        return ApiRequest::get(Version::V2, u"/systemgroups/"_s + id);
    return std::nullopt;
}
