#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The cache schema as a list of numbered migrations. Version N is reached by applying
// migrations 1..N in order, each in its own transaction together with `PRAGMA user_version = N`,
// so a crash mid-upgrade leaves the file at the last complete version.
class CacheSchema
{
public:
    struct Migration
    {
        int version;
        QString description;
        QStringList statements;
    };

    static const QList<Migration> &migrations();
    static int latestVersion();
};
