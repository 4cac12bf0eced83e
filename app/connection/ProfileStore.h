#pragma once

#include "ConnectionProfile.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

// The saved connection profiles, in QSettings under the group "connections" (one sub-group per
// profile id). Only what ConnectionProfile holds is written: never a key. Each profile has its
// own cache file, named after its id so renaming a profile keeps its cache.
class ProfileStore
{
public:
    static constexpr auto DuplicateNameCode = "profile-duplicate-name";
    static constexpr auto InvalidCode = "profile-invalid";
    static constexpr auto WriteFailedCode = "profile-write-failed";

    ProfileStore() = default; // the application's QSettings
    // For tests and tools: an INI file of its own.
    explicit ProfileStore(QString iniFile);

    QList<ConnectionProfile> profiles() const; // sorted by name, case-insensitively
    std::optional<ConnectionProfile> profile(const QString &id) const;
    bool isEmpty() const { return profiles().isEmpty(); }

    // Adds or replaces the profile with this id. Refuses a profile without id or name, one whose
    // endpoint is refused, and a name another profile already has (case-insensitive).
    Result<void> save(const ConnectionProfile &profile);
    // Forgets the profile (not its key: that is the CredentialStore's). False when unknown.
    bool remove(const QString &id);

    // The profile the admin connected to last, for "Connect to …" on the start page.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    // The profile's cache file (CacheLocation, one file per profile id).
    static QString cachePath(const ConnectionProfile &profile);

private:
    std::unique_ptr<QSettings> open() const;

    QString m_iniFile;
};
