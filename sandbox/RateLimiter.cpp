#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(int perSecond)
    : m_rate(perSecond)
    , m_tokens(perSecond)
{
    m_clock.start();
}

bool RateLimiter::tryAcquire(int *retryAfterSeconds)
{
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = std::min(m_rate, m_tokens + double(now - m_lastNs) * 1e-9 * m_rate);
    m_lastNs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - m_tokens) / m_rate)));
    return false;
}
