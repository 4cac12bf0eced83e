#pragma once

#include <QWizardPage>

class ImportSession;
class QLabel;
class QLineEdit;

// Step 1: which file. Typed, browsed for, or dropped on the window; read in the background as soon as it is chosen.
// Next is available once the file has been read and has a header line.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    explicit ImportFilePage(ImportSession &session, QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;

private:
    void browse();
    void load();
    void showState();

    ImportSession &m_session;
    QLineEdit *m_path;
    QLabel *m_status;
    QString m_loadedPath;
};
