#include "OutboxPusher.h"

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "OutboxKindInfo.h"
#include "OutboxLogging.h"
#include "OutboxPushStore.h"
#include "OutboxStore.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

ApiError cacheError(const Error &error)
{
    return { 0, error.code, error.detail, {} };
}

} // namespace

OutboxPusher::OutboxPusher(ApiClient &client, CacheDatabase &cache, Options options, QObject *parent)
    : QObject(parent)
    , m_client(&client)
    , m_cache(cache)
    , m_options(options)
{
    qRegisterMetaType<OutboxPushSummary>();
    qRegisterMetaType<OutboxObjectRef>();
    qRegisterMetaType<OutboxRow::State>();
    qRegisterMetaType<OutboxRowPush::Outcome>();
}

OutboxPusher::~OutboxPusher()
{
    // Row pushes are children; their jobs belong to the client and lose their receivers with them.
    for (Entry &entry : m_queue) {
        if (entry.push)
            entry.push->disconnect(this);
    }
}

void OutboxPusher::start()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_stopping = false;
    m_scrubbedPasswords = false;
    m_summary = {};
    m_touched.clear();
    m_queue.clear();
    m_rows.clear();
    m_inFlight = 0;
    m_finishedInQueue = 0;
    m_clock.start();
    m_requestsAtStart = m_client->requestCount();
    m_retriesAtStart = m_client->retryCount();

    // Passwords are rewritten and then dropped during the push: none may linger in free space.
    const Result<void> overwriting = OutboxPushStore(m_cache).overwriteFreedSpace();
    auto rows = OutboxStore(m_cache).rows();
    if (!overwriting) {
        stopWith(cacheError(overwriting.error()));
    } else if (!rows) {
        stopWith(cacheError(rows.error()));
    } else {
        m_rows.reserve(rows.value().size());
        for (const OutboxRow &row : std::as_const(rows.value())) {
            m_rows.insert(row.id, row);
            if (row.state != OutboxRow::State::Pending && row.state != OutboxRow::State::Pushing)
                continue;
            // Pushing at start: an earlier push died between sending and recording the answer.
            // Any earlier attempt may have reached the directory: creates are looked up first.
            const bool reconcile = row.state == OutboxRow::State::Pushing || row.attempts > 0;
            m_queue.append({ row.id, OutboxOrdering::claims(row), reconcile, {}, false });
        }
        m_summary.total = int(m_queue.size());
        m_unfinished = m_summary.total;
        qCInfo(lcOutbox) << "pushing" << m_summary.total << "changes";
    }
    // From the event loop, so a caller connects to the signals first whatever happens.
    QMetaObject::invokeMethod(this, &OutboxPusher::schedule, Qt::QueuedConnection);
}

void OutboxPusher::cancel()
{
    if (!m_running)
        return;
    stopWith({ 0, QString::fromLatin1(ApiError::Cancelled), u"cancelled"_s, {} });
    QList<QPointer<OutboxRowPush>> running;
    for (const Entry &entry : std::as_const(m_queue)) {
        if (entry.push)
            running.append(entry.push);
    }
    for (const QPointer<OutboxRowPush> &push : std::as_const(running)) {
        if (push)
            push->abort();
    }
    QMetaObject::invokeMethod(this, &OutboxPusher::checkDone, Qt::QueuedConnection);
}

const OutboxRow *OutboxPusher::rowById(qint64 id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? nullptr : &it.value();
}

void OutboxPusher::schedule()
{
    if (!m_running || !m_client)
        return;
    const int maxInFlight
        = m_options.maxInFlight > 0 ? m_options.maxInFlight : std::max(1, 2 * m_client->settings().maxParallel);
    OutboxOrdering::Held held;
    int scanned = 0;
    for (Entry &entry : m_queue) {
        if (entry.finished)
            continue;
        if (m_stopping || m_inFlight >= maxInFlight || ++scanned > m_options.lookahead)
            break;
        if (!entry.push && !held.conflicts(entry.claims) && !startRow(entry))
            break;
        held.add(entry.claims);
    }
    checkDone();
}

bool OutboxPusher::startRow(Entry &entry)
{
    OutboxRow &row = m_rows[entry.id];
    // A create's first attempt is stamped with the mark: a lookup after a lost answer, in this
    // push or a later one, adopts only an object the directory made after it. Later attempts keep
    // the first stamp; a row attempted before stamps existed has none (its creation time bounds it).
    std::optional<QJsonObject> stamped;
    const auto firstAttemptKey = QLatin1StringView(OutboxPushStore::FirstAttemptKey);
    if (OutboxKindInfo::shape(row.kind) == OutboxKindInfo::Shape::Create && row.attempts == 0
        && !row.payload.contains(firstAttemptKey)) {
        stamped = row.payload;
        stamped->insert(firstAttemptKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    // Recorded before the request goes out: a crash from here on leaves the row Pushing.
    if (auto marked = OutboxPushStore(m_cache).markPushing(entry.id, stamped); !marked) {
        stopWith(cacheError(marked.error()));
        return false;
    }
    if (stamped)
        row.payload = *stamped;
    row.state = OutboxRow::State::Pushing;
    ++row.attempts;
    Q_EMIT rowStateChanged(entry.id, row.state, {});

    OutboxRowPush::Context context;
    context.rowById = [this](qint64 id) { return rowById(id); };
    context.reconcileFirst = entry.reconcile;
    context.maxSends = m_options.maxCreateSends > 0 ? m_options.maxCreateSends : m_client->settings().retry.maxAttempts;
    context.maxRateLimitedSends = m_options.maxRateLimitedSends;
    auto *push = new OutboxRowPush(*m_client, row, std::move(context), this);
    entry.push = push;
    ++m_inFlight;
    // Queued: a row push may finish inside abort(), while the queue is being walked.
    connect(
        push, &OutboxRowPush::finished, this,
        [this, id = entry.id](const OutboxRowPush::Outcome &outcome) { onRowFinished(id, outcome); },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(push, &OutboxRowPush::start, Qt::QueuedConnection);
    return true;
}

void OutboxPusher::onRowFinished(qint64 id, const OutboxRowPush::Outcome &outcome)
{
    // Running rows sit near the front: the oldest waiting rows are the ones started.
    const auto entry
        = std::find_if(m_queue.begin(), m_queue.end(), [id](const Entry &e) { return e.id == id && !e.finished; });
    if (entry == m_queue.end())
        return;
    if (entry->push)
        entry->push->deleteLater();
    entry->push = nullptr;
    entry->finished = true;
    ++m_finishedInQueue;
    --m_unfinished;
    --m_inFlight;
    compact();

    OutboxRow &row = m_rows[id];
    OutboxPushStore store(m_cache);
    Result<void> written;
    switch (outcome.kind) {
    case OutboxRowPush::Outcome::Kind::Done:
        // The store drops the password in the statement that marks the row done.
        m_scrubbedPasswords = m_scrubbedPasswords || OutboxPushStore::carriesPassword(outcome.payload);
        written = store.finish(id, OutboxRow::State::Done, {}, outcome.payload, outcome.objectId);
        row.state = OutboxRow::State::Done;
        row.error.clear();
        row.payload = OutboxPushStore::scrubbed(outcome.payload);
        row.objectId = outcome.objectId;
        ++m_summary.done;
        m_touched.append(outcome.touched);
        break;
    case OutboxRowPush::Outcome::Kind::Failed:
        written = store.finish(id, OutboxRow::State::Failed, outcome.error, outcome.payload, outcome.objectId);
        row.state = OutboxRow::State::Failed;
        row.error = outcome.error;
        ++m_summary.failed;
        qCInfo(lcOutbox) << "change" << id << row.kind << "failed:" << outcome.error;
        break;
    case OutboxRowPush::Outcome::Kind::Deferred:
        written = store.markPending(id);
        row.state = OutboxRow::State::Pending;
        break;
    }
    // A deferred row is listed with the reason it waits (it stays Pending, with no error of its own).
    const QString reason
        = outcome.kind == OutboxRowPush::Outcome::Kind::Deferred ? outcome.apiError.oneLine() : row.error;
    m_summary.rows.append({ id, row.kind, row.summary, row.state, reason, outcome.createdId, outcome.adopted });
    // A Done that could not be written stays Pushing on disk: the next push finds it again.
    if (!written)
        stopWith(cacheError(written.error()));
    if (outcome.stopPush)
        stopWith(outcome.apiError);
    Q_EMIT rowStateChanged(id, row.state, row.error);
    schedule();
}

void OutboxPusher::compact()
{
    while (!m_queue.isEmpty() && m_queue.constFirst().finished) {
        m_queue.removeFirst(); // cheap at the front of a QList
        --m_finishedInQueue;
    }
    if (m_finishedInQueue > 256) {
        m_queue.removeIf([](const Entry &e) { return e.finished; });
        m_finishedInQueue = 0;
    }
}

void OutboxPusher::stopWith(const ApiError &error)
{
    if (m_summary.error.isNull()) {
        m_summary.error = error;
        if (error.code != QLatin1StringView(ApiError::Cancelled))
            qCWarning(lcOutbox).noquote()
                << "push stopped:" << (m_client ? m_client->redact(error.oneLine()) : error.code);
    }
    m_stopping = true;
}

void OutboxPusher::checkDone()
{
    if (!m_running || m_inFlight > 0 || !(m_unfinished == 0 || m_stopping))
        return;
    m_running = false;
    m_summary.pending = m_summary.total - m_summary.done - m_summary.failed;
    m_summary.seconds = m_clock.elapsed() / 1000.0;
    if (m_client) {
        m_summary.requests = m_client->requestCount() - m_requestsAtStart;
        m_summary.retries = m_client->retryCount() - m_retriesAtStart;
    }
    QList<OutboxObjectRef> objects;
    QSet<QString> seen;
    for (const OutboxObjectRef &object : std::as_const(m_touched)) {
        const QString key = object.type + u':' + object.id;
        if (!seen.contains(key)) {
            seen.insert(key);
            objects.append(object);
        }
    }
    m_summary.touched = objects;
    m_queue.clear();
    if (m_scrubbedPasswords && !OutboxPushStore(m_cache).dropOldPageImages())
        qCInfo(lcOutbox) << "the cache's write-ahead log could not be truncated yet; it keeps old page images of"
                         << "changes whose password was dropped until the next push or checkpoint";
    qCInfo(lcOutbox) << "push finished:" << m_summary.done << "done," << m_summary.failed << "failed,"
                     << m_summary.pending << "pending in" << m_summary.seconds << "s";
    if (!objects.isEmpty())
        Q_EMIT touched(objects);
    Q_EMIT pushFinished(m_summary);
}
