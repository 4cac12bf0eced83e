#pragma once

#include "Device.h"
#include "DeviceLocalAccount.h"
#include "LocalAccountOutlook.h"
#include "Result.h"

#include <QList>

class CacheDatabase;

// Reads from the cache what LocalAccountOutlook needs for one device: the directory users whose local account name
// matches one of the device's accounts, found through the case-insensitive name indexes (one query per account, so
// selecting a device stays instant in a 50,000-user org).
class LocalAccountOutlookReader
{
public:
    explicit LocalAccountOutlookReader(CacheDatabase &cache);

    // `accounts` as DetailsReader::localAccountsOfDevice returns them.
    Result<QList<LocalAccountOutlook>> read(const Device &device, const QList<DeviceLocalAccount> &accounts) const;

private:
    CacheDatabase &m_cache;
};
