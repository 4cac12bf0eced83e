#pragma once

#include "CredentialStore.h"

#include <QHash>

// Keys in this process's memory only: for systems without an OS credential store (the admin is
// asked once per session) and for tests. Nothing is ever written to disk.
class SessionCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit SessionCredentialStore(QObject *parent = nullptr);
    ~SessionCredentialStore() override;

    bool isPersistent() const override { return false; }
    CredentialJob *checkAvailability() override;
    CredentialJob *readKey(const QString &profileId) override;
    CredentialJob *writeKey(const QString &profileId, const QByteArray &key) override;
    CredentialJob *removeKey(const QString &profileId) override;

    // Synchronous view, for the fallback store and tests.
    bool contains(const QString &profileId) const { return m_keys.contains(profileId); }
    int size() const { return int(m_keys.size()); }
    void clear();

private:
    QHash<QString, QByteArray> m_keys;
};
