// Benchmark (ctest label "bench", not part of the normal test run): the 50,000-user generated org.
// Prints seed/start time, the median latency of a page of 100 users, and requests/s for 8 parallel clients
// listing every user and system. Never fails on a time.
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString spec = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : u"generate:users=50000,devices=20000,user-groups=500,device-groups=300,seed=1"_s;
    SandboxProcess sandbox;
    QElapsedTimer timer;
    timer.start();
    if (!sandbox.start({ u"--seed"_s, spec })) {
        std::fprintf(stderr, "sandbox did not start: %s\n", sandbox.standardError().constData());
        return 1;
    }
    std::printf("seed + start (%s): %lld ms\n", qPrintable(spec), timer.elapsed());
    const int users = sandbox.get(u"/sandbox/health"_s).object().value(u"users"_s).toInt();
    const int systems = sandbox.get(u"/sandbox/health"_s).object().value(u"systems"_s).toInt();
    std::printf("org: %d users, %d systems, %d edges, %s local accounts\n", users, systems,
        sandbox.get(u"/sandbox/health"_s).object().value(u"edges"_s).toInt(),
        sandbox.get(u"/api/v2/systeminsights/users"_s).headers.value("x-total-count").constData());

    for (int run = 0; run < 3; ++run) {
        std::vector<double> latencies;
        for (int i = 0; i < 200; ++i) {
            const int skip = (i * 7919) % std::max(1, users - 100);
            QElapsedTimer one;
            one.start();
            const auto reply = sandbox.get(u"/api/systemusers?limit=100&sort=_id&skip=%1"_s.arg(skip));
            latencies.push_back(double(one.nsecsElapsed()) / 1e6);
            if (reply.status != 200)
                std::fprintf(stderr, "page failed: %d\n", reply.status);
        }
        std::sort(latencies.begin(), latencies.end());
        std::printf(
            "run %d: page of 100 users: median %.2f ms, p90 %.2f ms\n", run + 1, latencies[100], latencies[180]);
    }

    // 8 clients, each with its own connection, each listing every user and system page by page.
    for (int run = 0; run < 3; ++run) {
        QStringList paths;
        for (int skip = 0; skip < users; skip += 100)
            paths.append(u"/api/systemusers?limit=100&sort=_id&skip=%1"_s.arg(skip));
        for (int skip = 0; skip < systems; skip += 100)
            paths.append(u"/api/systems?limit=100&sort=_id&skip=%1"_s.arg(skip));
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        int outstanding = 8;
        qint64 done = 0;
        qint64 failed = 0;
        QEventLoop loop;
        QElapsedTimer wall;
        wall.start();
        std::vector<int> next(8, 0);
        std::function<void(int)> issue = [&](int client) {
            if (next[client] >= paths.size()) {
                if (--outstanding == 0)
                    loop.quit();
                return;
            }
            QNetworkRequest request(QUrl(sandbox.baseUrl() + paths[next[client]++]));
            request.setRawHeader("x-api-key", sandbox.apiKey().toUtf8());
            QNetworkReply *reply = clients[client]->get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client] {
                if (reply->error() != QNetworkReply::NoError)
                    ++failed;
                reply->readAll();
                reply->deleteLater();
                ++done;
                issue(client);
            });
        };
        for (int c = 0; c < 8; ++c)
            clients.push_back(std::make_unique<QNetworkAccessManager>());
        for (int c = 0; c < 8; ++c)
            issue(c);
        loop.exec();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        std::printf("run %d: 8 clients listed the whole org: %lld requests in %.2f s = %.0f requests/s (%lld failed)\n",
            run + 1, done, seconds, double(done) / seconds, failed);
    }
    return 0;
}
