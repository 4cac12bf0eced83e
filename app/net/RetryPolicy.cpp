#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

std::chrono::milliseconds RetryPolicy::backoff(int attempt, QRandomGenerator &random) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(cap.count(), base.count() * (qint64(1) << exponent));
    if (ceiling <= 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(random.bounded(ceiling + 1));
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(seconds * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (the obsolete forms are not worth it).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when = QDateTime(when.date(), when.time(), Qt::UTC);
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}
