#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "OutboxObjectRef.h"
#include "OutboxRow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

class ApiClient;
class ApiJob;

// One outbox row from "about to send" to its outcome (after ownCloud's one-job-per-request):
// resolve "<key>FromRow" references, read the object first where a conflict must be ruled out,
// send, and make sense of the answer. A create whose answer was lost is looked up before it is
// sent again, so it never exists twice, and adopts only what OutboxCreatedMatch calls ours; 409
// on an add and 404 on a remove mean the directory already holds what the admin asked for.
// Writes nothing: the pusher stores the outcome.
class OutboxRowPush : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Kind { Done, Failed, Deferred }; // Deferred: back to Pending, try again later
        Kind kind = Kind::Deferred;
        QString error; // Failed: for the admin
        ApiError apiError; // the directory's answer behind a Failed or Deferred outcome
        QJsonObject payload; // what to store: resolved ids and createdId when Done (the store drops the password)
        QString objectId;
        QString createdId;
        bool adopted = false;
        bool stopPush = false; // the directory refused the key or cannot be reached: stop starting rows
        QList<OutboxObjectRef> touched;
    };

    struct Context
    {
        std::function<const OutboxRow *(qint64)> rowById; // for "<key>FromRow" references
        bool reconcileFirst = false; // an earlier attempt may have reached the directory
        int maxSends = 6; // of a create, counting sends after a lost answer
        int maxRateLimitedSends = 40; // of a create refused with 429 (the client retries only idempotent calls)
    };

    OutboxRowPush(ApiClient &client, OutboxRow row, Context context, QObject *parent = nullptr);

    qint64 rowId() const { return m_row.id; }
    void start();
    // Stops at once: the outcome is Deferred (a create that may have been sent is looked up first next time).
    void abort();

Q_SIGNALS:
    void finished(const OutboxRowPush::Outcome &outcome);

private:
    using Handler = void (OutboxRowPush::*)(const ApiError &error, const ApiResponse &response);

    void call(const ApiRequest &request, Handler handler);
    void onReadBefore(const ApiError &error, const ApiResponse &response);
    void lookup();
    void onLookup(const ApiError &error, const ApiResponse &response);
    void onConflictLookup(const ApiError &error, const ApiResponse &response);
    // When the row may first have reached the directory: the lower bound for adopting an object.
    QDateTime firstAttempt() const;
    void send();
    void onFirstCall(const ApiError &error, const ApiResponse &response);
    void sendLater(int attempt);
    void onSent(const ApiError &error, const ApiResponse &response);
    void onSudoUpdated(const ApiError &error, const ApiResponse &response);
    void onObjectRead(const ApiError &error, const ApiResponse &response);
    // Reads every object the row names, then calls `then` with the ones that are gone.
    void checkObjects(std::function<void(const QList<OutboxObjectRef> &missing)> then);
    void checkNextObject();

    void done(const QString &createdId = {}, bool adopted = false);
    void fail(const QString &message, const ApiError &error = {});
    void failFrom(const ApiError &error);
    void defer(const ApiError &error, bool stopPush);
    void finish(Outcome outcome);

    ApiClient &m_client;
    OutboxRow m_row; // payload resolved once start() has run
    QJsonObject m_storedPayload; // as in the outbox, for a Failed or Deferred row
    Context m_context;
    QList<OutboxObjectRef> m_objects;
    QJsonObject m_current;
    ApiRequest m_sent; // the last change request sent
    QDateTime m_firstSent;
    QPointer<ApiJob> m_job;
    ApiError m_conflictError; // a 409 on a create sent again, while we check it is not our own
    bool m_firstCallMade = false; // OutboxRequestMapper::requestFirst(), before the first send
    int m_sends = 0;
    int m_rateLimited = 0;
    bool m_finished = false;
    bool m_aborted = false;

    QList<OutboxObjectRef> m_toCheck;
    QList<OutboxObjectRef> m_missing;
    std::function<void(const QList<OutboxObjectRef> &)> m_afterCheck;
};
