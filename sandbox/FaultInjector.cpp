#include "FaultInjector.h"

FaultInjector::Fault FaultInjector::next()
{
    if (m_rate <= 0)
        return Fault::None;
    // Always draw twice so one request's decision never shifts the next one's.
    const bool faulty = m_random.chance(m_rate);
    const int kind = m_random.below(6);
    if (!faulty)
        return Fault::None;
    static constexpr Fault kinds[] = { Fault::Error500Before, Fault::Error503Before, Fault::DropBefore,
        Fault::Error502After, Fault::DropAfter, Fault::TruncateAfter };
    return kinds[kind];
}
