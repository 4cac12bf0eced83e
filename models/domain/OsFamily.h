#pragma once

#include <QString>

// The operating-system family decides which naming and takeover rules apply to a device
// (DOMAIN.md: username length limits, case-sensitive takeover on macOS and Linux).
enum class OsFamily { Unknown, MacOS, Windows, Linux };

// Maps the directory's `osFamily`/`os` strings ("darwin", "Mac OS X", "windows", "Ubuntu" …).
OsFamily osFamilyFromApi(const QString &osFamily, const QString &os = {});
// Stable storage key ("macos", "windows", "linux", "unknown"), used in the cache and in exports.
QString osFamilyKey(OsFamily family);
OsFamily osFamilyFromKey(const QString &key);
