#pragma once

// Whether the window shows live data. There is no sync yet, so a cache opens Offline; the sync
// engine will move it to Syncing and Online.
enum class ConnectionState { Offline, Syncing, Online };
