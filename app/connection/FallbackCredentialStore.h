#pragma once

#include "CredentialStore.h"

#include <functional>
#include <memory>

class SessionCredentialStore;

// What the app uses: the OS store when this system has one, else keys in memory for this
// session only (the admin is asked again next time; the key is never written anywhere).
// isPersistent() says which, once the first operation or checkAvailability() has found out.
// A key entered in this session wins over the OS store until it is written there or removed.
class FallbackCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit FallbackCredentialStore(std::unique_ptr<CredentialStore> primary, QObject *parent = nullptr);
    ~FallbackCredentialStore() override;
    // Over a KeychainCredentialStore.
    static std::unique_ptr<FallbackCredentialStore> createDefault(QObject *parent = nullptr);

    CredentialStore &primary() const { return *m_primary; }
    SessionCredentialStore &session() const { return *m_session; }

    bool isPersistent() const override;
    QString whyNotPersistent() const override;
    CredentialJob *checkAvailability() override;
    CredentialJob *readKey(const QString &profileId) override;
    CredentialJob *writeKey(const QString &profileId, const QByteArray &key) override;
    CredentialJob *removeKey(const QString &profileId) override;

private:
    // Runs `next` once the primary store's availability is known (at once if it is).
    void afterCheck(CredentialJob *job, std::function<void()> next);
    // `outer` finishes with `inner`'s result.
    static void forward(CredentialJob *inner, CredentialJob *outer);
    void primaryAvailabilityChanged();

    std::unique_ptr<CredentialStore> m_primary;
    std::unique_ptr<SessionCredentialStore> m_session;
};
