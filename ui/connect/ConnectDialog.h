#pragma once

#include "ConnectionProfile.h"
#include "ConnectionTestResult.h"

#include <QDialog>
#include <optional>

class ConnectionTester;
class CredentialStore;
class InlineStatus;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct CredentialResult;

// New or edited connection profile: name, region (or a custom URL), the API key, "Test
// connection" with its outcome inline, and the organisation to use when the key reaches several.
//
// Save is offered once the current settings have passed a test (or, when editing, if neither the
// address nor the key changed). "Save Without Testing" is there for an admin who is offline now,
// but not after a test that proved the settings wrong (wrong key, wrong region, a certificate
// problem, not a directory). The key goes to the CredentialStore, the profile to the
// ProfileStore; a key field left empty while editing keeps the stored key.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(ProfileStore &profiles, CredentialStore &credentials, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setProfile(const ConnectionProfile &profile); // edit this one instead of creating one
    bool isEditing() const { return m_original.has_value(); }
    ConnectionTester &tester() const { return *m_tester; }

    void done(int result) override;

Q_SIGNALS:
    void saved(const ConnectionProfile &profile);

private:
    // What a test depends on; a test result is current while these are unchanged.
    struct Inputs
    {
        ConnectionProfile::Region region = ConnectionProfile::Region::US;
        QString url;
        QByteArray key;
        friend bool operator==(const Inputs &, const Inputs &) = default;
    };

    Inputs currentInputs() const;
    ConnectionProfile::Region currentRegion() const;
    ConnectionProfile fieldsProfile() const; // id, name, region and URL from the fields
    QString nameProblem() const;
    QString urlProblem() const;
    bool formComplete() const;
    bool testIsCurrent() const { return m_lastTestInputs && *m_lastTestInputs == currentInputs(); }
    bool addressUnchanged() const;
    bool canSaveTested() const;
    bool canSaveUntested() const;

    void inputsChanged();
    void updateButtons();
    void updateStoreNote();
    void testConnection();
    void runTest(const QByteArray &key);
    void testFinished(const ConnectionTestResult &result);
    void save(bool tested);
    void keyStored(const ConnectionProfile &profile, bool wroteKey, const CredentialResult &result);

    ProfileStore &m_profiles;
    CredentialStore &m_credentials;
    ConnectionTester *m_tester;
    std::optional<ConnectionProfile> m_original;
    QUuid m_id;

    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_region;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QLineEdit *m_key;
    QCheckBox *m_showKey;
    QLabel *m_storeNote;
    QPushButton *m_test;
    InlineStatus *m_status;
    QLabel *m_orgLabel;
    QComboBox *m_org;
    QPushButton *m_save;
    QPushButton *m_saveUntested;

    std::optional<Inputs> m_testingInputs; // while a test runs
    std::optional<Inputs> m_lastTestInputs;
    ConnectionTestResult m_lastResult;
    bool m_saving = false;
};
