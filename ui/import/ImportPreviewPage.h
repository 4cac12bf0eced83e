#pragma once

#include <QWizardPage>

class ImportPreviewFilter;
class ImportPreviewModel;
class ImportSession;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QTableView;

// Step 4: every row, checked. Cells with a problem are coloured with an icon and say what is wrong in their tooltip
// (and below the table for the current row); filters show only errors, warnings or clean rows; a cell can be
// corrected in place (the row, and rows sharing a value with it, are checked again at once); a row can be left
// out. Rows with errors are never imported. Next needs the check to be done and at least one row to import.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    explicit ImportPreviewPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QTableView *view() const { return m_view; }
    ImportPreviewModel *model() const { return m_model; }
    ImportPreviewFilter *filter() const { return m_filter; }

private:
    void showState();
    void showCurrentIssues();

    ImportSession &m_session;
    ImportPreviewModel *m_model;
    ImportPreviewFilter *m_filter;
    QTableView *m_view;
    QButtonGroup *m_filters;
    QLabel *m_counts;
    QLabel *m_details;
    QProgressBar *m_busy;
};
