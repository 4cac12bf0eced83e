#pragma once

#include "OutboxRow.h"

#include <QObject>
#include <QString>

// What ImportCommitter needs from whoever pushes the outbox: start, cancel, and per-row news. The outbox is pushed
// as a whole (other pending changes go too, in order); the committer follows only its own rows. Two adapters:
// ImportPusherDriver (an OutboxPusher on the caller's thread: the CLI) and ImportControllerDriver (the app's
// OutboxPushController, which pushes on its own thread).
class ImportPushDriver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void rowStateChanged(qint64 id, OutboxRow::State state, const QString &error);
    // The push is over: every row it could send is Done or Failed, or it stopped early (`error` says why; empty when
    // it ran to the end).
    void finished(const QString &error);
};
