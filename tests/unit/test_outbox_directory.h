#pragma once

// A small directory behind the fake QNAM for the outbox pusher tests: users, systems, groups,
// members, associations and the SSAO setting, with the answers the real API gives (409 on a
// duplicate, 404 on a missing object or edge), faults before or after a write is applied, and a
// per-object check that changes to one object never overlap. Test code, header-only.
#include "FakeNetworkAccessManager.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

class OutboxTestDirectory
{
public:
    using Request = FakeNetworkAccessManager::Request;
    using Response = FakeNetworkAccessManager::Response;

    // What goes wrong with one request: answered before anything is applied, or applied and then
    // the answer replaced (lost).
    struct Fault
    {
        enum class When { None, Before, After };
        When when = When::None;
        Response response;
        static Fault none() { return {}; }
        static Fault before(Response r) { return { When::Before, std::move(r) }; }
        static Fault after(Response r) { return { When::After, std::move(r) }; }
    };

    explicit OutboxTestDirectory(FakeNetworkAccessManager &network)
    {
        m_clock.start();
        network.setOverride([this](const Request &request) -> std::optional<Response> { return handle(request); });
    }

    QHash<QString, QJsonObject> users, systems, userGroups, systemGroups;
    QHash<QString, QJsonValue> edges; // "typeA:idA|typeB:idB" (sorted) → attributes
    QJsonObject ssao { { u"settings"_s,
        QJsonArray { QJsonObject { { u"osFamily"_s, u"MACOS"_s }, { u"enabled"_s, false },
                         { u"defaultPermission"_s, u"STANDARD"_s }, { u"passwordSyncEnabled"_s, true } },
            QJsonObject { { u"osFamily"_s, u"WINDOWS"_s }, { u"enabled"_s, false },
                { u"defaultPermission"_s, u"STANDARD"_s }, { u"passwordSyncEnabled"_s, false } } } } };
    std::function<Fault(const Request &)> faults;
    int delayMs = 0; // every answer comes after this long
    QStringList overlaps; // objects that got a second change while one was still in flight
    QStringList writes; // "VERB path" of every request that reached apply()

    QString addUser(const QString &username, const QString &email = {})
    {
        const QString id = nextId();
        users.insert(id,
            QJsonObject { { u"_id"_s, id }, { u"id"_s, id }, { u"username"_s, username },
                { u"email"_s, email.isEmpty() ? QString(username + u"@example.com"_s) : email },
                { u"state"_s, u"ACTIVATED"_s },
                { u"created"_s, u"2020-01-01T00:00:00.000Z"_s } }); // long before any test's push
        return id;
    }
    QString addSystem(const QString &name)
    {
        const QString id = nextId();
        systems.insert(id, QJsonObject { { u"_id"_s, id }, { u"displayName"_s, name }, { u"hostname"_s, name } });
        return id;
    }
    QString addGroup(bool userGroup, const QString &name)
    {
        const QString id = nextId();
        (userGroup ? userGroups : systemGroups)
            .insert(id,
                QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"description"_s, QString() },
                    { u"type"_s, userGroup ? u"user_group"_s : u"system_group"_s } });
        return id;
    }
    static QString edgeKey(const QString &a, const QString &b)
    {
        return a < b ? QString(a + u'|' + b) : QString(b + u'|' + a);
    }
    int countUsers(const QString &username) const
    {
        int n = 0;
        for (const QJsonObject &u : users)
            n += u.value("username"_L1).toString() == username ? 1 : 0;
        return n;
    }

private:
    QString nextId() { return u"%1"_s.arg(++m_ids, 24, 16, QLatin1Char('0')); }

    std::optional<Response> handle(const Request &request)
    {
        const Fault fault = faults ? faults(request) : Fault::none();
        if (fault.when == Fault::When::Before)
            return withDelay(fault.response);
        trackOverlap(request);
        Response response = apply(request);
        if (request.verb != "GET")
            writes.append(QString::fromLatin1(request.verb) + u' ' + request.path);
        return withDelay(fault.when == Fault::When::After ? fault.response : response);
    }

    Response withDelay(Response response) const
    {
        if (delayMs > 0 && response.delayMs == 0)
            response.delayMs = delayMs;
        return response;
    }

    // Writes to one object (its path below the collection) must not overlap in time.
    void trackOverlap(const Request &request)
    {
        if (request.verb == "GET" || delayMs == 0)
            return;
        static const QRegularExpression object(uR"(^/api(?:/v2)?/(\w+)/([0-9a-f]{24}))"_s);
        const auto match = object.match(request.path);
        if (!match.hasMatch())
            return;
        const QString key = match.captured(1) + u'/' + match.captured(2);
        const qint64 now = m_clock.elapsed();
        if (m_busyUntil.value(key, -1) > now + 2)
            overlaps.append(key);
        m_busyUntil.insert(key, now + delayMs);
    }

    static Response json(int status, const QJsonObject &object)
    {
        return Response::json(status, QJsonDocument(object));
    }
    static Response error(int status, const QString &message)
    {
        return Response::error(status, QJsonDocument(QJsonObject { { u"message"_s, message } }).toJson(),
            { { "Content-Type", "application/json" } });
    }

    Response apply(const Request &request)
    {
        const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // api, [v2], collection, id, …
        const bool v2 = parts.value(1) == u"v2";
        const QStringList p = parts.mid(v2 ? 2 : 1);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QByteArray &verb = request.verb;
        if (p.value(0) == u"systemusers")
            return userRoute(verb, p, body, request.query);
        if (p.value(0) == u"systems" && !v2)
            return objectRoute(systems, verb, p, body);
        if (p.value(0) == u"usergroups" || p.value(0) == u"systemgroups")
            return groupRoute(p.value(0) == u"usergroups", verb, p, body, request.query);
        if (p.value(0) == u"systems" && p.value(2) == u"associations")
            return association(u"system:"_s + p.value(1), systems.contains(p.value(1)), body);
        if (p == QStringList { u"devices"_s, u"settings"_s, u"ssao"_s }) {
            if (verb == "PUT") {
                QJsonArray merged = ssao.value("settings"_L1).toArray();
                for (const QJsonValue &entry : body.value("settings"_L1).toArray()) {
                    for (qsizetype i = 0; i < merged.size(); ++i) {
                        if (merged.at(i).toObject().value("osFamily"_L1) == entry.toObject().value("osFamily"_L1))
                            merged.replace(i, entry);
                    }
                }
                ssao.insert(u"settings"_s, merged);
            }
            return json(200, ssao);
        }
        return error(404, u"Not Found"_s);
    }

    Response userRoute(const QByteArray &verb, const QStringList &p, const QJsonObject &body, const QUrlQuery &query)
    {
        if (p.size() == 1 && verb == "GET") {
            const QString filter = query.queryItemValue(u"filter"_s, QUrl::FullyDecoded);
            QJsonArray results;
            for (const QJsonObject &u : std::as_const(users)) {
                if (filter.isEmpty() || filter == u"username:$eq:"_s + u.value("username"_L1).toString())
                    results.append(u);
            }
            return json(200, QJsonObject { { u"totalCount"_s, results.size() }, { u"results"_s, results } });
        }
        if (p.size() == 1 && verb == "POST") {
            const QString username = body.value("username"_L1).toString();
            if (countUsers(username) > 0)
                return error(409, u"username \"%1\" already exists"_s.arg(username));
            const QString id = addUser(username, body.value("email"_L1).toString());
            QJsonObject user = users.value(id);
            user.insert(u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
                if (it.key() != u"password")
                    user.insert(it.key(), it.value());
            }
            users.insert(id, user);
            return json(200, user);
        }
        const QString id = p.value(1);
        if (!users.contains(id))
            return error(404, u"user %1"_s.arg(id));
        if (p.size() == 4 && p.value(2) == u"state") {
            users[id].insert(u"state"_s, p.value(3) == u"activate" ? u"ACTIVATED"_s : u"SUSPENDED"_s);
            if (p.value(3) == u"activate") {
                Response r; // the spec's answer: a bare JSON string
                r.body = "\"ACTIVATED\"";
                return r;
            }
            return json(200, users.value(id));
        }
        if (p.size() == 3 && p.value(2) == u"resetmfa")
            return json(200, users.value(id));
        return objectRoute(users, verb, p, body);
    }

    Response objectRoute(
        QHash<QString, QJsonObject> &objects, const QByteArray &verb, const QStringList &p, const QJsonObject &body)
    {
        const QString id = p.value(1);
        if (!objects.contains(id))
            return error(404, u"%1 %2"_s.arg(p.value(0), id));
        if (verb == "PUT") {
            for (auto it = body.constBegin(); it != body.constEnd(); ++it)
                objects[id].insert(it.key(), it.value());
        } else if (verb == "DELETE") {
            return json(200, objects.take(id));
        }
        return json(200, objects.value(id));
    }

    Response groupRoute(
        bool userGroup, const QByteArray &verb, const QStringList &p, const QJsonObject &body, const QUrlQuery &query)
    {
        QHash<QString, QJsonObject> &groups = userGroup ? userGroups : systemGroups;
        if (p.size() == 1 && verb == "GET") {
            const QString filter = query.queryItemValue(u"filter"_s, QUrl::FullyDecoded);
            QJsonArray results;
            for (const QJsonObject &g : std::as_const(groups)) {
                if (filter.isEmpty() || filter == u"name:eq:"_s + g.value("name"_L1).toString())
                    results.append(g);
            }
            return Response::json(results);
        }
        if (p.size() == 1 && verb == "POST") {
            const QString id = addGroup(userGroup, body.value("name"_L1).toString());
            for (auto it = body.constBegin(); it != body.constEnd(); ++it)
                groups[id].insert(it.key(), it.value());
            return json(201, groups.value(id));
        }
        const QString id = p.value(1);
        if (!groups.contains(id))
            return error(404, u"group %1"_s.arg(id));
        const QString self = (userGroup ? u"user_group:"_s : u"system_group:"_s) + id;
        if (p.value(2) == u"members") {
            const QString member = body.value("type"_L1).toString() + u':' + body.value("id"_L1).toString();
            const bool exists = (userGroup ? users : systems).contains(body.value("id"_L1).toString());
            return edge(self, member, exists, body.value("op"_L1).toString(), QJsonValue::Null);
        }
        if (p.value(2) == u"associations") {
            return association(self, true, body);
        }
        if (verb == "PUT") {
            QJsonObject replaced { { u"id"_s, id }, { u"type"_s, groups.value(id).value("type"_L1) } };
            for (auto it = body.constBegin(); it != body.constEnd(); ++it)
                replaced.insert(it.key(), it.value());
            groups.insert(id, replaced);
        } else if (verb == "DELETE") {
            return json(200, groups.take(id));
        }
        return json(200, groups.value(id));
    }

    Response association(const QString &self, bool selfExists, const QJsonObject &body)
    {
        const QString type = body.value("type"_L1).toString();
        const QString id = body.value("id"_L1).toString();
        const bool exists = type == u"user" ? users.contains(id)
            : type == u"system"             ? systems.contains(id)
            : type == u"system_group"       ? systemGroups.contains(id)
                                            : false;
        if (!selfExists)
            return error(404, self);
        return edge(self, type + u':' + id, exists, body.value("op"_L1).toString(), body.value("attributes"_L1));
    }

    Response edge(const QString &a, const QString &b, bool bExists, const QString &op, const QJsonValue &attributes)
    {
        if (!bExists)
            return error(404, b);
        const QString key = edgeKey(a, b);
        if (op == u"add") {
            if (edges.contains(key))
                return error(409, u"Conflict: the association already exists"_s);
            edges.insert(key, attributes);
        } else if (op == u"update") {
            if (!edges.contains(key))
                return error(404, u"association"_s);
            edges.insert(key, attributes);
        } else {
            if (!edges.remove(key))
                return error(404, u"association"_s);
        }
        Response response;
        response.status = 204;
        return response;
    }

    QElapsedTimer m_clock;
    QHash<QString, qint64> m_busyUntil;
    int m_ids = 0;
};
