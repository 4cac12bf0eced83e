#pragma once

#include "LocalAccount.h"
#include "OrgSnapshot.h"
#include "SplitMix64.h"

#include <QHash>
#include <QList>
#include <QSet>

// The local accounts devices report, for OrgGenerator: the cases binding preview must tell apart.
// Of each device's accounts some belong to a bound user (managed, exact name), some match a user
// who is not bound yet (exact name: a takeover), some differ only by case, some are near misses
// (jdoe for john.doe: a second profile), some are service accounts, some match nobody.
class LocalAccountGenerator
{
public:
    // Reads users, devices and bindings from `org`, which must outlive the generator.
    LocalAccountGenerator(const OrgSnapshot &org, SplitMix64 &rng);

    QList<LocalAccount> generate(int count);

private:
    enum class Kind { BoundExact, UnboundExact, CaseOnly, Similar, Service, NoMatch };

    Kind randomKind();
    QString nameFor(Kind kind, int device, bool &realUser, bool &managed);
    QString similarName(const User &user);
    LocalAccount makeAccount(int device, const QString &name, bool realUser, bool managed, bool admin);

    const OrgSnapshot &m_org;
    SplitMix64 &m_rng;
    QList<QList<int>> m_boundUsers; // per device index: user indexes bound directly
    QHash<qint64, bool> m_sudoOfBinding; // user * devices + device → sudo
    QList<QSet<QString>> m_takenOnDevice; // per device: lower-case names already reported
    QList<int> m_accountCountOnDevice;
    int m_fallbackCounter = 0;
};
