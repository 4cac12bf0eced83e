#pragma once

#include "SyncConfig.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <chrono>

class SyncWorker;

// Runs syncs on a thread of their own, on demand and every N minutes, and reports back on the
// thread it lives in (the GUI thread) with value types only. One sync at a time: a start while
// one runs is ignored.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    void setConfig(const SyncConfig &config) { m_config = config; }
    // 0 turns periodic sync off. The interval counts from the end of the previous sync.
    void setInterval(std::chrono::minutes interval);
    std::chrono::minutes interval() const { return m_interval; }
    bool isRunning() const { return m_running; }

    void start();
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const SyncProgress &progress);
    void finished(const SyncReport &report);

private:
    void onWorkerFinished(const SyncReport &report);

    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    QTimer m_timer;
    SyncConfig m_config;
    std::chrono::minutes m_interval { 0 };
    bool m_running = false;
};
