#include "SessionSettings.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const auto SyncIntervalKey = "Sync/intervalMinutes"_L1;
const auto SendDelayKey = "Changes/sendDelaySeconds"_L1;

// A hand-edited settings file cannot make Bindery sync in a tight loop or hold changes for hours.
template<typename Duration>
Duration read(QLatin1StringView key, Duration fallback, Duration maximum)
{
    bool ok = false;
    const auto value = QSettings().value(key).toLongLong(&ok);
    if (!ok)
        return fallback;
    return Duration(std::clamp<long long>(value, 0, maximum.count()));
}
} // namespace

std::chrono::minutes SessionSettings::syncInterval()
{
    return read(SyncIntervalKey, DefaultSyncInterval, MaximumSyncInterval);
}

void SessionSettings::setSyncInterval(std::chrono::minutes interval)
{
    QSettings().setValue(
        SyncIntervalKey, qint64(std::clamp(interval, std::chrono::minutes(0), MaximumSyncInterval).count()));
}

std::chrono::seconds SessionSettings::sendDelay()
{
    return read(SendDelayKey, DefaultSendDelay, MaximumSendDelay);
}

void SessionSettings::setSendDelay(std::chrono::seconds delay)
{
    QSettings().setValue(SendDelayKey, qint64(std::clamp(delay, std::chrono::seconds(0), MaximumSendDelay).count()));
}
