#include "LanguageSettings.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const auto LanguageKey = "Interface/language"_L1;
} // namespace

QString LanguageSettings::chosenLanguage()
{
    return QSettings().value(LanguageKey).toString();
}

void LanguageSettings::setChosenLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QStringList LanguageSettings::availableLanguages()
{
    return { u"en"_s, u"de"_s };
}

QString LanguageSettings::displayName(const QString &code)
{
    // Each language is named in itself, so an admin who cannot read the current one finds theirs.
    if (code == "de"_L1)
        return u"Deutsch"_s;
    return u"English"_s;
}

QLocale LanguageSettings::installTranslators(QCoreApplication &application)
{
    return installTranslators(application, chosenLanguage());
}

QLocale LanguageSettings::installTranslators(QCoreApplication &application, const QString &languageCode)
{
    const QLocale locale = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    QLocale::setDefault(locale);

    // English is the source language; its file supplies only the plural forms ("1 user",
    // "2 users"). A language Bindery does not ship falls back to it rather than to "user(s)".
    auto *bindery = new QTranslator(&application);
    if (bindery->load(locale, u"bindery"_s, u"_"_s, u":/i18n"_s) || bindery->load(u"bindery_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(bindery);
    else
        delete bindery;

    auto *qtBase = new QTranslator(&application);
    if (qtBase->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;
    return locale;
}
