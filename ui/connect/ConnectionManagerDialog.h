#pragma once

#include "ConnectionProfile.h"

#include <QDialog>
#include <optional>

class CredentialStore;
class InlineStatus;
class ProfileStore;
class QPushButton;
class QTreeWidget;

// File ▸ Connections…: the saved profiles (name, region, organisation) with Add, Edit, Remove
// and Connect. Removing also deletes the profile's stored key and its cache file. The profile the
// window is connected to cannot be removed (its cache is open).
class ConnectionManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionManagerDialog(ProfileStore &profiles, CredentialStore &credentials, QWidget *parent = nullptr);
    ~ConnectionManagerDialog() override;

    void setConnectedProfileId(const QString &id);
    void reload(); // re-reads the profiles, keeping the selection
    QString selectedId() const;
    void selectProfile(const QString &id);

    void addProfile();
    void editSelected();
    void removeSelected();
    void connectSelected();

Q_SIGNALS:
    void connectRequested(const ConnectionProfile &profile);
    void profilesChanged();

private:
    void updateButtons();
    void updateStoreNote();
    void openEditor(const std::optional<ConnectionProfile> &profile);

    ProfileStore &m_profiles;
    CredentialStore &m_credentials;
    QString m_connectedId;
    QTreeWidget *m_list;
    InlineStatus *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_connect;
};
