#include "WorkerPool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

namespace {
void waitAtExit()
{
    WorkerPool::instance()->waitForDone();
}

QThreadPool *makePool()
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("BinderyWorkerPool"));
    pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    // As QCoreApplication does for the global pool: work still running when the application object goes away is
    // finished first, before SQLite connections and other globals are torn down under it.
    qAddPostRoutine(waitAtExit);
    return pool;
}
} // namespace

QThreadPool *WorkerPool::instance()
{
    // Never deleted: it is drained when the application object is destroyed (waitAtExit), and a destructor run at
    // static destruction time could find the objects its work needs already gone.
    static QThreadPool *const pool = makePool();
    return pool;
}
