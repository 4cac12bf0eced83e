#pragma once

#include <QWizardPage>

class ImportSession;
class QCheckBox;
class QLabel;
class QTableWidget;

// Step 3: which field each column feeds. Headers named as in the portal's or the extended template are mapped
// already; a header that differs only in case is offered (one click), any other column can be mapped by hand. The
// mapping can be saved and loaded (next month's HR export has the same headers), and both templates can be saved.
// Next needs a Username column, and an Email column unless rows update existing users.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void rebuild();
    void refreshRows();
    void mapColumn(int column, const QString &fieldKey);
    void saveMapping();
    void loadMapping();

    ImportSession &m_session;
    QTableWidget *m_table;
    QCheckBox *m_updateExisting;
    QLabel *m_status;
    QStringList m_fieldKeys; // the combo boxes' choices, "" first
    bool m_updating = false;
};
