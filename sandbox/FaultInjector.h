#pragma once

#include "SplitMix64.h"

#include <QtGlobal>

// Decides, deterministically for a --fault-seed, which requests fail and how. The n-th request always gets the
// same decision, so a failing client test replays exactly.
//
// "Before" faults answer without applying the request; "after" faults apply a mutation fully and then lose the
// answer (a 502 or a dropped/truncated response after a successful write), which is the case a client must
// reconcile by re-reading.
class FaultInjector
{
public:
    enum class Fault {
        None,
        Error500Before,
        Error503Before,
        DropBefore,
        Error502After,
        DropAfter,
        TruncateAfter,
    };

    FaultInjector(double rate, quint64 seed)
        : m_rate(rate)
        , m_random(seed)
    {
    }

    bool enabled() const { return m_rate > 0; }
    Fault next();
    static bool appliesBefore(Fault fault)
    {
        return fault == Fault::Error500Before || fault == Fault::Error503Before || fault == Fault::DropBefore;
    }

private:
    double m_rate;
    SplitMix64 m_random;
};
