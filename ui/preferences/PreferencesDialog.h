#pragma once

#include <QDialog>

class QComboBox;

// Preferences: for now the interface language, applied at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    // Stores the choices; called on OK.
    void apply();

private:
    QComboBox *m_language;
};
