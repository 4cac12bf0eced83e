#include "KeyPromptDialog.h"

#include "ConnectionLogging.h"
#include "ConnectionTestText.h"
#include "ConnectionTester.h"
#include "CredentialStore.h"
#include "InlineStatus.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyPromptDialog::KeyPromptDialog(const ConnectionProfile &profile, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_tester(new ConnectionTester(this))
    , m_reason(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_storeNote(new QLabel(this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"keyPromptDialog"_s);
    setWindowTitle(tr("API Key for %1").arg(profile.name));

    auto *intro = new QLabel(tr("Enter the API key to connect to “%1” (%2).")
                                 .arg(profile.name, ConnectionTestText::profileLocation(profile)),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_reason->setObjectName(u"reasonLabel"_s);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    m_key->setObjectName(u"keyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_storeNote->setObjectName(u"storeNote"_s);
    m_storeNote->setWordWrap(true);
    m_storeNote->setEnabled(false);
    m_storeNote->setText(
        m_credentials.isPersistent() ? ConnectionTestText::persistentStoreNote() : ConnectionTestText::noStoreNote());
    m_storeNote->setToolTip(m_credentials.whyNotPersistent());
    m_status->setObjectName(u"testStatus"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    m_useUntested = buttons->addButton(tr("Use &Without Testing"), QDialogButtonBox::ActionRole);
    m_useUntested->setObjectName(u"useUntestedButton"_s);
    m_useUntested->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    // Full width, outside the form: QFormLayout under-sizes wrapped labels in its field column.
    layout->addWidget(m_storeNote);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_key, &QLineEdit::textChanged, this, [this] {
        m_useUntested->setVisible(false); // it offered the key that was tested, not this one
        updateButtons();
    });
    connect(m_connect, &QPushButton::clicked, this, &KeyPromptDialog::connectClicked);
    connect(m_useUntested, &QPushButton::clicked, this, [this] { storeAndAccept(m_key->text().trimmed().toUtf8()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tester, &ConnectionTester::finished, this, &KeyPromptDialog::testFinished);
    setMinimumWidth(460);
    updateButtons();
}

KeyPromptDialog::~KeyPromptDialog()
{
    m_acceptedKey.clear();
}

void KeyPromptDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void KeyPromptDialog::done(int result)
{
    m_tester->cancel();
    m_key->clear();
    m_testedKey.clear();
    QDialog::done(result);
}

void KeyPromptDialog::updateButtons()
{
    const bool haveKey = !m_key->text().trimmed().isEmpty();
    m_connect->setEnabled(haveKey && !m_busy);
    m_useUntested->setEnabled(haveKey && !m_busy);
    m_key->setEnabled(!m_busy);
}

void KeyPromptDialog::connectClicked()
{
    const QByteArray key = m_key->text().trimmed().toUtf8();
    if (key.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_testedKey = key;
    m_status->setStatus(InlineStatus::Kind::Busy, tr("Testing the key…"));
    updateButtons();
    m_tester->start(m_profile, key);
}

void KeyPromptDialog::testFinished(const ConnectionTestResult &result)
{
    m_busy = false;
    if (result.ok())
        return storeAndAccept(m_testedKey);
    m_status->setStatus(result.isDefiniteRejection() ? InlineStatus::Kind::Error : InlineStatus::Kind::Warning,
        ConnectionTestText::testMessage(result));
    // Offline is not a reason to refuse the admin their cache; a wrong key is.
    m_useUntested->setVisible(!result.isDefiniteRejection());
    updateButtons();
}

void KeyPromptDialog::storeAndAccept(const QByteArray &key)
{
    if (key.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    CredentialJob *write = m_credentials.writeKey(m_profile.idString(), key);
    connect(write, &CredentialJob::finished, this, [this, key](const CredentialResult &result) {
        m_busy = false;
        // A store that refuses the key does not stop this session: the caller holds the key in
        // memory for the connection either way.
        if (!result.ok())
            qCWarning(lcConnection) << "the key could not be kept in the credential store; it is used for this "
                                       "connection only";
        m_acceptedKey = key;
        accept();
    });
}
