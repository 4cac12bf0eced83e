#include "ImportFieldRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

QString ImportFieldRules::usernameProblem(const QString &username)
{
    if (username.isEmpty())
        return tr("it is empty");
    if (!isAsciiLetter(username.front()))
        return tr("it must start with a letter");
    for (const QChar c : username) {
        if (c == u' ')
            return tr("it must not contain spaces");
        if (c == u'@')
            return tr("it must not contain @ (use the e-mail column for addresses)");
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'.' && c != u'-' && c != u'_')
            return tr("“%1” is not allowed; use only letters, digits, . - and _").arg(c);
    }
    return {};
}

bool ImportFieldRules::isValidEmail(const QString &email)
{
    if (email.size() > 1024 || email.size() < 3)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'"')
            return false;
    }
    const QStringView domain = QStringView(email).mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u".."_s))
        return false;
    const QStringView local = QStringView(email).left(at);
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(u".."_s);
}

std::optional<bool> ImportFieldRules::parseBoolean(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == "true"_L1 || v == "yes"_L1 || v == "1"_L1 || v == "$true"_L1)
        return true;
    if (v == "false"_L1 || v == "no"_L1 || v == "0"_L1 || v == "$false"_L1)
        return false;
    return std::nullopt;
}

std::optional<qint64> ImportFieldRules::parseInteger(const QString &value)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QStringList ImportFieldRules::passwordProblems(const QString &password, const PasswordPolicy &policy)
{
    QStringList problems;
    if (!policy.known)
        return problems;
    if (password.size() < policy.minLength)
        problems << QCoreApplication::translate("ImportValidator", "at least %n characters", nullptr, policy.minLength);
    bool lower = false, upper = false, digit = false, symbol = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        symbol = symbol || (!c.isLetterOrNumber() && !c.isSpace());
    }
    if (policy.needsLowercase && !lower)
        problems << tr("a lower-case letter");
    if (policy.needsUppercase && !upper)
        problems << tr("an upper-case letter");
    if (policy.needsNumeric && !digit)
        problems << tr("a digit");
    if (policy.needsSymbolic && !symbol)
        problems << tr("a symbol");
    return problems;
}

bool ImportFieldRules::isFormulaLike(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool ImportFieldRules::looksLikePhoneNumber(const QString &value)
{
    int digits = 0;
    for (const QChar c : value) {
        if (isAsciiDigit(c))
            ++digits;
        else if (c != u'+' && c != u' ' && c != u'(' && c != u')' && c != u'-' && c != u'.' && c != u'/')
            return false;
    }
    return digits >= 3;
}
