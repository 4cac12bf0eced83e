#pragma once

#include "ImportPushDriver.h"

#include <QPointer>

class OutboxPushController;

// ImportPushDriver over the app's OutboxPushController (the push thread the main window owns and configures with
// the session's credentials). A start while the controller is busy runs right after its current push, so the
// import's push is over only when the controller is idle after a finished push.
class ImportControllerDriver final : public ImportPushDriver
{
    Q_OBJECT
public:
    explicit ImportControllerDriver(OutboxPushController &controller, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    QPointer<OutboxPushController> m_controller;
    bool m_waiting = false;
};
