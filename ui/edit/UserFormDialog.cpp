#include "UserFormDialog.h"

#include "CacheUniqueness.h"
#include "ChangeSaver.h"
#include "DetailsReader.h"
#include "FieldEditor.h"
#include "FieldIssueText.h"
#include "ObjectLookup.h"
#include "OutboxChangeFactory.h"
#include "OutboxStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString fieldLabel(UserField field)
{
    switch (field) {
    case UserField::Username:
        return UserFormDialog::tr("&Username:");
    case UserField::Email:
        return UserFormDialog::tr("&E-mail:");
    case UserField::FirstName:
        return UserFormDialog::tr("&First name:");
    case UserField::LastName:
        return UserFormDialog::tr("&Last name:");
    case UserField::DisplayName:
        return UserFormDialog::tr("&Display name:");
    case UserField::LocalAccountName:
        return UserFormDialog::tr("Local &account:");
    case UserField::EmployeeId:
        return UserFormDialog::tr("Employee &ID:");
    case UserField::JobTitle:
        return UserFormDialog::tr("&Job title:");
    case UserField::Department:
        return UserFormDialog::tr("De&partment:");
    case UserField::Company:
        return UserFormDialog::tr("&Company:");
    case UserField::CostCenter:
        return UserFormDialog::tr("Cost ce&nter:");
    case UserField::EmployeeType:
        return UserFormDialog::tr("Employee t&ype:");
    case UserField::Location:
        return UserFormDialog::tr("L&ocation:");
    case UserField::AlternateEmail:
        return UserFormDialog::tr("Alte&rnate e-mail:");
    case UserField::Description:
        return UserFormDialog::tr("Descrip&tion:");
    case UserField::Password:
        return UserFormDialog::tr("Pass&word:");
    case UserField::Count:
        break;
    }
    return {};
}

QString plainLabel(UserField field)
{
    return fieldLabel(field).remove(u'&').chopped(1);
}

QString policyText(const PasswordPolicy &policy)
{
    if (!policy.known)
        return UserFormDialog::tr("The org's password policy is not in the cache yet; the directory checks the "
                                  "password when the change is sent.");
    QStringList needs;
    if (policy.needsLowercase)
        needs << UserFormDialog::tr("a lower-case letter");
    if (policy.needsUppercase)
        needs << UserFormDialog::tr("an upper-case letter");
    if (policy.needsNumeric)
        needs << UserFormDialog::tr("a digit");
    if (policy.needsSymbolic)
        needs << UserFormDialog::tr("a symbol");
    const QString length = UserFormDialog::tr("at least %n characters", nullptr, policy.minLength);
    return needs.isEmpty() ? UserFormDialog::tr("The org's policy: %1.").arg(length)
                           : UserFormDialog::tr("The org's policy: %1, with %2.").arg(length, needs.join(u", "_s));
}

} // namespace

UserFormDialog::UserFormDialog(CacheDatabase &cache, const QString &userId, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_userId(userId)
{
    setObjectName(u"userFormDialog"_s);
    buildForm();
    load();
    for (int i = 0; i < UserFields::count; ++i) {
        connect(m_editors.at(i), &FieldEditor::edited, this, [this, i] {
            m_touched.at(i) = true;
            revalidate();
        });
    }
    if (m_repeatPassword)
        connect(m_repeatPassword, &FieldEditor::edited, this, &UserFormDialog::revalidate);
    revalidate();
}

UserFormDialog::~UserFormDialog() = default;

FieldEditor *UserFormDialog::editor(UserField field) const
{
    return m_editors.at(std::size_t(field));
}

void UserFormDialog::buildForm()
{
    setWindowTitle(isEdit() ? tr("Edit user") : tr("New user"));
    for (int i = 0; i < UserFields::count; ++i) {
        const auto field = UserField(i);
        m_editors.at(i) = new FieldEditor(UserFields::apiKey(field), this);
        m_editors.at(i)->lineEdit()->setMaxLength(UserFields::maxLength(field) + 1); // one over: the rule says so
    }
    editor(UserField::LocalAccountName)->lineEdit()->setPlaceholderText(tr("Same as the username"));
    editor(UserField::Password)->lineEdit()->setEchoMode(QLineEdit::Password);
    editor(UserField::Password)->lineEdit()->setPlaceholderText(tr("Empty: the user is created staged"));

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"userFormNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    const auto addRow = [this](QFormLayout *form, UserField field) {
        auto *label = new QLabel(fieldLabel(field), this);
        label->setBuddy(editor(field)->lineEdit());
        form->addRow(label, editor(field));
    };

    auto *account = new QGroupBox(tr("Account"), this);
    auto *accountForm = new QFormLayout(account);
    for (const UserField field : { UserField::Username, UserField::LocalAccountName, UserField::Email,
             UserField::FirstName, UserField::LastName, UserField::DisplayName })
        addRow(accountForm, field);
    if (isEdit()) {
        editor(UserField::Password)->hide(); // a password is set on create only
    } else {
        addRow(accountForm, UserField::Password);
        m_repeatPassword = new FieldEditor(u"repeatPassword"_s, this);
        m_repeatPassword->lineEdit()->setEchoMode(QLineEdit::Password);
        auto *repeatLabel = new QLabel(tr("&Repeat password:"), this);
        repeatLabel->setBuddy(m_repeatPassword->lineEdit());
        accountForm->addRow(repeatLabel, m_repeatPassword);
        m_policyHint = new QLabel(this);
        m_policyHint->setObjectName(u"passwordPolicyHint"_s);
        m_policyHint->setWordWrap(true);
        accountForm->addRow(QString(), m_policyHint);
        m_state = new QComboBox(this);
        m_state->setObjectName(u"userState"_s);
        m_state->addItem(tr("Activated — gets access to what is bound to them"), int(UserState::Activated));
        m_state->addItem(tr("Staged — no access until activated"), int(UserState::Staged));
        auto *stateLabel = new QLabel(tr("&State:"), this);
        stateLabel->setBuddy(m_state);
        accountForm->addRow(stateLabel, m_state);
        connect(m_state, &QComboBox::currentIndexChanged, this, &UserFormDialog::revalidate);
    }

    auto *organisation = new QGroupBox(tr("Organisation"), this);
    auto *organisationForm = new QFormLayout(organisation);
    for (const UserField field :
        { UserField::EmployeeId, UserField::JobTitle, UserField::Department, UserField::Company, UserField::CostCenter,
            UserField::EmployeeType, UserField::Location, UserField::AlternateEmail, UserField::Description })
        addRow(organisationForm, field);

    auto *columns = new QHBoxLayout;
    columns->addWidget(account, 1);
    columns->addWidget(organisation, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"userFormStatus"_s);
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isEdit() ? tr("Save changes") : tr("Create user"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserFormDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(columns);
    layout->addLayout(bottom);
    setMinimumWidth(820);
}

void UserFormDialog::load()
{
    m_uniqueness = std::make_unique<CacheUniqueness>(m_cache);
    const ObjectLookup lookup(m_cache);
    if (const auto settings = lookup.settings()) {
        m_policy = settings.value().passwordPolicy;
        m_defaultState = settings.value().manualEntryState;
    }
    if (m_policyHint)
        m_policyHint->setText(policyText(m_policy));
    if (m_state)
        m_state->setCurrentIndex(
            m_state->findData(int(m_defaultState == UserState::Staged ? UserState::Staged : UserState::Activated)));
    if (!isEdit()) {
        m_valid = true;
        return;
    }

    const auto users = lookup.users({ m_userId });
    if (!users || users.value().isEmpty()) {
        m_loadError
            = users ? tr("The user is no longer in the cache; a sync may have removed them.") : users.error().detail;
        return;
    }
    const User &user = users.value().first();
    m_original = UserDraft::fromUser(user);
    for (int i = 0; i < UserFields::count; ++i)
        m_editors.at(i)->setText(m_original.values.at(i));
    setWindowTitle(tr("Edit user %1").arg(user.username));
    m_valid = true;

    // DOMAIN.md: the directory refuses to rename a bound user; say so instead of letting it fail.
    const auto devices = DetailsReader(m_cache).devicesOfUser(m_userId);
    if (devices && !devices.value().isEmpty()) {
        const QString reason = tr("%1 is bound to %n device(s); the directory refuses renaming a bound user. Unbind "
                                  "the devices first to change this.",
            nullptr, int(devices.value().size()))
                                   .arg(user.username);
        editor(UserField::Username)->setLocked(reason);
        editor(UserField::LocalAccountName)->setLocked(tr("Locked for the same reason."));
        editor(UserField::LocalAccountName)->lineEdit()->setToolTip(reason);
    }

    QStringList waiting;
    if (const auto rows = OutboxStore(m_cache).rows()) {
        for (const OutboxRow &row : rows.value()) {
            if (row.objectId == m_userId && row.state != OutboxRow::State::Done)
                waiting << row.summary;
        }
    }
    if (!waiting.isEmpty()) {
        m_notice->setText(tr("%n change(s) to %1 are waiting to be sent (%2). This form shows the values of the last "
                             "sync.",
            nullptr, int(waiting.size()))
                              .arg(user.username, waiting.join(u"; "_s)));
        m_notice->setVisible(true);
    }
}

UserDraft UserFormDialog::currentDraft() const
{
    UserDraft draft;
    for (int i = 0; i < UserFields::count; ++i)
        draft.values.at(i) = m_editors.at(i)->text();
    draft.state = isEdit()                           ? m_original.state
        : draft.value(UserField::Password).isEmpty() ? UserState::Staged
                                                     : UserState(m_state->currentData().toInt());
    return draft;
}

QString UserFormDialog::subjectName() const
{
    return editor(UserField::Username)->text();
}

void UserFormDialog::revalidate()
{
    if (!m_valid) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_status->setText(m_loadError);
        return;
    }
    const UserDraft draft = currentDraft();
    const UserFormRules rules(*m_uniqueness, m_policy);
    UserFormRules::Issues issues
        = rules.check(draft, isEdit() ? UserFormRules::Mode::Edit : UserFormRules::Mode::Create, m_userId);
    if (m_repeatPassword && m_repeatPassword->text() != draft.value(UserField::Password)
        && !m_repeatPassword->text().isEmpty())
        m_repeatPassword->setMessages({ { FieldIssueText::userField(UserField::Password,
                                              { u"password-mismatch"_s, FieldIssue::Severity::Error, {} }, {}),
            true } });
    else if (m_repeatPassword)
        m_repeatPassword->setMessages({});

    QStringList blocking;
    for (int i = 0; i < UserFields::count; ++i) {
        const auto field = UserField(i);
        FieldEditor *fieldEditor = m_editors.at(i);
        if (fieldEditor->isLocked())
            continue;
        // On edit, a value the admin did not change is not theirs to fix: it only warns.
        const bool unchanged = isEdit() && draft.value(field) == m_original.value(field);
        QList<std::pair<QString, bool>> messages;
        bool fieldBlocks = false;
        for (const FieldIssue &issue : issues.at(i)) {
            const bool error = issue.isError() && !unchanged;
            fieldBlocks = fieldBlocks || error;
            messages.append({ FieldIssueText::userField(field, issue, subjectName()), error });
        }
        // An untouched empty field of a new user is not wrong yet, only incomplete.
        const bool show = isEdit() || m_touched.at(i) || !draft.value(field).isEmpty() || field == UserField::Password;
        fieldEditor->setMessages(show ? messages : QList<std::pair<QString, bool>> {});
        if (fieldBlocks)
            blocking << plainLabel(field);
    }
    if (m_state) {
        const bool noPassword = draft.value(UserField::Password).isEmpty();
        m_state->setEnabled(!noPassword);
        const bool wasForced = m_stateForced;
        m_stateForced = noPassword;
        if (noPassword)
            m_state->setCurrentIndex(m_state->findData(int(UserState::Staged)));
        else if (wasForced)
            m_state->setCurrentIndex(m_state->findData(int(m_defaultState)));
    }
    const bool mismatch = m_repeatPassword && m_repeatPassword->text() != draft.value(UserField::Password);
    if (mismatch && !m_repeatPassword->text().isEmpty())
        blocking << tr("Repeat password");

    bool ok = blocking.isEmpty() && !mismatch;
    QString status;
    if (!blocking.isEmpty())
        status = tr("To continue, correct: %1.").arg(blocking.join(u", "_s));
    else if (mismatch)
        status = tr("Repeat the password to confirm it.");
    else if (isEdit() && draft.changedFields(m_original).isEmpty()) {
        status = tr("Nothing changed yet.");
        ok = false;
    }
    m_status->setText(status);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QList<OutboxRow> UserFormDialog::changes() const
{
    if (!m_valid || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return {};
    const UserDraft draft = currentDraft();
    const OutboxChangeFactory factory(OutboxChangeFactory::newBatchId());
    if (!isEdit())
        return { factory.createUser(draft.createFields(), draft.value(UserField::Password)) };
    return { factory.updateUser(m_userId, m_original.value(UserField::Username), draft.changedFields(m_original),
        draft.beforeValues(m_original)) };
}

void UserFormDialog::accept()
{
    if (ChangeSaver::save(this, m_cache, changes(), &m_appendedIds))
        QDialog::accept();
}
