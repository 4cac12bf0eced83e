#pragma once

// SampleOrg plus the local accounts the binding tests need for takeovers (SampleOrg has none that an unbound user
// would take over): on WIN-LOBBY (Windows) "JUDY", which judy takes over in any case; on ops-linux-02 (Linux)
// "mallory", an exact match mallory takes over, and "Judy", a case-only match that Linux does not take over.
#include "CacheDatabase.h"
#include "SampleOrg.h"
#include "SnapshotWriter.h"

#include <QString>

namespace BindingTestOrg {

inline LocalAccount account(const char *deviceId, const QString &username)
{
    LocalAccount a;
    a.deviceId = QString::fromLatin1(deviceId);
    a.username = username;
    a.realUser = true;
    return a;
}

inline OrgSnapshot make()
{
    OrgSnapshot org = SampleOrg::make();
    org.localAccounts.append(account(SampleOrg::Id::WinLobby, QStringLiteral("JUDY")));
    org.localAccounts.append(account(SampleOrg::Id::OpsLinux02, QStringLiteral("mallory")));
    org.localAccounts.append(account(SampleOrg::Id::OpsLinux02, QStringLiteral("Judy")));
    return org;
}

// Writes make() into a cache file; empty on success, else what failed.
inline QString writeCache(const QString &path)
{
    auto opened = CacheDatabase::open(path);
    if (!opened)
        return opened.error().code + QStringLiteral(": ") + opened.error().detail;
    const Result<void> written = SnapshotWriter(*opened.value()).replaceSnapshot(make());
    if (!written)
        return written.error().code + QStringLiteral(": ") + written.error().detail;
    return {};
}

} // namespace BindingTestOrg
