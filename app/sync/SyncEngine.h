#pragma once

#include "ApiError.h"
#include "ApiPager.h"
#include "OrgSnapshot.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiJob;
class CacheDatabase;
class SyncFanOut;

// Pulls the whole org from the directory and, only when every collection came back complete,
// applies it to the cache in one transaction (SnapshotApplier). Lists go out in parallel; the
// per-object lists (group members, group bindings, user–device bindings) start as soon as the
// list they depend on is in. Knows nothing about threads: SyncController runs it on a worker,
// the CLI on its main thread. One engine runs one sync at a time.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // Which side to read user–device edges from: one request (at least) per object on that side,
    // and every edge is visible from both sides (API.md §5), so the smaller side is cheaper.
    enum class BindingSide { Auto, PerDevice, PerUser };

    struct Options
    {
        int pageSize = 100; // v1 and v2 maximum
        int insightsPageSize = 10000; // System Insights allows up to 10000
        int fanOutWindow = 12; // per-object lists in flight per collection
        BindingSide bindingSide = BindingSide::Auto;
        QString orgId; // pick this org from /organizations; empty: the first
    };

    SyncEngine(ApiClient &client, CacheDatabase &cache, Options options, QObject *parent = nullptr);
    SyncEngine(ApiClient &client, CacheDatabase &cache, QObject *parent = nullptr)
        : SyncEngine(client, cache, Options {}, parent)
    {
    }
    ~SyncEngine() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Collection names, as in progress signals and report counts.
    static constexpr auto Users = "users";
    static constexpr auto Devices = "devices";
    static constexpr auto UserGroups = "userGroups";
    static constexpr auto DeviceGroups = "deviceGroups";
    static constexpr auto UserGroupMembers = "userGroupMembers";
    static constexpr auto DeviceGroupMembers = "deviceGroupMembers";
    static constexpr auto UserDeviceBindings = "userDeviceBindings";
    static constexpr auto GroupBindings = "groupBindings";
    static constexpr auto LocalAccounts = "localAccounts";
    static constexpr auto Organization = "organization";
    static constexpr auto SelfService = "selfService";

Q_SIGNALS:
    void progress(const SyncProgress &progress);
    void finished(const SyncReport &report);

private:
    ApiPager *startList(const char *collection, ApiPager::Options options);
    void startFanOut(const char *collection, QStringList sources,
        std::function<ApiPager::Options(const QString &)> make,
        std::function<void(const QString &, const PagedResult &)> consume);
    void onListFinished(const QString &collection, ApiPager *pager);
    void startDependents(const QString &collection);
    void startBindings();
    void checkDone();
    void fail(const ApiError &error);
    void emitProgress(const QString &collection, qint64 fetched, qint64 total, bool force = false);
    OrgSnapshot assemble();

    QPointer<ApiClient> m_client;
    CacheDatabase &m_cache;
    Options m_options;
    QList<QPointer<ApiPager>> m_lists;
    QList<QPointer<SyncFanOut>> m_fanOuts;
    QPointer<ApiJob> m_ssaoJob;
    QSet<QString> m_pending; // collections still running
    QHash<QString, PagedResult> m_results; // finished lists, by collection
    QHash<QString, QElapsedTimer> m_lastProgress;
    QStringList m_warnings;
    QElapsedTimer m_clock;
    int m_requestsAtStart = 0;
    int m_retriesAtStart = 0;
    bool m_running = false;

    // Edges gathered by the fan-outs.
    QList<UserDeviceBinding> m_bindings;
    QList<UserGroupMembership> m_userMembers;
    QList<DeviceGroupMembership> m_deviceMembers;
    QList<GroupBinding> m_groupBindings;
    QJsonObject m_ssao;
};
