#pragma once

class QThreadPool;

// The thread pool for all of Bindery's own background work: loading the org, reading and checking an import,
// planning a drop, exporting, rebuilding a cache. Never QThreadPool::globalInstance(): Qt's raster paint engine
// (Qt 6.4 at least) splits large fills into segments that it runs on the global pool and then waits for, so a
// global pool kept busy by a 500 ms import check froze painting: a busy indicator's repaint waited ~430 ms for a
// free thread (bench_import_preview). The global pool is left to Qt.
class WorkerPool
{
public:
    // One thread per core; created on first use, lives until the process ends.
    static QThreadPool *instance();
};
