#pragma once

#include "ConnectionProfile.h"

#include <QDialog>

class ConnectionTester;
class CredentialStore;
class InlineStatus;
class QLabel;
class QLineEdit;
class QPushButton;
struct ConnectionTestResult;

// Asks for a profile's API key when none can be read: always on a system without a credential
// store (the key then lives in memory for this session only), or when the stored key is gone.
// Connect tests the key first; a definite "no" keeps the dialog open with the reason, a network
// problem offers "Use Without Testing" so the admin can still open the cache and work offline.
class KeyPromptDialog final : public QDialog
{
    Q_OBJECT

public:
    KeyPromptDialog(const ConnectionProfile &profile, CredentialStore &credentials, QWidget *parent = nullptr);
    ~KeyPromptDialog() override;

    // Why the stored key could not be read, shown above the field (empty: none was stored).
    void setReason(const QString &reason);
    ConnectionTester &tester() const { return *m_tester; }
    // After accept(): the key entered. Cleared when the dialog is destroyed.
    QByteArray key() const { return m_acceptedKey; }

    void done(int result) override;

private:
    void connectClicked();
    void testFinished(const ConnectionTestResult &result);
    void storeAndAccept(const QByteArray &key);
    void updateButtons();

    ConnectionProfile m_profile;
    CredentialStore &m_credentials;
    ConnectionTester *m_tester;
    QLabel *m_reason;
    QLineEdit *m_key;
    QLabel *m_storeNote;
    InlineStatus *m_status;
    QPushButton *m_connect;
    QPushButton *m_useUntested;
    QByteArray m_testedKey;
    QByteArray m_acceptedKey;
    bool m_busy = false;
};
