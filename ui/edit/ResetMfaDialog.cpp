#include "ResetMfaDialog.h"

#include "UserChangeFlows.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ResetMfaDialog::ResetMfaDialog(const QStringList &usernames, QWidget *parent)
    : QDialog(parent)
    , m_days(new QSpinBox(this))
{
    setObjectName(u"resetMfaDialog"_s);
    setWindowTitle(usernames.size() == 1 ? tr("Reset MFA of %1").arg(usernames.first())
                                         : tr("Reset MFA of %n user(s)", nullptr, int(usernames.size())));
    const QString who = UserChangeFlows::nameList(usernames, 5);
    // What the change sends (OutboxRequestMapper): enable_user_portal_multifactor with the period,
    // then resetmfa, which gives the user a new TOTP key and a new enrollment period.
    auto *text = new QLabel(tr("MFA becomes required for %1. Their authenticator app is reset and stops working; they "
                               "must enrol it again within the enrollment period, after which they are locked out of "
                               "the user portal until they do.")
                                .arg(who),
        this);
    text->setObjectName(u"resetMfaText"_s);
    text->setWordWrap(true);
    m_days->setObjectName(u"enrollmentDays"_s);
    m_days->setRange(1, 365);
    m_days->setValue(DefaultDays);
    m_days->setSuffix(tr(" days"));
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Enrollment period:"), this);
    label->setBuddy(m_days);
    form->addRow(label, m_days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset MFA"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

int ResetMfaDialog::enrollmentDays() const
{
    return m_days->value();
}
