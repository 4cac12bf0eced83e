#include "ImportPusherDriver.h"

#include "OutboxPusher.h"

ImportPusherDriver::ImportPusherDriver(OutboxPusher &pusher, QObject *parent)
    : ImportPushDriver(parent)
    , m_pusher(&pusher)
{
    connect(&pusher, &OutboxPusher::rowStateChanged, this, &ImportPushDriver::rowStateChanged);
    connect(&pusher, &OutboxPusher::pushFinished, this, [this](const OutboxPushSummary &summary) {
        Q_EMIT finished(summary.ok() ? QString() : summary.error.oneLine());
    });
}

void ImportPusherDriver::start()
{
    if (m_pusher)
        m_pusher->start();
}

void ImportPusherDriver::cancel()
{
    if (m_pusher)
        m_pusher->cancel();
}
