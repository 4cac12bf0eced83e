#pragma once

#include "ImportPushDriver.h"

#include <QPointer>

class DirectorySession;

// ImportPushDriver over the app's connected DirectorySession: a start asks the session to push (it waits for a
// running sync, so the directory has one writer at a time) and the session's push thread reports the rows. The
// import's push is over only when the controller is idle after a finished push, because a start during a push runs
// right after it.
class ImportControllerDriver final : public ImportPushDriver
{
    Q_OBJECT
public:
    explicit ImportControllerDriver(DirectorySession &session, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    void finishSoon(const QString &error);

    QPointer<DirectorySession> m_session;
    bool m_waiting = false;
};
