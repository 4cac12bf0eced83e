#pragma once

#include "ImportPushDriver.h"

#include <QPointer>

class OutboxPusher;

// ImportPushDriver over an OutboxPusher that lives on the caller's thread (bindery-cli import commit).
class ImportPusherDriver final : public ImportPushDriver
{
    Q_OBJECT
public:
    explicit ImportPusherDriver(OutboxPusher &pusher, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    QPointer<OutboxPusher> m_pusher;
};
