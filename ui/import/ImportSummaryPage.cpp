#include "ImportSummaryPage.h"

#include "ImportSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportSummaryPage::ImportSummaryPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_creates(new QLabel(this))
    , m_updates(new QLabel(this))
    , m_bindings(new QLabel(this))
    , m_groups(new QLabel(this))
    , m_staged(new QLabel(this))
    , m_left(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_billing(new QLabel(this))
    , m_offline(new QLabel(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("This is what the import sends to the directory. Nothing has been sent yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_creates->setObjectName(u"importSummaryCreates"_s);
    m_updates->setObjectName(u"importSummaryUpdates"_s);
    m_bindings->setObjectName(u"importSummaryBindings"_s);
    m_groups->setObjectName(u"importSummaryGroups"_s);
    m_staged->setObjectName(u"importSummaryStaged"_s);
    m_left->setObjectName(u"importSummaryLeftOut"_s);
    m_warnings->setObjectName(u"importSummaryWarnings"_s);
    m_billing->setObjectName(u"importBillingReminder"_s);
    m_offline->setObjectName(u"importSummaryOffline"_s);
    for (QLabel *label : { m_warnings, m_billing, m_offline, m_left, m_bindings, m_staged })
        label->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Users created:"), m_creates);
    form->addRow(tr("Users updated:"), m_updates);
    form->addRow(tr("Device bindings:"), m_bindings);
    form->addRow(tr("Group memberships:"), m_groups);
    form->addRow(tr("Staged users:"), m_staged);
    form->addRow(tr("Not imported:"), m_left);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_warnings);
    layout->addWidget(m_billing);
    layout->addWidget(m_offline);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    const ImportSession::CommitSummary s = m_session.commitSummary();
    const QLocale locale;
    m_creates->setText(locale.toString(s.creates));
    m_updates->setText(locale.toString(s.updates));
    m_bindings->setText(s.takeovers > 0 ? tr("%1, of which %2 take over an existing local account")
                                              .arg(locale.toString(s.bindings), locale.toString(s.takeovers))
                                        : locale.toString(s.bindings));
    m_groups->setText(locale.toString(s.groupAdds));
    m_staged->setText(s.staged > 0
            ? tr("%1: they get no access until they are activated").arg(locale.toString(s.staged))
            : locale.toString(0));
    m_left->setText(tr("%1 rows with errors, %2 rows left out or empty")
                        .arg(locale.toString(s.errorRows), locale.toString(s.skipped)));
    QStringList warnings;
    if (s.takeovers > 0)
        warnings << tr("A takeover rewrites the account's password: those people are signed out of their apps, and on "
                       "macOS must log out and in again.");
    if (s.creates + s.updates > 100)
        warnings << tr("A large import takes a few minutes; you can follow every row and stop it.");
    m_warnings->setText(warnings.join(u' '));
    m_warnings->setVisible(!warnings.isEmpty());
    m_billing->setText(tr("Billing: every user created counts towards the organisation's subscription. Users created "
                          "by mistake can be removed within 48 hours without charge — the last page has “Undo "
                          "import”."));
    m_offline->setText(m_session.canPush() ? QString()
                                           : tr("Bindery is not connected to the directory: the import is queued with "
                                                "the pending changes and sent when Bindery is online."));
    m_offline->setVisible(!m_session.canPush());
}

bool ImportSummaryPage::isComplete() const
{
    const ImportSession::CommitSummary s = m_session.commitSummary();
    return s.creates + s.updates > 0;
}
