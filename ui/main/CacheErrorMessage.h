#pragma once

#include "CacheRecovery.h"
#include "Error.h"
#include "MessageBox.h"

#include <QCoreApplication>

// The words for everything that can go wrong when opening a cache, and for the outcome of a
// rebuild: what failed, on which file, and what the admin can do next.
class CacheErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(CacheErrorMessage)

public:
    // Damage that rebuilding cures (as opposed to a busy file or a full disk, which a retry cures).
    static bool offersRebuild(const Error &error);
    static MessageBox::Message forLoadError(const QString &path, const Error &error);
    static MessageBox::Message forRebuildReport(const QString &path, const CacheRecovery::Report &report);
    static MessageBox::Message forRebuildFailure(const QString &path, const Error &error);

private:
    static QString whatFailed(const Error &error);
    static QString whatToDo(const Error &error);
};
