#pragma once

#include <QWizardPage>

class ImportSession;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

// Step 2: how the file is read. Encoding and delimiter are detected; the admin sees the raw text as decoded and the
// first records as split, and can override either (the file is parsed again in the background).
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFormatPage)

public:
    explicit ImportFormatPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showReadOptions(); // the combo boxes show what the session reads the file with
    void optionsChanged();
    void refresh();

    ImportSession &m_session;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QPlainTextEdit *m_raw;
    QTableWidget *m_parsed;
    QLabel *m_notices;
    bool m_updating = false;
};
