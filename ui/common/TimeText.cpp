#include "TimeText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString TimeText::age(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 0)
        return tr("in the future"); // a clock skew between this machine and the directory
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 60)
        return tr("%n day(s) ago", nullptr, int(days));
    const qint64 months = days / 30;
    if (months < 24)
        return tr("%n month(s) ago", nullptr, int(months));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString TimeText::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return u"—"_s;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString TimeText::dateTimeWithAge(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    return tr("%1 (%2)").arg(dateTime(when), age(when, now));
}
