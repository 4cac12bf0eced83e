#pragma once

#include "BindingPlanCodes.h"

#include <QList>

// A set of BindingWarning in two bytes: a plan of a million pairs carries one per pair, so no container here.
class BindingWarningSet
{
public:
    constexpr BindingWarningSet() = default;
    constexpr BindingWarningSet(std::initializer_list<BindingWarning> warnings)
    {
        for (const BindingWarning warning : warnings)
            add(warning);
    }

    constexpr bool has(BindingWarning warning) const { return (m_bits & bit(warning)) != 0; }
    constexpr void add(BindingWarning warning) { m_bits = quint16(m_bits | bit(warning)); }
    constexpr void remove(BindingWarning warning) { m_bits = quint16(m_bits & ~bit(warning)); }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr quint16 bits() const { return m_bits; }
    // In enum order, which is the order the UI and the CLI list them in.
    QList<BindingWarning> toList() const;
    QStringList codes() const;

    friend constexpr bool operator==(BindingWarningSet, BindingWarningSet) = default;

private:
    static constexpr quint16 bit(BindingWarning warning) { return quint16(1u << unsigned(warning)); }
    quint16 m_bits = 0;
};
static_assert(BindingWarningCount <= 16, "BindingWarningSet holds 16 bits");
