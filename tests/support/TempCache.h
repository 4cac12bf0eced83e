#pragma once

#include <QString>
#include <QTemporaryDir>

// A fresh directory for one test's cache files, removed afterwards.
class TempCache
{
public:
    TempCache();
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name = QStringLiteral("cache.sqlite")) const;

private:
    QTemporaryDir m_dir;
};
