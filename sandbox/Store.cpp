#include "Store.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "bindery.sandbox")

namespace {
QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

constexpr auto LocalAccountColumns = "system_id, username, uid, gid, directory, shell, type, uuid, description, "
                                     "last_login, collection_time, real_user, admin, suspended, managed, ad_managed, "
                                     "managed_user_id";

LocalAccount accountFromQuery(const QSqlQuery &query)
{
    LocalAccount a;
    a.systemId = query.value(0).toString();
    a.username = query.value(1).toString();
    a.uid = query.value(2).toString();
    a.gid = query.value(3).toString();
    a.directory = query.value(4).toString();
    a.shell = query.value(5).toString();
    a.type = query.value(6).toString();
    a.uuid = query.value(7).toString();
    a.description = query.value(8).toString();
    a.lastLogin = query.value(9).toString();
    a.collectionTime = query.value(10).toString();
    a.realUser = query.value(11).toBool();
    a.admin = query.value(12).toBool();
    a.suspended = query.value(13).toBool();
    a.managed = query.value(14).toBool();
    a.adManaged = query.value(15).toBool();
    a.managedUserId = query.value(16).toString();
    return a;
}
} // namespace

QJsonObject LocalAccount::toJson() const
{
    bool ok = false;
    const int uidNumber = uid.toInt(&ok);
    const int gidNumber = gid.toInt();
    return QJsonObject { { u"system_id"_s, systemId }, { u"collection_time"_s, collectionTime },
        { u"username"_s, username }, { u"uid"_s, nullable(uid) }, { u"gid"_s, nullable(gid) },
        { u"uid_signed"_s, ok ? QJsonValue(QString::number(uidNumber)) : QJsonValue(QJsonValue::Null) },
        { u"gid_signed"_s, ok ? QJsonValue(QString::number(gidNumber)) : QJsonValue(QJsonValue::Null) },
        { u"description"_s, nullable(description) }, { u"directory"_s, nullable(directory) },
        { u"shell"_s, nullable(shell) }, { u"type"_s, nullable(type) }, { u"uuid"_s, nullable(uuid) },
        { u"real_user"_s, realUser }, { u"admin"_s, admin }, { u"suspended"_s, suspended }, { u"managed"_s, managed },
        { u"ad_managed"_s, adManaged }, { u"last_login"_s, nullable(lastLogin) } };
}

Store::Store()
    : m_connectionName(u"bindery-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_users(u"users"_s, u"_id"_s,
          { { u"username_lc"_s, u"username"_s, true }, { u"email_lc"_s, u"email"_s, true },
              { u"employee_id"_s, u"employeeIdentifier"_s, false },
              { u"system_username_lc"_s, u"systemUsername"_s, true } })
    , m_systems(u"systems"_s, u"_id"_s, { { u"hostname_lc"_s, u"hostname"_s, true } })
    , m_userGroups(u"usergroups"_s, u"id"_s, { { u"name_lc"_s, u"name"_s, true } })
    , m_systemGroups(u"systemgroups"_s, u"id"_s, { { u"name_lc"_s, u"name"_s, true } })
    , m_commands(u"commands"_s, u"_id"_s)
    , m_commandResults(u"commandresults"_s, u"_id"_s, { { u"command_id"_s, u"commandId"_s, false } })
    , m_organizations(u"organizations"_s, u"_id"_s)
{
}

Store::~Store()
{
    m_putAccount.reset();
    m_prepared.clear();
    for (DocumentCollection *collection :
        { &m_users, &m_systems, &m_userGroups, &m_systemGroups, &m_commands, &m_commandResults, &m_organizations })
        collection->releaseStatements();
    m_graph.releaseStatements();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::open(const QString &dataFile, QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(dataFile.isEmpty() ? u":memory:"_s : dataFile);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery pragma(m_db);
    // A sandbox favours speed over durability: WAL without fsync on every write still survives a clean restart.
    pragma.exec(u"PRAGMA journal_mode=WAL"_s);
    pragma.exec(u"PRAGMA synchronous=OFF"_s);
    pragma.exec(u"PRAGMA cache_size=-65536"_s);
    createSchema();
    for (DocumentCollection *collection :
        { &m_users, &m_systems, &m_userGroups, &m_systemGroups, &m_commands, &m_commandResults, &m_organizations })
        collection->loadMirror(m_db);
    m_graph.load(m_db);
    return true;
}

void Store::createSchema()
{
    for (DocumentCollection *collection :
        { &m_users, &m_systems, &m_userGroups, &m_systemGroups, &m_commands, &m_commandResults, &m_organizations })
        collection->createSchema(m_db);
    m_graph.createSchema(m_db);
    QSqlQuery query(m_db);
    query.exec(u"CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, json TEXT NOT NULL)"_s);
    query.exec(u"CREATE TABLE IF NOT EXISTS local_accounts (system_id TEXT NOT NULL, username TEXT NOT NULL, "
               "uid TEXT, gid TEXT, directory TEXT, shell TEXT, type TEXT, uuid TEXT, description TEXT, "
               "last_login TEXT, collection_time TEXT, real_user INTEGER, admin INTEGER, suspended INTEGER, "
               "managed INTEGER, ad_managed INTEGER, managed_user_id TEXT, PRIMARY KEY (system_id, username))"_s);
    query.exec(u"CREATE INDEX IF NOT EXISTS local_accounts_username ON local_accounts(username)"_s);
    // Which devices a user's accounts are on (user edits, the agent's "my account here").
    query.exec(u"CREATE INDEX IF NOT EXISTS local_accounts_managed_user ON local_accounts(managed_user_id, system_id)"_s);
}

QString Store::organizationId() const
{
    return m_organizations.ids().empty() ? QString() : m_organizations.ids().front();
}

QJsonObject Store::organization() const
{
    return m_organizations.object(organizationId());
}

QJsonObject Store::organizationSettings() const
{
    return organization().value(u"settings"_s).toObject();
}

QJsonObject Store::setting(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT json FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return {};
}

void Store::setSetting(const QString &key, const QJsonObject &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO settings (key, json) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    query.exec();
}

QList<LocalAccount> Store::selectLocalAccounts(const QString &whereAndOrder, const QVariantList &values) const
{
    QList<LocalAccount> accounts;
    QSqlQuery &query
        = prepared(u"SELECT %1 FROM local_accounts WHERE %2"_s.arg(QLatin1StringView(LocalAccountColumns), whereAndOrder));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    query.exec();
    while (query.next())
        accounts.append(accountFromQuery(query));
    query.finish();
    return accounts;
}

QSqlQuery &Store::prepared(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_prepared[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}

QList<LocalAccount> Store::localAccounts(const QString &systemId) const
{
    return selectLocalAccounts(u"system_id = ? ORDER BY username"_s, { systemId });
}

std::optional<LocalAccount> Store::managedLocalAccount(const QString &systemId, const QString &userId) const
{
    const QList<LocalAccount> found = selectLocalAccounts(
        u"system_id = ? AND managed = 1 AND managed_user_id = ? ORDER BY username DESC LIMIT 1"_s,
        { systemId, userId });
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<LocalAccount> Store::localAccountsNamedLike(const QString &systemId, const QString &username) const
{
    return selectLocalAccounts(
        u"system_id = ? AND username = ? COLLATE NOCASE ORDER BY username"_s, { systemId, username });
}

int Store::maxLocalUid(const QString &systemId) const
{
    QSqlQuery &query = prepared(u"SELECT MAX(CAST(uid AS INTEGER)) FROM local_accounts WHERE system_id = ?"_s);
    query.bindValue(0, systemId);
    const int uid = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return uid;
}

void Store::putLocalAccount(const LocalAccount &a)
{
    if (!m_putAccount) {
        m_putAccount = std::make_unique<QSqlQuery>(m_db);
        m_putAccount->prepare(
            u"INSERT OR REPLACE INTO local_accounts (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s.arg(
                QLatin1StringView(LocalAccountColumns)));
    }
    QSqlQuery &query = *m_putAccount;
    const auto text = [](const QString &value) { return value.isNull() ? QVariant() : QVariant(value); };
    int column = 0;
    for (const QVariant &value : { QVariant(a.systemId), QVariant(a.username), text(a.uid), text(a.gid),
             text(a.directory), text(a.shell), text(a.type), text(a.uuid), text(a.description), text(a.lastLogin),
             QVariant(a.collectionTime), QVariant(int(a.realUser)), QVariant(int(a.admin)), QVariant(int(a.suspended)),
             QVariant(int(a.managed)), QVariant(int(a.adManaged)), text(a.managedUserId) })
        query.bindValue(column++, value);
    const bool ok = query.exec();
    query.finish();
    if (!ok)
        qCWarning(lcSandbox) << "local account" << query.lastError().text();
}

void Store::removeLocalAccounts(const QString &systemId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM local_accounts WHERE system_id = ?"_s);
    query.addBindValue(systemId);
    query.exec();
}

QList<LocalAccount> Store::listLocalAccounts(const QStringList &systemIds, const QStringList &usernames,
    const QString &orderBy, int limit, int skip, qint64 *total) const
{
    QStringList where;
    QVariantList binds;
    const auto addIn = [&](const QString &column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &value : values) {
            marks.append(u"?"_s);
            binds.append(value);
        }
        where.append(u"%1 IN (%2)"_s.arg(column, marks.join(u","_s)));
    };
    addIn(u"system_id"_s, systemIds);
    addIn(u"username"_s, usernames);
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    QSqlQuery count(m_db);
    count.prepare(u"SELECT count(*) FROM local_accounts"_s + whereSql);
    for (const QVariant &bind : std::as_const(binds))
        count.addBindValue(bind);
    count.exec();
    *total = count.next() ? count.value(0).toLongLong() : 0;

    QList<LocalAccount> accounts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM local_accounts%2 ORDER BY %3 LIMIT %4 OFFSET %5"_s.arg(
        QLatin1StringView(LocalAccountColumns), whereSql, orderBy, QString::number(limit), QString::number(skip)));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    query.exec();
    while (query.next())
        accounts.append(accountFromQuery(query));
    return accounts;
}
