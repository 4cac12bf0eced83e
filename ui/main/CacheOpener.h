#pragma once

#include "CacheDatabase.h"
#include "CacheRecovery.h"
#include "LoadedOrg.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

// Opens a cache for the window without ever blocking it: loads the org on a worker, opens the
// GUI thread's own connection for the details panel, and when the file cannot be used asks the
// admin what to do (rebuild, try again, open another, quit) and carries that out.
class CacheOpener final : public QObject
{
    Q_OBJECT

public:
    explicit CacheOpener(QWidget *dialogParent, QObject *parent = nullptr);
    ~CacheOpener() override;

    // Starts loading; a load still running for another file is ignored when it finishes.
    void open(const QString &path);
    bool isBusy() const;

    // After opened(): the GUI thread's connection, handed to the window.
    std::unique_ptr<CacheDatabase> takeCache();

Q_SIGNALS:
    void loadingStarted(const QString &path);
    void rebuildingStarted(const QString &path);
    void opened(const QString &path, const LoadedOrg &org);
    void openAnotherRequested();
    void quitRequested();
    void abandoned(); // the admin gave up on the file; nothing is open

private:
    void loadFinished();
    void rebuildFinished();
    void handleFailure(const QString &path, const Error &error);
    void rebuild(const QString &path);

    QPointer<QWidget> m_dialogParent;
    QFutureWatcher<Result<LoadedOrg>> m_loadWatcher;
    QFutureWatcher<Result<CacheRecovery::Report>> m_rebuildWatcher;
    QString m_loadingPath;
    QString m_rebuildingPath;
    std::unique_ptr<CacheDatabase> m_cache;
};
