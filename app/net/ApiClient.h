#pragma once

#include "ApiClientSettings.h"
#include "ApiCredentials.h"
#include "ApiEndpoint.h"
#include "ApiRequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <chrono>
#include <optional>

class ApiJob;
class QNetworkAccessManager;

// The directory API over one QNetworkAccessManager: builds authenticated requests, runs at
// most `maxParallel` at once (the rest wait in a queue), and retries idempotent ones with
// backoff. A 429 pauses every new request until the directory's Retry-After has passed:
// sending more while rate-limited only earns more 429s.
//
// Lives in the thread of the QNetworkAccessManager it is given; knows nothing of threads.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager &network, ApiEndpoint endpoint, ApiCredentials credentials,
        ApiClientSettings settings = {}, QObject *parent = nullptr);
    ~ApiClient() override;

    // Queues the request; the job reports through ApiJob::finished and deletes itself after.
    ApiJob *send(ApiRequest request);
    // Aborts every running and queued job (each finishes with "cancelled").
    void cancelAll();

    const ApiEndpoint &endpoint() const { return m_endpoint; }
    const ApiClientSettings &settings() const { return m_settings; }
    int requestCount() const { return m_requests; } // attempts put on the wire
    int retryCount() const { return m_retries; }
    int runningCount() const { return m_running; }
    int queuedCount() const { return int(m_queue.size()); }

    // The text with the API key blanked out: for anything that may echo a request back.
    QString redact(QString text) const;
    // For tests: a fixed jitter sequence.
    void seedJitter(quint32 seed) { m_random.seed(seed); }

private:
    friend class ApiJob;
    QNetworkRequest buildRequest(const ApiRequest &request) const;
    // Called by a job when its attempt is over: frees the slot, schedules a retry or not.
    void attemptFinished(ApiJob *job, std::optional<std::chrono::milliseconds> retryDelay, bool rateLimited);
    void jobFinished(ApiJob *job);
    void requeue(ApiJob *job);
    void dispatch();
    std::chrono::milliseconds backoff(int attempt) { return m_settings.retry.backoff(attempt, m_random); }

    QPointer<QNetworkAccessManager> m_network;
    ApiEndpoint m_endpoint;
    ApiCredentials m_credentials;
    ApiClientSettings m_settings;
    QList<QPointer<ApiJob>> m_queue;
    QList<QPointer<ApiJob>> m_active; // running or waiting for a retry
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    qint64 m_pausedUntilMs = 0; // m_clock time before which nothing new is sent (429)
    QTimer m_resume;
    int m_running = 0;
    int m_requests = 0;
    int m_retries = 0;
};
