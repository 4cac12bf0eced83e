#include "ConnectDialog.h"

#include "ConnectionTestText.h"
#include "ConnectionTester.h"
#include "CredentialStore.h"
#include "InlineStatus.h"
#include "ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Region = ConnectionProfile::Region;

namespace {

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace

ConnectDialog::ConnectDialog(ProfileStore &profiles, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_tester(new ConnectionTester(this))
    , m_id(QUuid::createUuid())
    , m_name(new QLineEdit(this))
    , m_nameProblem(problemLabel(u"nameProblem"_s, this))
    , m_region(new QComboBox(this))
    , m_urlLabel(new QLabel(tr("Directory &URL:"), this))
    , m_url(new QLineEdit(this))
    , m_urlProblem(problemLabel(u"urlProblem"_s, this))
    , m_key(new QLineEdit(this))
    , m_showKey(new QCheckBox(tr("Show"), this))
    , m_storeNote(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_status(new InlineStatus(this))
    , m_orgLabel(new QLabel(tr("&Organisation:"), this))
    , m_org(new QComboBox(this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("New Connection"));

    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_region->setObjectName(u"regionCombo"_s);
    for (const Region region : { Region::US, Region::EU, Region::India, Region::Custom })
        m_region->addItem(ConnectionTestText::regionChoice(region), int(region));
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(u"https://console.example.com"_s);
    m_url->setToolTip(tr("The console address of the directory. Use https; plain http is accepted only for a "
                         "directory on this computer."));
    m_key->setObjectName(u"keyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the admin's API key"));
    m_showKey->setObjectName(u"showKeyCheck"_s);
    m_storeNote->setObjectName(u"storeNote"_s);
    m_storeNote->setWordWrap(true);
    m_storeNote->setEnabled(false); // drawn as a secondary note
    m_test->setObjectName(u"testButton"_s);
    m_status->setObjectName(u"testStatus"_s);
    m_org->setObjectName(u"orgCombo"_s);
    m_orgLabel->setBuddy(m_org);
    m_urlLabel->setBuddy(m_url);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameProblem);
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, m_region);
    form->addRow(m_urlLabel, m_url);
    form->addRow(QString(), m_urlProblem);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_storeNote);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_status);
    form->addRow(m_orgLabel, m_org);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_saveUntested = buttons->addButton(tr("Save &Without Testing"), QDialogButtonBox::ActionRole);
    m_saveUntested->setObjectName(u"saveUntestedButton"_s);
    m_saveUntested->setToolTip(tr("Save now and test when the directory can be reached."));
    m_save->setAutoDefault(false);
    m_test->setAutoDefault(false);
    m_saveUntested->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ConnectDialog::inputsChanged);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::inputsChanged);
    connect(m_key, &QLineEdit::textChanged, this, &ConnectDialog::inputsChanged);
    connect(m_org, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateButtons);
    connect(m_showKey, &QCheckBox::toggled, this,
        [this](bool show) { m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_saveUntested, &QPushButton::clicked, this, [this] { save(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectDialog::testFinished);
    connect(&m_credentials, &CredentialStore::availabilityChanged, this, &ConnectDialog::updateStoreNote);

    m_orgLabel->setVisible(false);
    m_org->setVisible(false);
    if (m_credentials.availability() == CredentialStore::Availability::Unknown)
        m_credentials.checkAvailability(); // the note follows through availabilityChanged
    updateStoreNote();
    inputsChanged();
    setMinimumWidth(520);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setProfile(const ConnectionProfile &profile)
{
    m_original = profile;
    m_id = profile.id;
    setWindowTitle(tr("Edit Connection"));
    m_name->setText(profile.name);
    m_region->setCurrentIndex(m_region->findData(int(profile.region)));
    m_url->setText(profile.customUrl);
    m_key->clear();
    m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
    inputsChanged();
}

void ConnectDialog::done(int result)
{
    m_tester->cancel();
    m_key->clear(); // the field's copy of the key goes with the dialog
    QDialog::done(result);
}

Region ConnectDialog::currentRegion() const
{
    return Region(m_region->currentData().toInt());
}

ConnectDialog::Inputs ConnectDialog::currentInputs() const
{
    const Region region = currentRegion();
    return { region, region == Region::Custom ? m_url->text().trimmed() : QString(), m_key->text().trimmed().toUtf8() };
}

ConnectionProfile ConnectDialog::fieldsProfile() const
{
    ConnectionProfile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.region = currentRegion();
    profile.customUrl = profile.region == Region::Custom ? m_url->text().trimmed() : QString();
    return profile;
}

QString ConnectDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return {};
    for (const ConnectionProfile &other : m_profiles.profiles()) {
        if (other.id != m_id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("Another connection is already named “%1”.").arg(name);
    }
    return {};
}

QString ConnectDialog::urlProblem() const
{
    if (currentRegion() != Region::Custom || m_url->text().trimmed().isEmpty())
        return {};
    const auto endpoint = fieldsProfile().endpoint();
    return endpoint ? QString() : tr("This URL cannot be used: %1.").arg(endpoint.error().detail);
}

bool ConnectDialog::formComplete() const
{
    const bool keyGiven = !currentInputs().key.isEmpty() || isEditing();
    return !m_name->text().trimmed().isEmpty() && nameProblem().isEmpty() && fieldsProfile().endpoint().ok()
        && keyGiven;
}

bool ConnectDialog::addressUnchanged() const
{
    if (!m_original)
        return false;
    const Inputs now = currentInputs();
    return now.key.isEmpty() && now.region == m_original->region
        && (now.region != Region::Custom || now.url == m_original->customUrl.trimmed());
}

bool ConnectDialog::canSaveTested() const
{
    if (!formComplete() || m_testingInputs || m_saving)
        return false;
    if (testIsCurrent() && m_lastResult.ok())
        return m_lastResult.organizations.size() < 2 || m_org->currentIndex() >= 0;
    return addressUnchanged();
}

bool ConnectDialog::canSaveUntested() const
{
    if (!formComplete() || m_testingInputs || m_saving || canSaveTested())
        return false;
    // A test that proved these settings wrong is not overruled by saving them anyway.
    return !(testIsCurrent() && m_lastResult.isDefiniteRejection());
}

void ConnectDialog::inputsChanged()
{
    const bool custom = currentRegion() == Region::Custom;
    m_urlLabel->setVisible(custom);
    m_url->setVisible(custom);
    showProblem(m_urlProblem, urlProblem());
    InlineStatus::growWindowToFit(this);
    if (m_lastTestInputs && !testIsCurrent() && !m_testingInputs) {
        // The outcome shown belongs to other settings; the organisation list goes with it.
        m_status->setStatus(InlineStatus::Kind::Information, tr("The settings changed since the last test."));
        m_org->clear();
        m_orgLabel->setVisible(false);
        m_org->setVisible(false);
    }
    updateButtons();
}

void ConnectDialog::updateButtons()
{
    showProblem(m_nameProblem, nameProblem());
    const bool keyAvailable = !currentInputs().key.isEmpty() || isEditing();
    m_test->setEnabled(!m_testingInputs && !m_saving && fieldsProfile().endpoint().ok() && keyAvailable);
    m_save->setEnabled(canSaveTested());
    m_saveUntested->setEnabled(canSaveUntested());
    m_save->setDefault(m_save->isEnabled());
    m_test->setDefault(!m_save->isEnabled());
}

void ConnectDialog::updateStoreNote()
{
    switch (m_credentials.availability()) {
    case CredentialStore::Availability::Unknown:
        m_storeNote->setText(tr("Looking for this system's credential store…"));
        break;
    case CredentialStore::Availability::Unavailable:
        m_storeNote->setText(ConnectionTestText::noStoreNote());
        break;
    case CredentialStore::Availability::Available:
        m_storeNote->setText(m_credentials.isPersistent() ? ConnectionTestText::persistentStoreNote()
                                                          : ConnectionTestText::noStoreNote());
        break;
    }
    m_storeNote->setToolTip(m_credentials.whyNotPersistent());
    InlineStatus::growWindowToFit(this);
}

void ConnectDialog::testConnection()
{
    const QByteArray typed = currentInputs().key;
    if (!typed.isEmpty() || !isEditing())
        return runTest(typed);
    // Editing with the key field left empty: test the stored key without showing it anywhere.
    m_testingInputs = currentInputs();
    m_status->setStatus(InlineStatus::Kind::Busy, tr("Reading the stored key…"));
    updateButtons();
    CredentialJob *read = m_credentials.readKey(m_id.toString(QUuid::WithoutBraces));
    connect(read, &CredentialJob::finished, this, [this](const CredentialResult &result) {
        m_testingInputs.reset();
        if (!result.ok()) {
            m_status->setStatus(InlineStatus::Kind::Warning,
                ConnectionTestText::credentialProblem(result) + u' ' + tr("Enter the key to test the connection."));
            updateButtons();
            return;
        }
        runTest(result.key);
    });
}

void ConnectDialog::runTest(const QByteArray &key)
{
    const auto endpoint = fieldsProfile().endpoint();
    if (!endpoint || key.isEmpty())
        return;
    m_testingInputs = currentInputs();
    m_status->setStatus(InlineStatus::Kind::Busy,
        tr("Testing the connection to %1…").arg(endpoint.value().baseUrl().toDisplayString()));
    updateButtons();
    // No organisation header: the test lists every organisation the key reaches, to choose from.
    m_tester->start(endpoint.value(), ApiCredentials { key, {} }, ConnectionTester::otherRegions(currentRegion()));
}

void ConnectDialog::testFinished(const ConnectionTestResult &result)
{
    m_lastTestInputs = m_testingInputs;
    m_testingInputs.reset();
    m_lastResult = result;
    InlineStatus::Kind kind = InlineStatus::Kind::Warning;
    if (result.ok())
        kind = InlineStatus::Kind::Success;
    else if (result.isDefiniteRejection())
        kind = InlineStatus::Kind::Error;
    m_status->setStatus(kind, ConnectionTestText::testMessage(result));

    m_org->clear();
    const bool choose = result.ok() && result.organizations.size() > 1;
    if (choose) {
        for (const DirectoryOrganization &org : result.organizations)
            m_org->addItem(org.name.isEmpty() ? org.id : org.name, org.id);
        const int previous = m_original ? m_org->findData(m_original->orgId) : -1;
        m_org->setCurrentIndex(std::max(previous, 0));
    }
    m_orgLabel->setVisible(choose);
    m_org->setVisible(choose);
    InlineStatus::growWindowToFit(this);
    // The settings may have changed while the test ran.
    inputsChanged();
}

void ConnectDialog::save(bool tested)
{
    if (tested ? !canSaveTested() : !canSaveUntested())
        return;
    ConnectionProfile profile = fieldsProfile();
    if (tested && testIsCurrent() && m_lastResult.ok()) {
        const auto &orgs = m_lastResult.organizations;
        if (orgs.size() > 1) {
            profile.orgId = m_org->currentData().toString();
            profile.orgName = m_org->currentText();
        } else if (orgs.size() == 1) {
            profile.orgName = orgs.constFirst().name; // a single-tenant admin sends no x-org-id
        }
    } else if (addressUnchanged()) {
        profile.orgId = m_original->orgId;
        profile.orgName = m_original->orgName;
    }
    const QByteArray key = currentInputs().key;
    m_saving = true;
    updateButtons();
    if (key.isEmpty()) // editing, keeping the stored key
        return keyStored(profile, false, {});
    CredentialJob *write = m_credentials.writeKey(profile.idString(), key);
    connect(write, &CredentialJob::finished, this,
        [this, profile](const CredentialResult &result) { keyStored(profile, true, result); });
}

void ConnectDialog::keyStored(const ConnectionProfile &profile, bool wroteKey, const CredentialResult &result)
{
    m_saving = false;
    if (!result.ok()) {
        m_status->setStatus(
            InlineStatus::Kind::Error, ConnectionTestText::credentialProblem(result) + u' ' + tr("Nothing was saved."));
        updateButtons();
        return;
    }
    const auto stored = m_profiles.save(profile);
    if (!stored) {
        if (wroteKey && !isEditing())
            m_credentials.removeKey(profile.idString()); // no key without its profile
        m_status->setStatus(
            InlineStatus::Kind::Error, tr("The connection could not be saved: %1.").arg(stored.error().detail));
        updateButtons();
        return;
    }
    Q_EMIT saved(profile);
    accept();
}
