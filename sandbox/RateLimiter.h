#pragma once

#include <QElapsedTimer>

// Token bucket: N requests per second with a burst of N. Lets clients test their 429 / Retry-After handling.
class RateLimiter
{
public:
    explicit RateLimiter(int perSecond);

    bool enabled() const { return m_rate > 0; }
    // Takes a token; when none is left returns false and the whole seconds until one is available.
    bool tryAcquire(int *retryAfterSeconds);

private:
    double m_rate;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
};
