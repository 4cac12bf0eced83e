#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class QNetworkAccessManager;
class QNetworkReply;

// One directory request from first attempt to final answer (ownCloud's AbstractNetworkJob).
// The ApiClient queues it, starts each attempt when a parallel slot is free and decides on
// retries; the job sends, times out, classifies the answer and reports. It deletes itself
// after `finished`, so a caller reads the outcome inside its slot.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    bool succeeded() const { return m_error.isNull() && m_done; }
    const ApiResponse &response() const { return m_response; }
    const ApiError &error() const { return m_error; }
    int attempts() const { return m_attempt; }
    bool isDone() const { return m_done; }

    // Stops the job: the running reply is aborted, a pending retry dropped; `finished` follows
    // (queued) with code "cancelled".
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiJob(ApiClient &client, ApiRequest request);

    void startAttempt(QNetworkAccessManager &network);
    void onReplyFinished();
    void onTimeout();
    // Sets the outcome of the attempt just finished; returns the delay before a retry or nullopt
    // when the outcome is final.
    std::optional<std::chrono::milliseconds> classify(QNetworkReply &reply);
    void finish();

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    ApiResponse m_response;
    ApiError m_error;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_done = false;
};
