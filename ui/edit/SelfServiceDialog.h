#pragma once

#include "SelfServiceProvisioning.h"

#include <QDialog>

class CacheDatabase;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// The org's self-service account provisioning (DOMAIN.md): per OS family, whether a person who
// signs in at a device's login window gets a binding created for them, and with which permission
// level. Read from the cache's org settings; OK writes one org.selfService change.
class SelfServiceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SelfServiceDialog(CacheDatabase &cache, QWidget *parent = nullptr);

    QString loadError() const { return m_loadError; }
    SelfServiceProvisioning settings() const;
    const SelfServiceProvisioning &before() const { return m_before; }

    QCheckBox *macEnabled() const { return m_macEnabled; }
    QComboBox *macPermission() const { return m_macPermission; }
    QCheckBox *windowsEnabled() const { return m_windowsEnabled; }
    QComboBox *windowsPermission() const { return m_windowsPermission; }

    void accept() override;

private:
    QWidget *osBox(const QString &title, const QString &conditions, QCheckBox *enabled, QComboBox *permission);
    void update();

    CacheDatabase &m_cache;
    SelfServiceProvisioning m_before;
    QString m_loadError;
    QCheckBox *m_macEnabled;
    QComboBox *m_macPermission;
    QCheckBox *m_windowsEnabled;
    QComboBox *m_windowsPermission;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
