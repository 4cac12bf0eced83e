#include "ConnectionFlow.h"

#include "ConnectDialog.h"
#include "ConnectionManagerDialog.h"
#include "ConnectionTestText.h"
#include "ConnectionTester.h"
#include "FallbackCredentialStore.h"
#include "KeyPromptDialog.h"

#include <QWidget>

ConnectionFlow::ConnectionFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_ownCredentials(FallbackCredentialStore::createDefault())
    , m_credentials(m_ownCredentials.get())
{
}

ConnectionFlow::ConnectionFlow(ProfileStore profiles, CredentialStore &credentials, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_profiles(std::move(profiles))
    , m_credentials(&credentials)
{
}

ConnectionFlow::~ConnectionFlow()
{
    // Dialogs are children of the window and may outlive this object; they use our stores.
    if (m_manager)
        delete m_manager.data();
    const QObjectList children = m_window ? m_window->children() : QObjectList();
    for (QObject *child : children) {
        if (qobject_cast<ConnectDialog *>(child) || qobject_cast<KeyPromptDialog *>(child))
            delete child;
    }
}

std::optional<ConnectionProfile> ConnectionFlow::lastUsedProfile() const
{
    const QString id = m_profiles.lastUsedId();
    return id.isEmpty() ? std::nullopt : m_profiles.profile(id);
}

void ConnectionFlow::setConnectedProfileId(const QString &id)
{
    m_connectedId = id;
    if (m_manager)
        m_manager->setConnectedProfileId(id);
}

void ConnectionFlow::showManager()
{
    if (m_manager) {
        m_manager->raise();
        m_manager->activateWindow();
        return;
    }
    m_manager = new ConnectionManagerDialog(m_profiles, *m_credentials, m_window);
    m_manager->setAttribute(Qt::WA_DeleteOnClose);
    m_manager->setConnectedProfileId(m_connectedId);
    if (const auto last = lastUsedProfile())
        m_manager->selectProfile(last->idString());
    connect(m_manager, &ConnectionManagerDialog::profilesChanged, this, &ConnectionFlow::profilesChanged);
    connect(m_manager, &ConnectionManagerDialog::connectRequested, this,
        [this](const ConnectionProfile &profile) { connectTo(profile.idString()); });
    m_manager->open();
}

void ConnectionFlow::addConnection()
{
    auto *dialog = new ConnectDialog(m_profiles, *m_credentials, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_testTimeout)
        dialog->tester().setTimeout(*m_testTimeout);
    connect(dialog, &ConnectDialog::saved, this, [this](const ConnectionProfile &profile) {
        Q_EMIT profilesChanged();
        connectTo(profile.idString());
    });
    dialog->open();
}

void ConnectionFlow::connectTo(const QString &profileId)
{
    const auto profile = m_profiles.profile(profileId);
    if (!profile)
        return;
    CredentialJob *read = m_credentials->readKey(profile->idString());
    connect(read, &CredentialJob::finished, this, [this, profile = *profile](const CredentialResult &result) {
        if (result.ok())
            return emitTarget(profile, result.key);
        // No key yet (no store on this system, or it was deleted there): ask. Any other trouble
        // with the store is said above the field, and the key is still asked for.
        askForKey(profile,
            result.status == CredentialResult::Status::NotFound ? QString()
                                                                : ConnectionTestText::credentialProblem(result));
    });
}

void ConnectionFlow::askForKey(const ConnectionProfile &profile, const QString &reason)
{
    auto *prompt = new KeyPromptDialog(profile, *m_credentials, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setReason(reason);
    if (m_testTimeout)
        prompt->tester().setTimeout(*m_testTimeout);
    connect(prompt, &QDialog::accepted, this, [this, prompt, profile] { emitTarget(profile, prompt->key()); });
    prompt->open();
}

void ConnectionFlow::emitTarget(const ConnectionProfile &profile, const QByteArray &key)
{
    m_profiles.setLastUsedId(profile.idString());
    ConnectionTarget target;
    target.profile = profile;
    target.credentials = ApiCredentials { key, profile.orgId };
    target.cachePath = ProfileStore::cachePath(profile);
    Q_EMIT connectRequested(target);
}
