#pragma once

#include "OrgGeneratorParams.h"
#include "OrgSnapshot.h"
#include "SplitMix64.h"

#include <QSet>

// Makes a realistic org of any size from a seed: the same seed gives the same org on every
// platform. Used by tests that need volume, by the benchmarks, and by `bindery-cli generate-org`.
// The org looks like a real one where Bindery's rules care: ASCII usernames in the styles orgs use
// (first.last, flast, first_last) beside non-ASCII display names, a state mix, a macOS/Windows/Linux
// mix, and local accounts that match users exactly, only by case, nearly, or not at all.
class OrgGenerator
{
public:
    static OrgSnapshot generate(const OrgGeneratorParams &params);

    // The fixed "now" of every generated org (its syncedAt), so output never depends on the clock.
    static QDateTime referenceTime();

private:
    explicit OrgGenerator(const OrgGeneratorParams &params);

    void makeSettings();
    void makeUsers();
    void assignManagersAndLocalNames();
    void makeDevices();
    Device makeMac(int ownerIndex);
    Device makeWindowsPc(int ownerIndex);
    Device makeLinuxMachine();
    void makeUserGroups();
    void makeDeviceGroups();
    void makeBindings();
    void makeGroupBindings();

    QString objectId(const QDateTime &created, int index);
    QString uniqueName(const QString &base, QSet<QString> &taken, QChar separator = {});
    QString randomAlnum(int length);
    QDateTime randomPast(int maxDays);

    OrgGeneratorParams m_params;
    SplitMix64 m_rng;
    OrgSnapshot m_org;
    QSet<QString> m_takenAccountNames; // usernames and local account names, lower case
    QSet<QString> m_takenEmails;
    QList<int> m_departmentOfUser; // index into NameLists::departments()
    int m_departmentGroupCount = 0;
    int m_osDeviceGroupCount = 0;
};
