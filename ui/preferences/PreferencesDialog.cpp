#include "PreferencesDialog.h"

#include "LanguageSettings.h"
#include "SessionSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_syncInterval(new QSpinBox(this))
    , m_sendDelay(new QSpinBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : LanguageSettings::availableLanguages())
        m_language->addItem(LanguageSettings::displayName(code), code);
    const int current = m_language->findData(LanguageSettings::chosenLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("The language changes the next time Bindery starts."), this);
    note->setWordWrap(true);

    m_syncInterval->setObjectName(u"syncIntervalBox"_s);
    m_syncInterval->setRange(0, int(SessionSettings::MaximumSyncInterval.count()));
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setSpecialValueText(tr("Only when asked"));
    m_syncInterval->setValue(int(SessionSettings::syncInterval().count()));
    auto *syncNote = new QLabel(tr("A connected org is also synced when you connect and with Directory ▸ Sync now "
                                   "(F5)."),
        this);
    syncNote->setWordWrap(true);

    m_sendDelay->setObjectName(u"sendDelayBox"_s);
    m_sendDelay->setRange(0, int(SessionSettings::MaximumSendDelay.count()));
    m_sendDelay->setSuffix(tr(" s"));
    m_sendDelay->setSpecialValueText(tr("At once"));
    m_sendDelay->setValue(int(SessionSettings::sendDelay().count()));
    auto *sendNote = new QLabel(tr("Until a change is sent, Edit ▸ Undo or the pending changes take it back. An "
                                   "import is sent when you start it."),
        this);
    sendNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), note);
    auto *syncLabel = new QLabel(tr("&Sync every:"), this);
    syncLabel->setBuddy(m_syncInterval);
    form->addRow(syncLabel, m_syncInterval);
    form->addRow(QString(), syncNote);
    auto *sendLabel = new QLabel(tr("Send &changes after:"), this);
    sendLabel->setBuddy(m_sendDelay);
    form->addRow(sendLabel, m_sendDelay);
    form->addRow(QString(), sendNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &PreferencesDialog::apply);

    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    LanguageSettings::setChosenLanguage(m_language->currentData().toString());
    SessionSettings::setSyncInterval(std::chrono::minutes(m_syncInterval->value()));
    SessionSettings::setSendDelay(std::chrono::seconds(m_sendDelay->value()));
}
