#pragma once

#include <QCoreApplication>
#include <QString>

// The interface language: the system's, or one the admin chose in Preferences. Applied when
// Bindery starts, by installing Bindery's and Qt's own translators.
class LanguageSettings
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)

public:
    // "" follows the system; otherwise a language code Bindery ships ("en", "de").
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &code);
    static QStringList availableLanguages(); // the codes offered, without the system default
    static QString displayName(const QString &code); // "Deutsch" in its own language

    // Installs translators for the chosen language on the application; returns the locale used.
    static QLocale installTranslators(QCoreApplication &application);
    // The same for a given code ("" for the system's); tests pin "en" with it.
    static QLocale installTranslators(QCoreApplication &application, const QString &languageCode);
};
