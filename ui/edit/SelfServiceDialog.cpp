#include "SelfServiceDialog.h"

#include "ChangeSaver.h"
#include "ObjectLookup.h"
#include "OutboxChangeFactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SelfServiceDialog::SelfServiceDialog(CacheDatabase &cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_macEnabled(new QCheckBox(tr("Create accounts on &Mac devices at sign-in"), this))
    , m_macPermission(new QComboBox(this))
    , m_windowsEnabled(new QCheckBox(tr("Create accounts on &Windows devices at sign-in"), this))
    , m_windowsPermission(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"selfServiceDialog"_s);
    setWindowTitle(tr("Self-service account provisioning"));
    if (const auto settings = ObjectLookup(cache).settings())
        m_before = settings.value().selfService;
    else
        m_loadError = settings.error().detail;

    m_macEnabled->setObjectName(u"macEnabled"_s);
    m_macPermission->setObjectName(u"macPermission"_s);
    m_windowsEnabled->setObjectName(u"windowsEnabled"_s);
    m_windowsPermission->setObjectName(u"windowsPermission"_s);
    for (QComboBox *combo : { m_macPermission, m_windowsPermission }) {
        combo->addItem(tr("Standard user"), false);
        combo->addItem(tr("Administrator"), true);
    }
    m_macEnabled->setChecked(m_before.macEnabled);
    m_macPermission->setCurrentIndex(m_before.macAdmin ? 1 : 0);
    m_windowsEnabled->setChecked(m_before.windowsEnabled);
    m_windowsPermission->setCurrentIndex(m_before.windowsAdmin ? 1 : 0);

    auto *intro = new QLabel(tr("When on, a person who signs in at a device's login window with their directory "
                                "credentials gets a local account, and the binding is created for them. It works "
                                "only for users who already exist and have a password; MFA is not asked at that "
                                "first sign-in. It fails when the username matches an account already on the device "
                                "(no takeover)."),
        this);
    intro->setWordWrap(true);
    m_status->setObjectName(u"selfServiceStatus"_s);
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SelfServiceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(
        osBox(tr("macOS"), tr("Only on Macs that have no directory user bound yet."), m_macEnabled, m_macPermission));
    layout->addWidget(
        osBox(tr("Windows"), tr("Also on devices that already have bound users, unless a policy says otherwise."),
            m_windowsEnabled, m_windowsPermission));
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    for (QCheckBox *box : { m_macEnabled, m_windowsEnabled })
        connect(box, &QCheckBox::toggled, this, &SelfServiceDialog::update);
    for (QComboBox *combo : { m_macPermission, m_windowsPermission })
        connect(combo, &QComboBox::currentIndexChanged, this, &SelfServiceDialog::update);
    update();
}

QWidget *SelfServiceDialog::osBox(
    const QString &title, const QString &conditions, QCheckBox *enabled, QComboBox *permission)
{
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    form->addRow(enabled);
    auto *label = new QLabel(tr("Accounts created as:"), box);
    label->setBuddy(permission);
    form->addRow(label, permission);
    auto *note = new QLabel(conditions, box);
    note->setWordWrap(true);
    form->addRow(note);
    return box;
}

SelfServiceProvisioning SelfServiceDialog::settings() const
{
    return { m_macEnabled->isChecked(), m_macPermission->currentData().toBool(), m_windowsEnabled->isChecked(),
        m_windowsPermission->currentData().toBool() };
}

void SelfServiceDialog::update()
{
    m_macPermission->setEnabled(m_macEnabled->isChecked());
    m_windowsPermission->setEnabled(m_windowsEnabled->isChecked());
    const SelfServiceProvisioning now = settings();
    const bool admin = (now.macEnabled && now.macAdmin) || (now.windowsEnabled && now.windowsAdmin);
    QString status = m_loadError;
    if (status.isEmpty() && admin)
        status = tr("Every person who signs in this way becomes an administrator of that device.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_loadError.isEmpty() && now != m_before);
}

void SelfServiceDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    if (ChangeSaver::save(this, m_cache, { factory.setSelfService(settings(), m_before) }))
        QDialog::accept();
}
