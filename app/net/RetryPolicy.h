#pragma once

#include <QByteArray>
#include <QDateTime>
#include <chrono>
#include <optional>

class QRandomGenerator;

// When to try an idempotent request again: exponential backoff with full jitter
// (AWS "Exponential Backoff And Jitter"), so many clients hit by one outage do not come back in
// lock step; a server's Retry-After wins over the computed delay.
struct RetryPolicy
{
    std::chrono::milliseconds base { 500 };
    std::chrono::milliseconds cap { 30'000 };
    int maxAttempts = 6; // including the first
    // A Retry-After longer than this is not waited for: the request fails as rate-limited and
    // says how long the directory asked to wait (a sync must not hang for an hour).
    std::chrono::milliseconds longestRetryAfter { 120'000 };

    // Delay before attempt `attempt + 1`, after `attempt` (1-based) failed: uniform in
    // [0, min(cap, base * 2^(attempt-1))].
    std::chrono::milliseconds backoff(int attempt, QRandomGenerator &random) const;

    // Parses a Retry-After value: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
    static std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
};
