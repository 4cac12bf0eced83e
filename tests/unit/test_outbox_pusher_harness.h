#pragma once

// The pusher under test over a fake directory and a fresh cache, shared by the pusher tests.
// Test code, header-only.
#include "ApiClient.h"
#include "CacheDatabase.h"
#include "OutboxChangeFactory.h"
#include "OutboxPusher.h"
#include "OutboxStore.h"
#include "TempCache.h"
#include "test_api_client_support.h"
#include "test_outbox_directory.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace OutboxPusherTest {

using Fault = OutboxTestDirectory::Fault;
using Response = FakeNetworkAccessManager::Response;
using State = OutboxRow::State;

struct Harness
{
    Harness()
        : cache(CacheDatabase::open(dir.path()).value())
        , directory(network)
        , client(network, fakeEndpoint(), { TestApiKey, {} }, fastSettings(3))
    {
    }

    qint64 append(const OutboxRow &row) { return OutboxStore(*cache).append(row).value(); }
    OutboxRow row(qint64 id) const
    {
        const QList<OutboxRow> all = OutboxStore(*cache).rows().value();
        for (const OutboxRow &r : all) {
            if (r.id == id)
                return r;
        }
        return {};
    }
    OutboxPushSummary push(OutboxPusher::Options options = {})
    {
        OutboxPusher pusher(client, *cache, options);
        // A real event loop (QTest::qWaitFor sleeps 10 ms between batches of events).
        QSignalSpy finished(&pusher, &OutboxPusher::pushFinished);
        pusher.start();
        if (!finished.wait(20000))
            return {};
        return finished.constFirst().constFirst().value<OutboxPushSummary>();
    }
    int posts(const QString &path) const
    {
        return int(std::count_if(network.requests().cbegin(), network.requests().cend(),
            [&](const FakeNetworkAccessManager::Request &r) { return r.verb == "POST" && r.path == path; }));
    }

    TempCache dir;
    std::unique_ptr<CacheDatabase> cache;
    FakeNetworkAccessManager network;
    OutboxTestDirectory directory;
    ApiClient client;
    OutboxChangeFactory factory { u"test"_s };
};

inline QJsonObject userFields(const QString &username)
{
    return { { u"username"_s, username }, { u"email"_s, QString(username + u"@example.com"_s) } };
}

inline Fault onFirst(int *count, Fault fault)
{
    return (*count)++ == 0 ? fault : Fault::none();
}

} // namespace OutboxPusherTest
