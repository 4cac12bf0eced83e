#pragma once

#include <QWizardPage>

class ImportSession;
class QLabel;

// Step 5: what importing will do, before anything is sent: users created and updated, device bindings (and how many
// take over an existing account), group memberships, staged users, rows not imported; and the billing reminder.
// The wizard's commit point: its Next button says "Import" and there is no way back afterwards.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryPage)

public:
    explicit ImportSummaryPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportSession &m_session;
    QLabel *m_creates;
    QLabel *m_updates;
    QLabel *m_bindings;
    QLabel *m_groups;
    QLabel *m_staged;
    QLabel *m_left;
    QLabel *m_warnings;
    QLabel *m_billing;
    QLabel *m_offline;
};
