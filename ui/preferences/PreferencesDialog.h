#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

// Preferences: the interface language (applied at the next start), how often a connected org syncs on its own, and
// how long a change waits before it is sent (the time Undo has). The window applies the last two on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *syncIntervalBox() const { return m_syncInterval; }
    QSpinBox *sendDelayBox() const { return m_sendDelay; }
    // Stores the choices; called on OK.
    void apply();

private:
    QComboBox *m_language;
    QSpinBox *m_syncInterval;
    QSpinBox *m_sendDelay;
};
