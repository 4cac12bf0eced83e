#pragma once

#include "CacheExporter.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QWidget;

// File ▸ Export: asks where to save, writes the CSV on a worker through its own cache connection
// (a 50,000-user export must not freeze the window), then reports the count or the error.
class ExportController final : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QWidget *dialogParent, QObject *parent = nullptr);
    ~ExportController() override;

    void setCachePath(const QString &path); // empty when no cache is open
    bool isBusy() const { return m_watcher.isRunning(); }

    void exportKind(ExportKind kind);
    static QString actionText(ExportKind kind); // "Users…", for the Export submenu

Q_SIGNALS:
    void busyChanged(bool busy);
    void statusMessage(const QString &message);
    void finished(bool ok); // for tests and the status bar

private:
    void exportFinished();
    static QString suggestedFileName(ExportKind kind);
    static QString doneMessage(ExportKind kind, int count, const QString &path);

    QPointer<QWidget> m_dialogParent;
    QString m_cachePath;
    QFutureWatcher<Result<int>> m_watcher;
    ExportKind m_kind = ExportKind::Users;
    QString m_targetPath;
};
