// Full pull sync of the benchmark org from bindery-sandbox on loopback, against a floor: the same
// pages fetched with the same parallelism by a plain QNetworkAccessManager loop (no retries, no
// de-duplication, totals trusted) plus a bulk insert of the same rows with SnapshotWriter. Also
// the rows a no-change re-sync writes and the GUI thread's longest stall while SyncController
// syncs on its worker. Median of 3. Prints figures; never fails on time.
#include "ApiClient.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "SandboxRunner.h"
#include "SnapshotWriter.h"
#include "SyncController.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <deque>

using namespace Qt::StringLiterals;

namespace {

constexpr char Key[] = "bench-key-5b1d0c";
constexpr int Parallel = 6;

// The floor's fetcher: a queue of URLs, `Parallel` in flight, pages planned from the totals, and
// each per-object list queued as soon as the list it hangs off is complete (as the engine does).
class PlainLoop : public QObject
{
public:
    explicit PlainLoop(QString base)
        : m_base(std::move(base))
    {
    }

    int run()
    {
        const auto none = [](const QJsonArray &) {};
        list(u"/api/systemusers"_s, true, 100, none);
        list(
            u"/api/systems"_s, true, 100, [this](const QJsonArray &a) { collect(a, "_id", m_devices); },
            [this, none] {
                for (const QString &id : std::as_const(m_devices))
                    list(u"/api/v2/systems/%1/associations?targets=user"_s.arg(id), false, 100, none);
            });
        list(
            u"/api/v2/usergroups"_s, false, 100, [this](const QJsonArray &a) { collect(a, "id", m_userGroups); },
            [this, none] {
                for (const QString &id : std::as_const(m_userGroups)) {
                    list(u"/api/v2/usergroups/%1/members"_s.arg(id), false, 100, none);
                    list(u"/api/v2/usergroups/%1/associations?targets=system_group"_s.arg(id), false, 100, none);
                }
            });
        list(
            u"/api/v2/systemgroups"_s, false, 100, [this](const QJsonArray &a) { collect(a, "id", m_deviceGroups); },
            [this, none] {
                for (const QString &id : std::as_const(m_deviceGroups))
                    list(u"/api/v2/systemgroups/%1/members"_s.arg(id), false, 100, none);
            });
        list(u"/api/v2/systeminsights/users"_s, false, 10000, none);
        list(u"/api/organizations"_s, true, 100, none);
        enqueue(u"/api/v2/devices/settings/ssao"_s, [](const QJsonDocument &, qint64) {});
        QEventLoop loop;
        m_done = [&loop] { loop.quit(); };
        loop.exec();
        return m_requests;
    }

private:
    using Handler = std::function<void(const QJsonDocument &, qint64 total)>;

    static void collect(const QJsonArray &items, const char *key, QStringList &into)
    {
        for (const QJsonValue &v : items)
            into.append(v.toObject().value(QLatin1StringView(key)).toString());
    }

    // Page 1, then every other page at once from the total; `onAll` once the last page is in.
    void list(const QString &path, bool v1, int limit, std::function<void(const QJsonArray &)> onPage,
        std::function<void()> onAll = {})
    {
        const QString sep = path.contains(u'?') ? u"&"_s : u"?"_s;
        const auto items
            = [v1](const QJsonDocument &d) { return v1 ? d.object().value("results"_L1).toArray() : d.array(); };
        auto remaining = std::make_shared<int>(1);
        auto finishOne = [remaining, onAll] {
            if (--*remaining == 0 && onAll)
                onAll();
        };
        enqueue(path + sep + u"limit=%1&skip=0"_s.arg(limit), [=, this](const QJsonDocument &d, qint64 total) {
            onPage(items(d));
            if (v1)
                total = d.object().value("totalCount"_L1).toInteger();
            for (qint64 skip = limit; skip < total; skip += limit) {
                ++*remaining;
                enqueue(
                    path + sep + u"limit=%1&skip=%2"_s.arg(limit).arg(skip), [=](const QJsonDocument &page, qint64) {
                        onPage(items(page));
                        finishOne();
                    });
            }
            finishOne();
        });
    }

    void enqueue(const QString &pathAndQuery, Handler handler)
    {
        m_queue.push_back({ pathAndQuery, std::move(handler) });
        pump();
    }

    void pump()
    {
        while (m_inFlight < Parallel && !m_queue.empty()) {
            auto [path, handler] = std::move(m_queue.front());
            m_queue.pop_front();
            QNetworkRequest request(QUrl(m_base + path));
            request.setRawHeader("x-api-key", Key);
            request.setRawHeader("Accept", "application/json");
            QNetworkReply *reply = m_network.get(request);
            ++m_inFlight;
            ++m_requests;
            connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
                --m_inFlight;
                reply->deleteLater();
                const qint64 total = reply->rawHeader("x-total-count").toLongLong();
                handler(QJsonDocument::fromJson(reply->readAll()), total);
                pump();
                if (m_inFlight == 0 && m_queue.empty() && m_done)
                    m_done();
            });
        }
    }

    QString m_base;
    QNetworkAccessManager m_network;
    std::deque<std::pair<QString, Handler>> m_queue;
    int m_inFlight = 0;
    int m_requests = 0;
    std::function<void()> m_done;
    QStringList m_devices, m_userGroups, m_deviceGroups;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 totalChanges(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    return query.exec(u"SELECT total_changes()"_s) && query.next() ? query.value(0).toLongLong() : -1;
}

SyncReport syncOnce(const QString &url, CacheDatabase &cache)
{
    QNetworkAccessManager network;
    ApiClientSettings settings;
    settings.maxParallel = Parallel;
    ApiClient client(network, ApiEndpoint::fromString(url).value(), { Key, {} }, settings);
    SyncEngine engine(client, cache);
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    engine.start();
    loop.exec();
    return report;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString seed = qEnvironmentVariable(
        "BINDERY_BENCH_SEED", u"generate:users=50000,devices=20000,user-groups=500,device-groups=300,seed=1"_s);
    const int rounds = qEnvironmentVariableIntValue("BINDERY_BENCH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("BINDERY_BENCH_ROUNDS")
        : 3;
    std::printf("bench_sync: seed %s, %d rounds, %d parallel requests\n", qPrintable(seed), rounds, Parallel);
    QElapsedTimer clock;
    clock.start();
    SandboxRunner sandbox;
    if (!sandbox.start({ u"--seed"_s, seed }, Key, 900000)) {
        std::printf("bench_sync: cannot start the sandbox: %s\n", qPrintable(sandbox.errorText()));
        return 0; // a benchmark reports; it does not fail the run
    }
    std::printf("sandbox seeded and listening in %.1f s at %s\n", clock.elapsed() / 1000.0, qPrintable(sandbox.url()));
    QTemporaryDir dir;

    QList<double> syncSeconds, floorSeconds, fetchSeconds, insertSeconds, stallMs;
    int requests = 0, floorRequests = 0;
    qint64 resyncRows = -1, resyncTotalChanges = -1;
    QMap<QString, qint64> counts;
    for (int round = 1; round <= rounds; ++round) {
        // 1. The sync.
        const QString path = dir.filePath(u"sync-%1.sqlite"_s.arg(round));
        auto cache = std::move(CacheDatabase::open(path).value());
        const SyncReport report = syncOnce(sandbox.url(), *cache);
        if (!report.ok()) {
            std::printf("round %d: sync failed: %s\n", round, qPrintable(report.error.oneLine()));
            continue;
        }
        syncSeconds.append(report.seconds);
        requests = report.requests;
        counts = report.counts;

        // 2. The floor: plain fetch of the same pages, then a bulk insert of the same rows.
        QElapsedTimer floorClock;
        floorClock.start();
        PlainLoop plain(sandbox.url());
        floorRequests = plain.run();
        const double fetched = floorClock.elapsed() / 1000.0;
        const OrgSnapshot rows = CacheReader(*cache).snapshot().value();
        auto bulk = std::move(CacheDatabase::open(dir.filePath(u"bulk-%1.sqlite"_s.arg(round))).value());
        QElapsedTimer insertClock;
        insertClock.start();
        SnapshotWriter(*bulk).replaceSnapshot(rows);
        const double inserted = insertClock.elapsed() / 1000.0;
        fetchSeconds.append(fetched);
        insertSeconds.append(inserted);
        floorSeconds.append(fetched + inserted);

        // 3. A re-sync of the unchanged org.
        const qint64 before = totalChanges(*cache);
        const SyncReport again = syncOnce(sandbox.url(), *cache);
        resyncRows = again.ok() ? again.changes.rowsWritten : -1;
        resyncTotalChanges = totalChanges(*cache) - before;
        cache.reset();

        // 4. The GUI thread while SyncController syncs on its worker: the longest gap between 5 ms ticks.
        SyncController controller;
        SyncConfig config;
        config.endpoint = ApiEndpoint::fromString(sandbox.url()).value();
        config.credentials = { Key, {} };
        config.cachePath = dir.filePath(u"controller-%1.sqlite"_s.arg(round));
        config.client.maxParallel = Parallel;
        controller.setConfig(config);
        QElapsedTimer tick;
        qint64 worst = 0;
        QTimer timer;
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, &app, [&] { worst = std::max(worst, tick.restart()); });
        QEventLoop loop;
        QObject::connect(&controller, &SyncController::finished, &loop, [&loop](const SyncReport &) { loop.quit(); });
        tick.start();
        timer.start(5);
        controller.start();
        loop.exec();
        timer.stop();
        stallMs.append(double(worst));

        std::printf("round %d: sync %.2f s, floor %.2f s (fetch %.2f + insert %.2f), ratio %.2f, re-sync rows %lld, "
                    "GUI max gap %lld ms\n",
            round, report.seconds, fetched + inserted, fetched, inserted, report.seconds / (fetched + inserted),
            resyncRows, worst);
        std::fflush(stdout);
    }

    std::printf("\ncounts:");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf(" %s=%lld", qPrintable(it.key()), it.value());
    const double s = median(syncSeconds), f = median(floorSeconds);
    std::printf("\nmedian of %lld: sync %.2f s | floor %.2f s (fetch %.2f s + bulk insert %.2f s) | ratio %.2f "
                "(target <= 1.5)\n",
        qlonglong(syncSeconds.size()), s, f, median(fetchSeconds), median(insertSeconds), f > 0 ? s / f : 0.0);
    std::printf("requests: sync %d, floor %d\n", requests, floorRequests);
    std::printf("no-change re-sync: %lld object/relation rows written (target 0), %lld SQLite changes in all "
                "(the snapshot's synced_at)\n",
        resyncRows, resyncTotalChanges);
    std::printf("GUI thread max gap between 5 ms ticks during a controller sync: %.0f ms (median; target < 50)\n",
        median(stallMs));
    return 0;
}
