#pragma once

#include <chrono>

// How often a connected org syncs on its own and how long a change waits before it is sent, as the admin set them in
// Preferences (QSettings). Both apply at once, without a restart.
class SessionSettings
{
public:
    static constexpr std::chrono::minutes DefaultSyncInterval { 15 };
    static constexpr std::chrono::minutes MaximumSyncInterval { 24 * 60 };
    static constexpr std::chrono::seconds DefaultSendDelay { 10 };
    static constexpr std::chrono::seconds MaximumSendDelay { 120 };

    // 0: sync only at connection and on demand.
    static std::chrono::minutes syncInterval();
    static void setSyncInterval(std::chrono::minutes interval);
    // 0: send at once (no time for Undo).
    static std::chrono::seconds sendDelay();
    static void setSendDelay(std::chrono::seconds delay);
};
