#include "ConnectionManagerDialog.h"

#include "ConnectDialog.h"
#include "ConnectionTestText.h"
#include "CredentialStore.h"
#include "InlineStatus.h"
#include "KeychainCredentialStore.h"
#include "MessageBox.h"
#include "ProfileStore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;

// The cache file and SQLite's companions; false when one exists and cannot be removed.
bool removeCacheFiles(const QString &path)
{
    bool ok = true;
    for (const QString &file : { path, QString(path + u"-wal"_s), QString(path + u"-shm"_s) }) {
        if (QFile::exists(file) && !QFile::remove(file))
            ok = false;
    }
    return ok;
}

} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(ProfileStore &profiles, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_list(new QTreeWidget(this))
    , m_status(new InlineStatus(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(u"connectionManagerDialog"_s);
    setWindowTitle(tr("Connections"));

    m_list->setObjectName(u"profileList"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Name"), tr("Region"), tr("Organisation") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSortingEnabled(false); // the store's order: by name
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_status->setObjectName(u"managerStatus"_s);
    m_add->setObjectName(u"addButton"_s);
    m_edit->setObjectName(u"editButton"_s);
    m_remove->setObjectName(u"removeButton"_s);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ConnectionManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionManagerDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionManagerDialog::removeSelected);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionManagerDialog::connectSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ConnectionManagerDialog::connectSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConnectionManagerDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_credentials, &CredentialStore::availabilityChanged, this, &ConnectionManagerDialog::updateStoreNote);

    if (m_credentials.availability() == CredentialStore::Availability::Unknown)
        m_credentials.checkAvailability();
    reload();
    updateStoreNote();
    resize(640, 360);
}

ConnectionManagerDialog::~ConnectionManagerDialog() = default;

void ConnectionManagerDialog::setConnectedProfileId(const QString &id)
{
    m_connectedId = id;
    reload();
}

QString ConnectionManagerDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void ConnectionManagerDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, IdRole).toString() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void ConnectionManagerDialog::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    for (const ConnectionProfile &profile : m_profiles.profiles()) {
        QString name = profile.name;
        if (profile.idString() == m_connectedId)
            name = tr("%1 (connected)").arg(profile.name);
        auto *item = new QTreeWidgetItem(m_list,
            { name, ConnectionTestText::profileLocation(profile),
                profile.orgName.isEmpty() ? profile.orgId : profile.orgName });
        item->setData(0, IdRole, profile.idString());
        item->setToolTip(1, profile.endpoint() ? profile.endpoint().value().baseUrl().toDisplayString() : QString());
    }
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    if (!selected.isEmpty())
        selectProfile(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void ConnectionManagerDialog::updateButtons()
{
    const QString id = selectedId();
    m_edit->setEnabled(!id.isEmpty());
    m_connect->setEnabled(!id.isEmpty());
    const bool connected = !id.isEmpty() && id == m_connectedId;
    m_remove->setEnabled(!id.isEmpty() && !connected);
    m_remove->setToolTip(connected ? tr("Close this connection before removing it.") : QString());
}

void ConnectionManagerDialog::updateStoreNote()
{
    if (m_credentials.availability() != CredentialStore::Availability::Unknown && !m_credentials.isPersistent())
        m_status->setStatus(InlineStatus::Kind::Information, ConnectionTestText::noStoreNote());
    else if (m_status->kind() == InlineStatus::Kind::Information)
        m_status->clear();
}

void ConnectionManagerDialog::openEditor(const std::optional<ConnectionProfile> &profile)
{
    auto *editor = new ConnectDialog(m_profiles, m_credentials, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (profile)
        editor->setProfile(*profile);
    connect(editor, &ConnectDialog::saved, this, [this](const ConnectionProfile &saved) {
        reload();
        selectProfile(saved.idString());
        Q_EMIT profilesChanged();
    });
    editor->open();
}

void ConnectionManagerDialog::addProfile()
{
    openEditor(std::nullopt);
}

void ConnectionManagerDialog::editSelected()
{
    if (const auto profile = m_profiles.profile(selectedId()))
        openEditor(profile);
}

void ConnectionManagerDialog::removeSelected()
{
    const auto profile = m_profiles.profile(selectedId());
    if (!profile || profile->idString() == m_connectedId)
        return;
    MessageBox::Message question;
    question.icon = QMessageBox::Question;
    question.title = tr("Remove Connection");
    question.text = tr("Remove the connection “%1”?").arg(profile->name.toHtmlEscaped());
    question.informativeText = tr("Its API key is deleted from the credential store and its local copy of the org "
                                  "is deleted from this computer. Changes not yet sent to the directory are lost.");
    question.buttons = MessageBox::Ok | MessageBox::Cancel;
    question.defaultButton = MessageBox::Cancel;
    if (MessageBox::show(this, question) != MessageBox::Ok)
        return;

    const ConnectionProfile removed = *profile;
    m_profiles.remove(removed.idString());
    const bool cacheRemoved = removeCacheFiles(ProfileStore::cachePath(removed));
    reload();
    Q_EMIT profilesChanged();
    CredentialJob *job = m_credentials.removeKey(removed.idString());
    connect(job, &CredentialJob::finished, this, [this, removed, cacheRemoved](const CredentialResult &result) {
        QStringList problems;
        if (!result.ok())
            problems.append(tr("Its key could not be deleted from the credential store: %1 Delete the entry "
                               "“%2” there by hand.")
                                .arg(ConnectionTestText::credentialProblem(result),
                                    KeychainCredentialStore::entryName(removed.idString())));
        if (!cacheRemoved)
            problems.append(tr("Its cache file could not be deleted: %1").arg(ProfileStore::cachePath(removed)));
        if (problems.isEmpty())
            m_status->setStatus(InlineStatus::Kind::Success, tr("Removed “%1”.").arg(removed.name));
        else
            m_status->setStatus(
                InlineStatus::Kind::Warning, tr("Removed “%1”.").arg(removed.name) + u' ' + problems.join(u' '));
    });
}

void ConnectionManagerDialog::connectSelected()
{
    const auto profile = m_profiles.profile(selectedId());
    if (!profile)
        return;
    Q_EMIT connectRequested(*profile);
    accept();
}
