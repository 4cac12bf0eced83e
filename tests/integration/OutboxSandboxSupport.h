#pragma once

// Shared by the outbox integration tests: sync a cache from bindery-sandbox, push its outbox,
// talk to the sandbox directly (as another admin would), run bindery-cli. Test code, header-only.
#include "ApiClient.h"
#include "CacheDatabase.h"
#include "CacheReader.h"
#include "OutboxPusher.h"
#include "OutboxStore.h"
#include "SyncEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

namespace OutboxSandbox {

using namespace Qt::StringLiterals;

inline constexpr char Key[] = "outbox-integration-key-41d8";

inline ApiClientSettings patientSettings()
{
    ApiClientSettings settings;
    settings.retry.maxAttempts = 8; // --fault-rate 0.1 makes a few failures in a row likely over thousands
    settings.retry.base = std::chrono::milliseconds(100);
    settings.retry.cap = std::chrono::milliseconds(2000);
    return settings;
}

// Runs an event loop until `done` or `timeoutMs`. Not QTest::qWaitFor: it sleeps 10 ms between
// batches of events, which would make a push of 1,000 rows look ten times slower than it is.
template<typename Done>
inline bool runUntil(Done done, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(5);
    deadline.start(timeoutMs);
    if (!done())
        loop.exec();
    return done();
}

inline SyncReport sync(const QString &url, CacheDatabase &cache)
{
    QNetworkAccessManager network;
    ApiClient client(network, ApiEndpoint::fromString(url).value(), { Key, {} }, patientSettings());
    SyncEngine engine(client, cache);
    std::optional<SyncReport> report;
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const SyncReport &r) { report = r; });
    engine.start();
    if (!runUntil([&] { return report.has_value(); }, 120000)) {
        SyncReport timedOut;
        timedOut.error = { 0, u"test-timeout"_s, u"no report"_s, {} };
        return timedOut;
    }
    return *report;
}

inline OutboxPushSummary push(const QString &url, CacheDatabase &cache, ApiClientSettings settings = patientSettings())
{
    QNetworkAccessManager network;
    ApiClient client(network, ApiEndpoint::fromString(url).value(), { Key, {} }, settings);
    OutboxPusher pusher(client, cache);
    std::optional<OutboxPushSummary> summary;
    QObject::connect(&pusher, &OutboxPusher::pushFinished, &pusher, [&](const OutboxPushSummary &s) { summary = s; });
    pusher.start();
    if (!runUntil([&] { return summary.has_value(); }, 120000)) {
        OutboxPushSummary timedOut;
        timedOut.error = { 0, u"test-timeout"_s, u"no summary"_s, {} };
        return timedOut;
    }
    return *summary;
}

inline OrgSnapshot snapshot(CacheDatabase &cache)
{
    return CacheReader(cache).snapshot().value();
}

inline QList<OutboxRow> rows(CacheDatabase &cache)
{
    return OutboxStore(cache).rows().value();
}

inline QString integrity(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString() : u"(failed)"_s;
}

// The sandbox as another admin sees it: plain requests, nothing shared with the code under test.
inline QPair<int, QJsonDocument> http(
    const QString &base, const QByteArray &verb, const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base + path));
    request.setRawHeader("x-api-key", Key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(
        request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()) };
}

struct CliRun
{
    int exitCode = -1;
    QString out, err;
};

inline QProcessEnvironment cliEnvironment(const QByteArray &key)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"BINDERY_TEST_KEY"_s, QString::fromUtf8(key));
    return environment;
}

inline CliRun runCli(const QStringList &arguments, const QByteArray &key = Key)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(key));
    process.start(QStringLiteral(BINDERY_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

inline QStringList pushArguments(const QString &url, const QString &cachePath)
{
    return { u"push"_s, u"--url"_s, url, u"--api-key-env"_s, u"BINDERY_TEST_KEY"_s, u"--cache"_s, cachePath };
}

} // namespace OutboxSandbox
