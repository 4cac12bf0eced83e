#pragma once

#include <QWizardPage>

class ImportOutcomeModel;
class ImportSession;
class QLabel;
class QPushButton;
class QTableView;

// Step 7: what happened to every row of the file, and the results file to keep: the file's own columns plus the
// outcome, the message and the new user's id ("Save results CSV…"; cells that would run as spreadsheet formulas are
// neutralised, passwords are never written). "Undo import" takes the batch back: rows not sent are removed, users
// created are deleted again (within 48 hours they are not billed).
class ImportResultsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultsPage)

public:
    explicit ImportResultsPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;

private:
    void refresh();
    void saveResults();
    void undo();

    ImportSession &m_session;
    ImportOutcomeModel *m_model;
    QLabel *m_counts;
    QTableView *m_view;
    QPushButton *m_save;
    QPushButton *m_undo;
    QLabel *m_undoStatus;
};
