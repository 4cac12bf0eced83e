#pragma once

// Small helpers shared by the API client and sync tests (header-only, test code).
#include "ApiClient.h"
#include "ApiJob.h"
#include "FakeNetworkAccessManager.h"

#include <QObject>
#include <memory>

struct JobOutcome
{
    bool done = false;
    bool ok = false;
    ApiError error;
    ApiResponse response;
    int attempts = 0;
};

// The job deletes itself after `finished`; copy what the test needs inside the signal.
inline std::shared_ptr<JobOutcome> watchJob(ApiJob *job)
{
    auto outcome = std::make_shared<JobOutcome>();
    QObject::connect(job, &ApiJob::finished, job, [outcome, job] {
        outcome->done = true;
        outcome->ok = job->succeeded();
        outcome->error = job->error();
        outcome->response = job->response();
        outcome->attempts = job->attempts();
    });
    return outcome;
}

inline ApiClientSettings fastSettings(int maxAttempts = 3)
{
    ApiClientSettings settings;
    settings.retry.base = std::chrono::milliseconds(1);
    settings.retry.cap = std::chrono::milliseconds(5);
    settings.retry.maxAttempts = maxAttempts;
    settings.transferTimeout = std::chrono::milliseconds(5000);
    return settings;
}

inline ApiEndpoint fakeEndpoint()
{
    return ApiEndpoint::fromString(QStringLiteral("http://127.0.0.1:9")).value();
}

inline constexpr char TestApiKey[] = "test-key-5e3cr3t-0123456789";
