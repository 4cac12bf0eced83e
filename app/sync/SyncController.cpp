#include "SyncController.h"

#include "SyncLogging.h"
#include "SyncWorker.h"

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<SyncConfig>();
    m_thread.setObjectName(QStringLiteral("bindery-sync"));
    auto *worker = new SyncWorker; // no parent: it moves to the thread
    worker->moveToThread(&m_thread);
    m_worker = worker;
    // The worker (and its network manager and cache connection) dies on its own thread.
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(worker, &SyncWorker::finished, this, &SyncController::onWorkerFinished);
    m_thread.start();

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::start);
}

SyncController::~SyncController()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setInterval(std::chrono::minutes interval)
{
    m_interval = interval;
    if (m_interval.count() <= 0)
        m_timer.stop();
    else if (!m_running)
        m_timer.start(m_interval);
}

void SyncController::start()
{
    if (m_running || !m_worker)
        return;
    m_running = true;
    m_timer.stop();
    Q_EMIT started();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker.data(), config = m_config] { worker->run(config); }, Qt::QueuedConnection);
}

void SyncController::cancel()
{
    if (!m_running || !m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker.data()] { worker->cancel(); }, Qt::QueuedConnection);
}

void SyncController::onWorkerFinished(const SyncReport &report)
{
    m_running = false;
    if (report.ok())
        qCInfo(lcSync) << "sync done in" << report.seconds << "s," << report.requests << "requests,"
                       << report.changes.rowsWritten << "rows written";
    if (m_interval.count() > 0)
        m_timer.start(m_interval);
    Q_EMIT finished(report);
}
