#pragma once

#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// The directory's rules for single values (DOMAIN.md "Binding", "Passwords", "MFA"). No lookups: what one cell can
// be checked for on its own.
class ImportFieldRules
{
    Q_DECLARE_TR_FUNCTIONS(ImportValidator)

public:
    // Empty when valid, else why not (for the message): starts with a letter; letters, digits, . - _ only.
    static QString usernameProblem(const QString &username);
    static bool isValidEmail(const QString &email);
    // true/false/yes/no/1/0/$true/$false, any case (the module's Administrator column takes $True).
    static std::optional<bool> parseBoolean(const QString &value);
    static std::optional<qint64> parseInteger(const QString &value);
    // The maximum account name length on a device of that OS family (Windows 20, others 30).
    static int maxDeviceNameLength(bool windows) { return windows ? 20 : 30; }
    // The rules of the policy the password breaks, in words; empty when it complies.
    static QStringList passwordProblems(const QString &password, const PasswordPolicy &policy);
    // A spreadsheet would run it: starts with = + - @ (tab and CR too, as OWASP lists).
    static bool isFormulaLike(const QString &value);
    // "+1 (555) 010-0000": a phone number, which starts with + without being a formula.
    static bool looksLikePhoneNumber(const QString &value);
};
