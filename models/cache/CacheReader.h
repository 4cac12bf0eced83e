#pragma once

#include "DeviceGroupRow.h"
#include "DeviceRow.h"
#include "OrgSnapshot.h"
#include "Result.h"
#include "SnapshotInfo.h"
#include "UserGroupRow.h"
#include "UserRow.h"

#include <QList>
#include <QStringList>

class CacheDatabase;

// Reads what the four panes list, and the whole snapshot (for export and for tests).
// Errors carry CacheDatabase's codes, so a file damaged past its header is still reported
// as damaged rather than as an empty org.
class CacheReader
{
public:
    explicit CacheReader(CacheDatabase &cache);

    Result<SnapshotInfo> snapshotInfo() const;
    Result<QList<UserRow>> userRows() const;
    Result<QList<DeviceRow>> deviceRows() const;
    Result<QList<UserGroupRow>> userGroupRows() const;
    Result<QList<DeviceGroupRow>> deviceGroupRows() const;
    // Only the rows with these ids (those that still exist), e.g. what a sync just changed.
    Result<QList<UserRow>> userRows(const QStringList &ids) const;
    Result<QList<DeviceRow>> deviceRows(const QStringList &ids) const;
    Result<QList<UserGroupRow>> userGroupRows(const QStringList &ids) const;
    Result<QList<DeviceGroupRow>> deviceGroupRows(const QStringList &ids) const;
    // The part of userRows() whose rowid lies in [first, last], in the same order; lets a loader
    // read one table on two connections at once.
    Result<QList<UserRow>> userRowsInRowidRange(qint64 first, qint64 last) const;
    Result<OrgSnapshot> snapshot() const;

private:
    Result<QList<UserRow>> readUserRows(const QStringList *ids) const;
    Result<QList<DeviceRow>> readDeviceRows(const QStringList *ids) const;
    Result<QList<UserGroupRow>> readUserGroupRows(const QStringList *ids) const;
    Result<QList<DeviceGroupRow>> readDeviceGroupRows(const QStringList *ids) const;

    CacheDatabase &m_cache;
};
