#include "SyncEngine.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "CacheDatabase.h"
#include "DirectoryJsonMapper.h"
#include "SnapshotApplier.h"
#include "SyncFanOut.h"
#include "SyncLogging.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using V = ApiEndpoint::Version;
using Shape = ApiPager::Shape;

namespace {

QString str(const char *name)
{
    return QString::fromLatin1(name);
}

QString targetType(const QJsonObject &connection)
{
    return connection.value("to"_L1).toObject().value("type"_L1).toString();
}

ApiPager::Options graphList(const QString &path, const QString &targets, int pageSize)
{
    ApiPager::Options options;
    options.version = V::V2;
    options.path = path;
    options.shape = Shape::V2Array;
    options.pageSize = pageSize;
    // The graph lists have no sort parameter in the spec; their order is the edge order.
    options.key = &ApiPager::connectionTargetId;
    if (!targets.isEmpty())
        options.query.addQueryItem(u"targets"_s, targets);
    return options;
}

} // namespace

SyncEngine::SyncEngine(ApiClient &client, CacheDatabase &cache, Options options, QObject *parent)
    : QObject(parent)
    , m_client(&client)
    , m_cache(cache)
    , m_options(std::move(options))
{
}

SyncEngine::~SyncEngine()
{
    if (m_running)
        cancel();
}

void SyncEngine::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_clock.start();
    m_requestsAtStart = m_client->requestCount();
    m_retriesAtStart = m_client->retryCount();
    m_results.clear();
    m_warnings.clear();
    m_bindings.clear();
    m_userMembers.clear();
    m_deviceMembers.clear();
    m_groupBindings.clear();
    m_ssao = {};
    m_pending = { str(Organization), str(SelfService), str(Users), str(Devices), str(UserGroups), str(DeviceGroups),
        str(LocalAccounts), str(UserGroupMembers), str(GroupBindings), str(DeviceGroupMembers),
        str(UserDeviceBindings) };
    qCInfo(lcSync) << "sync started against" << m_client->endpoint().baseUrl().toDisplayString();

    const int page = m_options.pageSize;
    startList(Organization, { V::V1, u"/organizations"_s, {}, Shape::V1Envelope, page, u"_id"_s, {}, 3 });
    startList(Users, { V::V1, u"/systemusers"_s, {}, Shape::V1Envelope, page, u"_id"_s, {}, 3 });
    startList(Devices, { V::V1, u"/systems"_s, {}, Shape::V1Envelope, page, u"_id"_s, {}, 3 });
    startList(UserGroups, { V::V2, u"/usergroups"_s, {}, Shape::V2Array, page, u"id"_s, {}, 3 });
    startList(DeviceGroups, { V::V2, u"/systemgroups"_s, {}, Shape::V2Array, page, u"id"_s, {}, 3 });
    // Local accounts are keyed by device and name; System Insights has no id of its own.
    startList(LocalAccounts,
        { V::V2, u"/systeminsights/users"_s, {}, Shape::V2Array, m_options.insightsPageSize, u"system_id,username"_s,
            [](const QJsonObject &row) -> QString {
                return row.value("system_id"_L1).toString() + QChar(0x1f) + row.value("username"_L1).toString();
            },
            2 });

    m_ssaoJob = m_client->send(ApiRequest::get(V::V2, u"/devices/settings/ssao"_s));
    connect(m_ssaoJob, &ApiJob::finished, this, [this, job = m_ssaoJob.data()] {
        if (!m_running)
            return;
        if (job->succeeded()) {
            m_ssao = job->response().json.object();
        } else if (job->error().httpStatus == 404) {
            // Not every directory offers the setting; the defaults (off) are the truth then.
            m_warnings.append(u"self-service provisioning settings are not available (404)"_s);
        } else {
            return fail(job->error());
        }
        m_pending.remove(str(SelfService));
        emitProgress(str(SelfService), 1, 1, true);
        checkDone();
    });
}

ApiPager *SyncEngine::startList(const char *collection, ApiPager::Options options)
{
    auto *pager = new ApiPager(*m_client, std::move(options), this);
    m_lists.append(pager);
    const QString name = str(collection);
    connect(pager, &ApiPager::progress, this,
        [this, name](qint64 fetched, qint64 total) { emitProgress(name, fetched, total); });
    connect(pager, &ApiPager::finished, this, [this, name, pager] { onListFinished(name, pager); });
    pager->start();
    return pager;
}

void SyncEngine::onListFinished(const QString &collection, ApiPager *pager)
{
    m_lists.removeAll(pager);
    pager->deleteLater();
    if (!m_running)
        return;
    if (!pager->error().isNull())
        return fail(pager->error());
    PagedResult result = pager->result();
    if (result.shortOfTotal()) {
        return fail({ 0, str(ApiError::Incomplete),
            u"%1: fetched %2 of the %3 the directory reported"_s.arg(collection)
                .arg(result.items.size())
                .arg(result.reportedTotal),
            pager->options().path });
    }
    if (result.countMismatch())
        m_warnings.append(u"%1: fetched %2, the directory reported %3"_s.arg(collection)
                              .arg(result.items.size())
                              .arg(result.reportedTotal));
    if (result.duplicates > 0)
        m_warnings.append(u"%1: %2 items appeared on more than one page"_s.arg(collection).arg(result.duplicates));
    emitProgress(collection, result.items.size(), result.items.size(), true);
    m_results.insert(collection, std::move(result));
    m_pending.remove(collection);
    startDependents(collection);
    checkDone();
}

void SyncEngine::startFanOut(const char *collection, QStringList sources,
    std::function<ApiPager::Options(const QString &)> make,
    std::function<void(const QString &, const PagedResult &)> consume)
{
    const QString name = str(collection);
    auto *fanOut = new SyncFanOut(
        *m_client, std::move(sources), std::move(make), std::move(consume), m_options.fanOutWindow, this);
    m_fanOuts.append(fanOut);
    connect(fanOut, &SyncFanOut::progress, this,
        [this, name](int completed, int total) { emitProgress(name, completed, total, completed == total); });
    connect(fanOut, &SyncFanOut::finished, this, [this, name, fanOut] {
        m_fanOuts.removeAll(fanOut);
        fanOut->deleteLater();
        if (!m_running)
            return;
        if (!fanOut->error().isNull())
            return fail(fanOut->error());
        m_pending.remove(name);
        checkDone();
    });
    fanOut->start();
}

void SyncEngine::startDependents(const QString &collection)
{
    const int page = m_options.pageSize;
    const auto idsOf = [this](const char *name, const char *key) {
        QStringList ids;
        const auto &items = m_results.value(str(name)).items;
        ids.reserve(items.size());
        for (const QJsonObject &item : items)
            ids.append(item.value(QLatin1StringView(key)).toString());
        return ids;
    };
    if (collection == str(UserGroups)) {
        const QStringList groups = idsOf(UserGroups, "id");
        startFanOut(
            UserGroupMembers, groups,
            [page](const QString &id) { return graphList(u"/usergroups/%1/members"_s.arg(id), {}, page); },
            [this](const QString &groupId, const PagedResult &result) {
                for (const QJsonObject &item : result.items) {
                    if (const QString type = targetType(item); type.isEmpty() || type == u"user")
                        m_userMembers.append({ groupId, ApiPager::connectionTargetId(item) });
                }
            });
        startFanOut(
            GroupBindings, groups,
            [page](const QString &id) {
                return graphList(u"/usergroups/%1/associations"_s.arg(id), u"system_group"_s, page);
            },
            [this](const QString &groupId, const PagedResult &result) {
                for (const QJsonObject &item : result.items) {
                    if (const QString type = targetType(item); type.isEmpty() || type == u"system_group")
                        m_groupBindings.append({ groupId, ApiPager::connectionTargetId(item) });
                }
            });
    } else if (collection == str(DeviceGroups)) {
        startFanOut(
            DeviceGroupMembers, idsOf(DeviceGroups, "id"),
            [page](const QString &id) { return graphList(u"/systemgroups/%1/members"_s.arg(id), {}, page); },
            [this](const QString &groupId, const PagedResult &result) {
                for (const QJsonObject &item : result.items) {
                    if (const QString type = targetType(item); type.isEmpty() || type == u"system")
                        m_deviceMembers.append({ groupId, ApiPager::connectionTargetId(item) });
                }
            });
    } else if ((collection == str(Users) || collection == str(Devices)) && m_results.contains(str(Users))
        && m_results.contains(str(Devices))) {
        startBindings();
    }
}

void SyncEngine::startBindings()
{
    const qsizetype users = m_results.value(str(Users)).items.size();
    const qsizetype devices = m_results.value(str(Devices)).items.size();
    bool perDevice = m_options.bindingSide == BindingSide::PerDevice;
    if (m_options.bindingSide == BindingSide::Auto)
        perDevice = devices <= users;
    const int page = m_options.pageSize;
    QStringList sources;
    for (const QJsonObject &item : m_results.value(str(perDevice ? Devices : Users)).items)
        sources.append(item.value("_id"_L1).toString());
    qCDebug(lcSync) << "reading user–device bindings per" << (perDevice ? "device" : "user") << "(" << sources.size()
                    << "lists)";
    if (perDevice) {
        startFanOut(
            UserDeviceBindings, sources,
            [page](const QString &id) { return graphList(u"/systems/%1/associations"_s.arg(id), u"user"_s, page); },
            [this](const QString &deviceId, const PagedResult &result) {
                for (const QJsonObject &item : result.items) {
                    if (const QString type = targetType(item); !type.isEmpty() && type != u"user")
                        continue;
                    UserDeviceBinding binding { ApiPager::connectionTargetId(item), deviceId };
                    DirectoryJsonMapper::sudoOf(item, &binding.sudoEnabled, &binding.sudoWithoutPassword);
                    m_bindings.append(binding);
                }
            });
    } else {
        startFanOut(
            UserDeviceBindings, sources,
            [page](const QString &id) { return graphList(u"/users/%1/associations"_s.arg(id), u"system"_s, page); },
            [this](const QString &userId, const PagedResult &result) {
                for (const QJsonObject &item : result.items) {
                    if (const QString type = targetType(item); !type.isEmpty() && type != u"system")
                        continue;
                    UserDeviceBinding binding { userId, ApiPager::connectionTargetId(item) };
                    DirectoryJsonMapper::sudoOf(item, &binding.sudoEnabled, &binding.sudoWithoutPassword);
                    m_bindings.append(binding);
                }
            });
    }
}

void SyncEngine::emitProgress(const QString &collection, qint64 fetched, qint64 total, bool force)
{
    // A fan-out over 20,000 devices reports 20,000 times; a status bar needs ten a second.
    QElapsedTimer &last = m_lastProgress[collection];
    if (!force && last.isValid() && last.elapsed() < 100)
        return;
    last.start();
    Q_EMIT progress({ collection, fetched, total });
}

void SyncEngine::checkDone()
{
    if (!m_running || !m_pending.isEmpty())
        return;
    const OrgSnapshot snapshot = assemble();
    if (!m_running) // assemble may fail (no organization)
        return;
    SnapshotApplier applier(m_cache);
    QElapsedTimer applyClock;
    applyClock.start();
    Result<ChangeSet> applied = applier.apply(snapshot);
    if (!applied)
        return fail({ 0, applied.error().code, applied.error().detail, {} });
    qCInfo(lcSync) << "applied in" << applyClock.elapsed() << "ms:" << applied.value().rowsWritten << "rows written";

    SyncReport report;
    report.counts = { { str(Users), snapshot.users.size() }, { str(Devices), snapshot.devices.size() },
        { str(UserGroups), snapshot.userGroups.size() }, { str(DeviceGroups), snapshot.deviceGroups.size() },
        { str(UserGroupMembers), snapshot.userGroupMemberships.size() },
        { str(DeviceGroupMembers), snapshot.deviceGroupMemberships.size() },
        { str(UserDeviceBindings), snapshot.userDeviceBindings.size() },
        { str(GroupBindings), snapshot.groupBindings.size() }, { str(LocalAccounts), snapshot.localAccounts.size() } };
    report.changes = std::move(applied.value());
    m_running = false;
    report.requests = m_client ? m_client->requestCount() - m_requestsAtStart : 0;
    report.retries = m_client ? m_client->retryCount() - m_retriesAtStart : 0;
    report.seconds = m_clock.elapsed() / 1000.0;
    report.warnings = m_warnings;
    for (const QString &warning : std::as_const(m_warnings))
        qCInfo(lcSync).noquote() << "warning:" << warning;
    Q_EMIT finished(report);
}

OrgSnapshot SyncEngine::assemble()
{
    OrgSnapshot s;
    const auto items = [this](const char *name) -> const QList<QJsonObject> & { return m_results[str(name)].items; };
    QSet<QString> userIds, deviceIds, userGroupIds, deviceGroupIds;
    for (const QJsonObject &j : items(Users)) {
        s.users.append(DirectoryJsonMapper::user(j));
        userIds.insert(s.users.constLast().id);
    }
    for (const QJsonObject &j : items(Devices)) {
        s.devices.append(DirectoryJsonMapper::device(j));
        deviceIds.insert(s.devices.constLast().id);
    }
    for (const QJsonObject &j : items(UserGroups)) {
        s.userGroups.append(DirectoryJsonMapper::userGroup(j));
        userGroupIds.insert(s.userGroups.constLast().id);
    }
    for (const QJsonObject &j : items(DeviceGroups)) {
        s.deviceGroups.append(DirectoryJsonMapper::deviceGroup(j));
        deviceGroupIds.insert(s.deviceGroups.constLast().id);
    }

    // An edge whose end is not in the lists appeared or lost its end while we paged: dropping it
    // keeps the snapshot consistent with its own lists; the next sync picks it up.
    const auto keepIf = [this](auto &out, const auto &in, auto valid, const QString &what) {
        int dropped = 0;
        for (const auto &edge : in) {
            if (valid(edge))
                out.append(edge);
            else
                ++dropped;
        }
        if (dropped > 0)
            m_warnings.append(u"%1: %2 dropped because an end was not in the lists"_s.arg(what).arg(dropped));
    };
    keepIf(
        s.userDeviceBindings, m_bindings,
        [&](const UserDeviceBinding &b) { return userIds.contains(b.userId) && deviceIds.contains(b.deviceId); },
        str(UserDeviceBindings));
    keepIf(
        s.userGroupMemberships, m_userMembers,
        [&](const UserGroupMembership &m) { return userGroupIds.contains(m.groupId) && userIds.contains(m.userId); },
        str(UserGroupMembers));
    keepIf(
        s.deviceGroupMemberships, m_deviceMembers,
        [&](const DeviceGroupMembership &m) {
            return deviceGroupIds.contains(m.groupId) && deviceIds.contains(m.deviceId);
        },
        str(DeviceGroupMembers));
    keepIf(
        s.groupBindings, m_groupBindings,
        [&](const GroupBinding &b) {
            return userGroupIds.contains(b.userGroupId) && deviceGroupIds.contains(b.deviceGroupId);
        },
        str(GroupBindings));
    QList<LocalAccount> accounts;
    for (const QJsonObject &j : items(LocalAccounts))
        accounts.append(DirectoryJsonMapper::localAccount(j));
    keepIf(
        s.localAccounts, accounts, [&](const LocalAccount &a) { return deviceIds.contains(a.deviceId); },
        str(LocalAccounts));

    const QList<QJsonObject> &orgs = items(Organization);
    const QJsonObject *org = nullptr;
    for (const QJsonObject &candidate : orgs) {
        const QString id = candidate.value("_id"_L1).toString();
        if (!org || (!m_options.orgId.isEmpty() && id == m_options.orgId))
            org = &candidate;
    }
    if (!org) {
        fail({ 0, str(ApiError::InvalidResponse), u"the directory listed no organization for this key"_s,
            u"/api/organizations"_s });
        return s;
    }
    s.settings = DirectoryJsonMapper::orgSettings(*org);
    s.settings.selfService = DirectoryJsonMapper::selfService(m_ssao);
    s.syncedAt = QDateTime::currentDateTimeUtc();
    s.sourceUrl = m_client ? m_client->endpoint().baseUrl().toString() : QString();
    return s;
}

void SyncEngine::cancel()
{
    fail({ 0, str(ApiError::Cancelled), u"the sync was cancelled"_s, {} });
}

void SyncEngine::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    for (const QPointer<ApiPager> &pager : std::exchange(m_lists, {})) {
        if (pager)
            pager->abort();
    }
    for (const QPointer<SyncFanOut> &fanOut : std::exchange(m_fanOuts, {})) {
        if (fanOut)
            fanOut->abort();
    }
    if (m_ssaoJob)
        m_ssaoJob->abort();
    SyncReport report;
    report.error = error;
    report.requests = m_client ? m_client->requestCount() - m_requestsAtStart : 0;
    report.retries = m_client ? m_client->retryCount() - m_retriesAtStart : 0;
    report.seconds = m_clock.elapsed() / 1000.0;
    report.warnings = m_warnings;
    qCWarning(lcSync).noquote() << "sync failed; the cache keeps the previous snapshot:"
                                << (m_client ? m_client->redact(error.oneLine()) : error.oneLine());
    Q_EMIT finished(report);
}
