#pragma once

#include "OutboxObjectRef.h"
#include "OutboxOrdering.h"
#include "OutboxPushSummary.h"
#include "OutboxRow.h"
#include "OutboxRowPush.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class CacheDatabase;

// Pushes the outbox's waiting rows to the directory: oldest first, rows about the same object
// (or taking an id from another row) strictly in order, unrelated rows in parallel up to a bound
// (OutboxOrdering). Each row is marked Pushing in the cache before its request goes out and Done
// or Failed after, so a crash leaves nothing ambiguous: a row found Pushing at the next start had
// its answer lost, and is looked up (creates) or sent again (everything else is safe to repeat).
// The directory refusing one row never stops the others; a refused key or an unreachable
// directory does (the rows stay pending). Knows nothing about threads: OutboxPushController runs
// it on a worker, the CLI on its main thread. One push at a time per pusher, and one pusher per
// cache file at a time.
class OutboxPusher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxInFlight = 0; // rows being pushed at once; 0: twice the client's parallel bound
        int lookahead = 2000; // rows scanned past the oldest waiting one for a startable row
        int maxCreateSends = 0; // sends of one create across lost answers; 0: the client's retry attempts
        int maxRateLimitedSends = 40; // of one create refused with 429
    };

    OutboxPusher(ApiClient &client, CacheDatabase &cache, Options options, QObject *parent = nullptr);
    OutboxPusher(ApiClient &client, CacheDatabase &cache, QObject *parent = nullptr)
        : OutboxPusher(client, cache, Options {}, parent)
    {
    }
    ~OutboxPusher() override;

    // Pushes every Pending (and left-over Pushing) row; pushFinished follows, also when there is nothing to do.
    void start();
    // Stops: running requests are aborted, their rows go back to Pending; pushFinished follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void rowStateChanged(qint64 id, OutboxRow::State state, const QString &error);
    // Every object the push changed in the directory (once, before pushFinished): re-read them.
    void touched(const QList<OutboxObjectRef> &objects);
    void pushFinished(const OutboxPushSummary &summary);

private:
    struct Entry
    {
        qint64 id = 0;
        QList<OutboxOrdering::Claim> claims;
        bool reconcile = false;
        QPointer<OutboxRowPush> push; // set while it runs
        bool finished = false; // left in place until the next compaction: erasing one by one is quadratic
    };

    void schedule();
    bool startRow(Entry &entry);
    void onRowFinished(qint64 id, const OutboxRowPush::Outcome &outcome);
    void compact();
    void stopWith(const ApiError &error);
    void checkDone();
    const OutboxRow *rowById(qint64 id) const;

    QPointer<ApiClient> m_client;
    CacheDatabase &m_cache;
    Options m_options;
    QHash<qint64, OutboxRow> m_rows; // the whole outbox, kept current as rows finish
    QList<Entry> m_queue; // rows still to finish, oldest first (and some finished ones, see compact())
    int m_unfinished = 0;
    int m_finishedInQueue = 0;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_scrubbedPasswords = false; // a Done row dropped one: clear the old page images at the end
    OutboxPushSummary m_summary;
    QList<OutboxObjectRef> m_touched;
    QElapsedTimer m_clock;
    int m_requestsAtStart = 0;
    int m_retriesAtStart = 0;
};
