#include "ImportControllerDriver.h"

#include "OutboxPushController.h"

ImportControllerDriver::ImportControllerDriver(OutboxPushController &controller, QObject *parent)
    : ImportPushDriver(parent)
    , m_controller(&controller)
{
    connect(&controller, &OutboxPushController::rowStateChanged, this, &ImportPushDriver::rowStateChanged);
    connect(&controller, &OutboxPushController::finished, this, [this](const OutboxPushSummary &summary) {
        if (!m_waiting)
            return;
        const QString error = summary.ok() ? QString() : summary.error.oneLine();
        // The controller starts again right after emitting when a start came in during that push (ours): look once
        // the emission is over.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (!m_waiting || (m_controller && m_controller->isRunning()))
                    return;
                m_waiting = false;
                Q_EMIT finished(error);
            },
            Qt::QueuedConnection);
    });
}

void ImportControllerDriver::start()
{
    if (!m_controller) {
        Q_EMIT finished(tr("The directory is not connected; the changes stay pending."));
        return;
    }
    m_waiting = true;
    m_controller->start();
}

void ImportControllerDriver::cancel()
{
    if (m_controller && m_waiting)
        m_controller->cancel();
}
