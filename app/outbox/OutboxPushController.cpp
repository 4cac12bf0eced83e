#include "OutboxPushController.h"

#include "OutboxPushWorker.h"

OutboxPushController::OutboxPushController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<OutboxPushSummary>();
    qRegisterMetaType<OutboxPushConfig>();
    qRegisterMetaType<OutboxObjectRef>();
    qRegisterMetaType<QList<OutboxObjectRef>>();
    qRegisterMetaType<OutboxRow::State>();
    m_thread.setObjectName(QStringLiteral("bindery-push"));
    auto *worker = new OutboxPushWorker; // no parent: it moves to the thread
    worker->moveToThread(&m_thread);
    m_worker = worker;
    // The worker (and its network manager and cache connection) dies on its own thread.
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &OutboxPushWorker::rowStateChanged, this, &OutboxPushController::rowStateChanged);
    connect(worker, &OutboxPushWorker::touched, this, &OutboxPushController::touched);
    connect(worker, &OutboxPushWorker::finished, this, &OutboxPushController::onWorkerFinished);
    m_thread.start();
}

OutboxPushController::~OutboxPushController()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void OutboxPushController::start()
{
    if (!m_worker)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    Q_EMIT started();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker.data(), config = m_config] { worker->run(config); }, Qt::QueuedConnection);
}

void OutboxPushController::cancel()
{
    m_again = false;
    if (!m_running || !m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker.data()] { worker->cancel(); }, Qt::QueuedConnection);
}

void OutboxPushController::onWorkerFinished(const OutboxPushSummary &summary)
{
    m_running = false;
    Q_EMIT finished(summary);
    // Only after a push that ended normally: a stopped one (no network, bad key) would stop again.
    if (m_again && summary.ok())
        start();
    m_again = false;
}
