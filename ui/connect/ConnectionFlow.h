#pragma once

#include "ConnectionTarget.h"
#include "ProfileStore.h"

#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>
#include <optional>

class ConnectionManagerDialog;
class CredentialStore;
class QWidget;

// What the main window calls to connect: it owns the profile and credential stores, shows the
// connection manager, the new-connection dialog and the key prompt (all window-modal, none
// blocking), and ends every successful path with one signal carrying the profile, the key and
// the cache path. The window then opens the cache and starts the sync; nothing else here knows
// about either.
class ConnectionFlow final : public QObject
{
    Q_OBJECT

public:
    // The application's QSettings and the OS credential store with a session-only fallback.
    explicit ConnectionFlow(QWidget *window);
    // For tests: stores of the caller's choosing (`credentials` must outlive the flow).
    ConnectionFlow(ProfileStore profiles, CredentialStore &credentials, QWidget *window);
    ~ConnectionFlow() override;

    ProfileStore &profiles() { return m_profiles; }
    CredentialStore &credentials() const { return *m_credentials; }

    // File ▸ Connections…
    void showManager();
    // "Connect to an org…" with no profile yet: the new-connection dialog, then connect to it.
    void addConnection();
    // Connects to a saved profile: reads its key, asks for it when there is none.
    void connectTo(const QString &profileId);
    // The last profile connected to, if it still exists (for "Connect to …" on the start page).
    std::optional<ConnectionProfile> lastUsedProfile() const;

    // The profile whose cache the window has open: it cannot be removed meanwhile. Empty: none.
    void setConnectedProfileId(const QString &id);
    // For tests: the connection-test time limit of the dialogs opened from now on.
    void setTestTimeout(std::chrono::milliseconds timeout) { m_testTimeout = timeout; }

Q_SIGNALS:
    void connectRequested(const ConnectionTarget &target);
    void profilesChanged();

private:
    void askForKey(const ConnectionProfile &profile, const QString &reason);
    void emitTarget(const ConnectionProfile &profile, const QByteArray &key);

    QPointer<QWidget> m_window;
    ProfileStore m_profiles;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    CredentialStore *m_credentials;
    QPointer<ConnectionManagerDialog> m_manager;
    QString m_connectedId;
    std::optional<std::chrono::milliseconds> m_testTimeout;
};
