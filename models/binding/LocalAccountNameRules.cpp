#include "LocalAccountNameRules.h"

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

bool LocalAccountNameRules::isValid(QStringView name)
{
    if (name.isEmpty() || !isAsciiLetter(name.front()))
        return false;
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'.' && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

int LocalAccountNameRules::maxLength(OsFamily family)
{
    return family == OsFamily::Windows ? MaxWindowsLength : MaxLength;
}

QString LocalAccountNameRules::similarityKey(QStringView name)
{
    QString key;
    appendSimilarityKey(name, key);
    return key;
}

void LocalAccountNameRules::appendSimilarityKey(QStringView name, QString &key)
{
    // Written in place: the planner computes several keys for every user and account it indexes.
    const qsizetype start = key.size();
    key.resize(start + name.size());
    QChar *out = key.data() + start;
    for (const QChar c : name) {
        if (c == u'.' || c == u'_' || c == u'-')
            continue;
        *out++ = c.unicode() < 0x80 ? QChar(char16_t(c >= u'A' && c <= u'Z' ? c.unicode() + 32 : c.unicode()))
                                    : c.toLower();
    }
    key.truncate(out - key.constData());
}

bool LocalAccountNameRules::isOneEditApart(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    const qsizetype longer = a.size();
    const qsizetype shorter = b.size();
    if (longer - shorter > 1)
        return false;
    qsizetype prefix = 0;
    while (prefix < shorter && a[prefix] == b[prefix])
        ++prefix;
    if (longer != shorter) // one insertion: the rest after the first difference must line up shifted by one
        return a.sliced(prefix + 1) == b.sliced(prefix);
    if (prefix == longer)
        return false; // equal: distance 0
    if (a.sliced(prefix + 1) == b.sliced(prefix + 1))
        return true; // one substitution
    // one swap of adjacent characters
    return prefix + 1 < longer && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
        && a.sliced(prefix + 2) == b.sliced(prefix + 2);
}
