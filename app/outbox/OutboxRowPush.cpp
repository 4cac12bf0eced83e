#include "OutboxRowPush.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "OutboxConflictCheck.h"
#include "OutboxCreatedMatch.h"
#include "OutboxKindInfo.h"
#include "OutboxLogging.h"
#include "OutboxPushStore.h"
#include "OutboxReferences.h"
#include "OutboxRequestMapper.h"

#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

bool is(const ApiError &error, const char *code)
{
    return error.code == QLatin1StringView(code);
}

// The request may have reached the directory and been applied; only a lookup can tell.
bool answerLost(const ApiError &error)
{
    return is(error, ApiError::Network) || is(error, ApiError::Timeout) || is(error, ApiError::ServerError)
        || is(error, ApiError::InvalidResponse);
}

} // namespace

OutboxRowPush::OutboxRowPush(ApiClient &client, OutboxRow row, Context context, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_row(std::move(row))
    , m_storedPayload(m_row.payload)
    , m_context(std::move(context))
{
}

void OutboxRowPush::start()
{
    if (m_finished || m_aborted)
        return;
    if (!OutboxKindInfo::isKnown(m_row.kind))
        return fail(tr("This version of Bindery cannot send a change of kind \"%1\".").arg(m_row.kind));
    if (OutboxReferences::hasReferences(m_row.payload)) {
        const auto resolved = OutboxReferences::resolve(m_row.payload, m_context.rowById);
        if (!resolved)
            return fail(resolved.error().detail);
        m_row.payload = resolved.value();
    }
    m_objects = OutboxKindInfo::objects(m_row, m_context.rowById);
    if (const auto read = OutboxRequestMapper::readBefore(m_row))
        return call(*read, &OutboxRowPush::onReadBefore);
    if (OutboxKindInfo::shape(m_row.kind) == OutboxKindInfo::Shape::Create && m_context.reconcileFirst)
        return lookup();
    send();
}

void OutboxRowPush::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_job)
        return m_job->abort(); // its handler defers
    defer({ 0, QString::fromLatin1(ApiError::Cancelled), u"cancelled"_s, {} }, false);
}

void OutboxRowPush::call(const ApiRequest &request, Handler handler)
{
    if (m_aborted)
        return defer({ 0, QString::fromLatin1(ApiError::Cancelled), u"cancelled"_s, {} }, false);
    ApiJob *job = m_client.send(request);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, handler] {
        m_job = nullptr;
        const ApiError error = job->error();
        if (m_aborted || is(error, ApiError::Cancelled))
            return defer(
                error.isNull() ? ApiError { 0, QString::fromLatin1(ApiError::Cancelled), u"cancelled"_s, {} } : error,
                false);
        (this->*handler)(error, job->response());
    });
}

void OutboxRowPush::onReadBefore(const ApiError &error, const ApiResponse &response)
{
    if (is(error, ApiError::NotFound) && !m_objects.isEmpty())
        return fail(OutboxConflictCheck::gone(m_objects.constFirst()), error);
    if (!error.isNull())
        return failFrom(error);
    m_current = response.json.object();
    if (const QString conflict = OutboxConflictCheck::check(m_row, m_current); !conflict.isEmpty())
        return fail(conflict);
    send();
}

void OutboxRowPush::lookup()
{
    const auto request = OutboxRequestMapper::lookupCreated(m_row);
    if (!request)
        return send();
    call(*request, &OutboxRowPush::onLookup);
}

QDateTime OutboxRowPush::firstAttempt() const
{
    // Stamped by the pusher when the row was first marked Pushing, in this push or an earlier one.
    // A row attempted before stamps existed: it cannot have reached the directory before it was made.
    const QDateTime stamped = OutboxPushStore::firstAttempt(m_row.payload);
    if (stamped.isValid())
        return stamped;
    return m_firstSent.isValid() && !m_context.reconcileFirst ? m_firstSent : m_row.createdAt;
}

void OutboxRowPush::onLookup(const ApiError &error, const ApiResponse &response)
{
    if (!error.isNull())
        return failFrom(error); // transient: deferred, and the next push looks again before sending
    const auto verdict = OutboxCreatedMatch::judge(m_row, response.json, firstAttempt());
    if (!verdict.id.isEmpty()) {
        qCInfo(lcOutbox) << "change" << m_row.id << "was already applied; found" << verdict.id;
        return done(verdict.id, true);
    }
    if (!verdict.refusal.isEmpty())
        return fail(verdict.refusal); // sending it would only meet a 409
    qCDebug(lcOutbox) << "change" << m_row.id
                      << "not in the directory yet:" << response.json.toJson(QJsonDocument::Compact).left(300);
    send();
}

void OutboxRowPush::onConflictLookup(const ApiError &error, const ApiResponse &response)
{
    if (!error.isNull())
        return failFrom(error);
    const auto verdict = OutboxCreatedMatch::judge(m_row, response.json, firstAttempt());
    if (!verdict.id.isEmpty())
        return done(verdict.id, true);
    if (!verdict.refusal.isEmpty())
        return fail(verdict.refusal, m_conflictError);
    failFrom(m_conflictError); // nothing with our name: the 409 is about another field (an e-mail in use)
}

void OutboxRowPush::send()
{
    if (!m_firstCallMade) {
        m_firstCallMade = true;
        if (const auto first = OutboxRequestMapper::requestFirst(m_row))
            return call(*first, &OutboxRowPush::onFirstCall);
    }
    const auto request = OutboxRequestMapper::request(m_row, m_current);
    if (!request)
        return fail(request.error().detail);
    ++m_sends;
    if (!m_firstSent.isValid())
        m_firstSent = QDateTime::currentDateTimeUtc();
    m_sent = request.value();
    call(m_sent, &OutboxRowPush::onSent);
}

void OutboxRowPush::onFirstCall(const ApiError &error, const ApiResponse &)
{
    // A PUT: the client has repeated it already where that was worth it.
    if (is(error, ApiError::NotFound) && !m_objects.isEmpty())
        return fail(OutboxConflictCheck::gone(m_objects.constFirst()), error);
    if (!error.isNull())
        return failFrom(error);
    send();
}

void OutboxRowPush::sendLater(int attempt)
{
    const auto delay = m_client.settings().retry.backoff(std::min(attempt, 8), *QRandomGenerator::global());
    QTimer::singleShot(delay, this, [this] {
        if (!m_finished)
            send();
    });
}

void OutboxRowPush::onSent(const ApiError &error, const ApiResponse &response)
{
    const OutboxKindInfo::Shape shape = OutboxKindInfo::shape(m_row.kind);
    if (error.isNull()) {
        if (shape != OutboxKindInfo::Shape::Create)
            return done();
        const QString id = OutboxRequestMapper::createdId(response.json);
        if (!id.isEmpty())
            return done(id);
        return lookup(); // a 2xx without an id: find what it made
    }
    // The directory said yes; only its body was unreadable (a bare JSON string, a cut-short body).
    if (shape != OutboxKindInfo::Shape::Create && is(error, ApiError::InvalidResponse) && error.httpStatus >= 200
        && error.httpStatus < 300)
        return done();
    if (!m_sent.isIdempotent()) {
        // A POST the client does not repeat. 429: refused before anything happened.
        if (error.httpStatus == 429) {
            if (++m_rateLimited >= m_context.maxRateLimitedSends)
                return defer(error, true);
            return sendLater(m_rateLimited);
        }
        if (shape == OutboxKindInfo::Shape::Create && answerLost(error)) {
            qCInfo(lcOutbox) << "change" << m_row.id << "lost its answer:" << error.code << "- looking it up";
            if (m_sends >= m_context.maxSends)
                return defer(error, true); // attempts > 0: the next push looks it up first
            const auto delay = m_client.settings().retry.backoff(m_sends, *QRandomGenerator::global());
            QTimer::singleShot(delay, this, [this] {
                if (!m_finished)
                    lookup();
            });
            return;
        }
        // Activate, reset MFA: the same effect however often they arrive.
        if (shape != OutboxKindInfo::Shape::Create && error.isTransient() && m_sends < m_context.maxSends)
            return sendLater(m_sends);
    }
    if (shape == OutboxKindInfo::Shape::Create) {
        if (is(error, ApiError::Conflict) && m_conflictError.isNull()) {
            // Maybe our own object: Qt's HTTP stack sends a request again by itself when the server
            // closes the connection without an answer, so a first send can meet its own twin. Or a
            // lookup after a lost answer came too early.
            m_conflictError = error;
            if (const auto request = OutboxRequestMapper::lookupCreated(m_row))
                return call(*request, &OutboxRowPush::onConflictLookup);
        }
        return failFrom(error);
    }
    if (is(error, ApiError::Conflict) && shape == OutboxKindInfo::Shape::EdgeAdd) {
        // The edge exists already (added meanwhile, or by our own lost first attempt).
        const auto update = OutboxRequestMapper::bindingUpdate(m_row);
        if (!update)
            return done();
        return call(update.value(), &OutboxRowPush::onSudoUpdated);
    }
    if (is(error, ApiError::NotFound)) {
        if (shape == OutboxKindInfo::Shape::Delete)
            return done(); // gone already: what the admin asked for
        return checkObjects([this, error, shape](const QList<OutboxObjectRef> &missing) {
            if (!missing.isEmpty())
                return fail(OutboxConflictCheck::gone(missing.constFirst()), error);
            if (shape == OutboxKindInfo::Shape::EdgeRemove)
                return done(); // both ends exist, the edge does not: removed already
            fail(error.message.isEmpty() ? error.oneLine() : error.message, error);
        });
    }
    failFrom(error);
}

void OutboxRowPush::onSudoUpdated(const ApiError &error, const ApiResponse &)
{
    if (!error.isNull())
        return failFrom(error);
    done();
}

void OutboxRowPush::checkObjects(std::function<void(const QList<OutboxObjectRef> &)> then)
{
    m_toCheck.clear();
    m_missing.clear();
    for (const OutboxObjectRef &object : std::as_const(m_objects)) {
        if (OutboxRequestMapper::readObject(object))
            m_toCheck.append(object);
    }
    m_afterCheck = std::move(then);
    checkNextObject();
}

void OutboxRowPush::checkNextObject()
{
    if (m_toCheck.isEmpty()) {
        const auto then = std::move(m_afterCheck);
        return then(m_missing);
    }
    call(*OutboxRequestMapper::readObject(m_toCheck.constFirst()), &OutboxRowPush::onObjectRead);
}

void OutboxRowPush::onObjectRead(const ApiError &error, const ApiResponse &)
{
    const OutboxObjectRef object = m_toCheck.takeFirst();
    if (is(error, ApiError::NotFound))
        m_missing.append(object);
    else if (!error.isNull())
        return failFrom(error);
    checkNextObject();
}

void OutboxRowPush::done(const QString &createdId, bool adopted)
{
    Outcome outcome;
    outcome.kind = Outcome::Kind::Done;
    outcome.payload = m_row.payload; // resolved; OutboxPushStore::finish() drops the password as it stores it
    outcome.createdId = createdId;
    outcome.adopted = adopted;
    if (!createdId.isEmpty()) {
        outcome.payload.insert(u"createdId"_s, createdId);
        if (!m_objects.isEmpty())
            m_objects.first().id = createdId;
    }
    outcome.objectId = !createdId.isEmpty() ? createdId
        : !m_row.objectId.isEmpty()         ? m_row.objectId
        : m_objects.isEmpty()               ? QString()
                                            : m_objects.constFirst().id;
    for (const OutboxObjectRef &object : std::as_const(m_objects)) {
        if (!object.id.isEmpty() || object.type == QLatin1StringView(OutboxObjectRef::Org))
            outcome.touched.append(object);
    }
    finish(std::move(outcome));
}

void OutboxRowPush::fail(const QString &message, const ApiError &error)
{
    Outcome outcome;
    outcome.kind = Outcome::Kind::Failed;
    outcome.error = message;
    outcome.apiError = error;
    // Unresolved and with its password, on purpose: Retry sends the same create again, and the
    // admin typed the password only once. It leaves the payload once the row is done.
    outcome.payload = m_storedPayload;
    outcome.objectId = m_row.objectId;
    finish(std::move(outcome));
}

void OutboxRowPush::failFrom(const ApiError &error)
{
    if (is(error, ApiError::Cancelled))
        return defer(error, false);
    // Nothing about this row: every other row would get the same answer. Keep them all pending.
    if (is(error, ApiError::Unauthorized) || error.isTransient() || is(error, ApiError::Tls)
        || is(error, ApiError::Refused))
        return defer(error, true);
    fail(error.message.isEmpty() ? error.oneLine() : error.message, error);
}

void OutboxRowPush::defer(const ApiError &error, bool stopPush)
{
    Outcome outcome;
    outcome.kind = Outcome::Kind::Deferred;
    outcome.apiError = error;
    outcome.stopPush = stopPush;
    outcome.payload = m_storedPayload;
    outcome.objectId = m_row.objectId;
    finish(std::move(outcome));
}

void OutboxRowPush::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
}
