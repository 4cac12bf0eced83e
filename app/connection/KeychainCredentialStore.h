#pragma once

#include "CredentialStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

// Keys in the operating system's credential store through QtKeychain: Keychain on macOS,
// Credential Manager on Windows, the Secret Service (over D-Bus) on Linux. QtKeychain's
// plain-text fallback stays off: where no store exists this says so instead of writing the key
// to a file.
//
// Availability is learnt, not assumed: checkAvailability() writes and deletes a throw-away entry
// (reading is not enough: a Secret Service without a usable collection answers "not found" to a
// read and fails only on write). Every operation has a bounded wait, so a store that never answers
// (a D-Bus peer that hangs) reports TimedOut instead of freezing a dialog.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    static constexpr auto DefaultService = "Bindery";

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // `service` names Bindery's entries in the store; tests use their own.
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);

    // How long an operation may take, unlock prompt included. Default 2 minutes.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QString service() const { return m_service; }

    bool isPersistent() const override { return true; }
    CredentialJob *checkAvailability() override;
    CredentialJob *readKey(const QString &profileId) override;
    CredentialJob *writeKey(const QString &profileId, const QByteArray &key) override;
    CredentialJob *removeKey(const QString &profileId) override;

    // The store's entry name for a profile's key.
    static QString entryName(const QString &profileId);

private:
    // Runs `keychainJob` on behalf of `job`, bounded by the timeout; an answer after the timeout
    // is dropped.
    void run(QKeychain::Job *keychainJob, CredentialJob *job, CredentialJob::Kind kind);
    CredentialResult resultFor(const QKeychain::Job &keychainJob, CredentialJob::Kind kind);
    void probeWritten(CredentialJob *job, const CredentialResult &written);
    // Once the store is known to be missing, operations say so at once instead of asking D-Bus
    // (which may take the whole timeout) again; checkAvailability() asks afresh.
    CredentialJob *unavailableJob(CredentialJob::Kind kind, const QString &profileId);

    QString m_service;
    std::chrono::milliseconds m_timeout { 120'000 };
};
