#include "ImportControllerDriver.h"

#include "DirectorySession.h"
#include "OutboxPushController.h"

ImportControllerDriver::ImportControllerDriver(DirectorySession &session, QObject *parent)
    : ImportPushDriver(parent)
    , m_session(&session)
{
    OutboxPushController *controller = session.pushController();
    connect(controller, &OutboxPushController::rowStateChanged, this, &ImportPushDriver::rowStateChanged);
    connect(controller, &OutboxPushController::finished, this, [this](const OutboxPushSummary &summary) {
        if (m_waiting)
            finishSoon(summary.ok() ? QString() : summary.error.oneLine());
    });
    connect(&session, &DirectorySession::disconnected, this, [this] {
        if (m_waiting)
            finishSoon(tr("The connection to the directory ended; the rows not sent stay in the pending changes."));
    });
}

void ImportControllerDriver::finishSoon(const QString &error)
{
    // The controller starts again right after emitting when a start came in during that push (ours): look once the
    // emission is over.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            const bool pushing = m_session && m_session->isConnected() && m_session->pushController()->isRunning();
            if (!m_waiting || pushing)
                return;
            m_waiting = false;
            Q_EMIT finished(error);
        },
        Qt::QueuedConnection);
}

void ImportControllerDriver::start()
{
    if (!m_session || !m_session->isConnected()) {
        Q_EMIT finished(tr("The directory is not connected; the changes stay pending."));
        return;
    }
    m_waiting = true;
    m_session->pushNow();
}

void ImportControllerDriver::cancel()
{
    if (!m_waiting || !m_session)
        return;
    if (m_session->pushController()->isRunning())
        m_session->pushController()->cancel(); // finished() follows
    else
        finishSoon(tr("Stopped before anything was sent; the rows stay in the pending changes."));
}
