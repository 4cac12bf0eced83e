#pragma once

#include <QWizardPage>

class ImportOutcomeModel;
class ImportSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Step 6: the import running. The batch is queued in the outbox (in the background), then pushed; each row shows its
// outcome as the directory answers, with progress over the rows. Stop ends the push: what was sent stays, the rest
// stays pending in the outbox (sent with the next push, or by importing the same file again). Next once it is over.
class ImportCommitPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCommitPage)

public:
    explicit ImportCommitPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void started(int total);
    void finished(const QString &error);

    ImportSession &m_session;
    ImportOutcomeModel *m_model;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_view;
    QPushButton *m_stop;
};
