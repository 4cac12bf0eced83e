#include "WorkerPool.h"

#include <QThread>
#include <QThreadPool>

namespace {
QThreadPool *makePool()
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("BinderyWorkerPool"));
    pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    return pool;
}
} // namespace

QThreadPool *WorkerPool::instance()
{
    // Deliberately never deleted: QThreadPool's destructor waits for running work, and at static destruction time
    // that work may need objects that are already gone. The OS reclaims the threads at exit.
    static QThreadPool *const pool = makePool();
    return pool;
}
