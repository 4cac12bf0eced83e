#pragma once

#include "OutboxObjectRef.h"
#include "OutboxPushConfig.h"
#include "OutboxPushSummary.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class OutboxPushWorker;

// Runs outbox pushes on a thread of their own and reports back on the thread it lives in (the
// GUI thread) with value types only. One push at a time: a start while one runs is remembered
// and runs right after, so a change queued during a push is not left waiting.
class OutboxPushController : public QObject
{
    Q_OBJECT
public:
    explicit OutboxPushController(QObject *parent = nullptr);
    ~OutboxPushController() override;

    void setConfig(const OutboxPushConfig &config) { m_config = config; }
    const OutboxPushConfig &config() const { return m_config; }
    bool isRunning() const { return m_running; }

    void start();
    void cancel();

Q_SIGNALS:
    void started();
    void rowStateChanged(qint64 id, OutboxRow::State state, const QString &error);
    void touched(const QList<OutboxObjectRef> &objects);
    void finished(const OutboxPushSummary &summary);

private:
    void onWorkerFinished(const OutboxPushSummary &summary);

    QThread m_thread;
    QPointer<OutboxPushWorker> m_worker;
    OutboxPushConfig m_config;
    bool m_running = false;
    bool m_again = false;
};
