#include "ObjectIdGenerator.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <atomic>

namespace {
constexpr std::uint32_t SeedTimestamp = 0x65000000; // 2023-09-12: seeded objects look older than anything created
std::atomic<std::uint64_t> s_freshCounter { 0 };

QString format(std::uint32_t timestamp, std::uint16_t kind, std::uint64_t counter)
{
    return QStringLiteral("%1%2%3")
        .arg(timestamp, 8, 16, QLatin1Char('0'))
        .arg(kind, 4, 16, QLatin1Char('0'))
        .arg(counter & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}
} // namespace

QString ObjectIdGenerator::seeded(Kind kind, std::uint64_t counter)
{
    return format(SeedTimestamp, std::uint16_t(kind), counter);
}

QString ObjectIdGenerator::fresh(Kind kind)
{
    const auto now = std::uint32_t(QDateTime::currentSecsSinceEpoch());
    // Random high bits keep ids unique across restarts with --data; the counter keeps them ordered within a second.
    const std::uint64_t counter = (std::uint64_t(QRandomGenerator::global()->bounded(0x10000)) << 32)
        | (s_freshCounter.fetch_add(1) & 0xffffffffULL);
    return format(now, std::uint16_t(kind) | 0x8000, counter);
}

bool ObjectIdGenerator::isValid(const QString &id)
{
    if (id.size() != 24)
        return false;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}
