#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "PagedResult.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class ApiClient;
class ApiJob;

// Fetches every page of one list. v1 lists answer {totalCount, results}; v2 lists a bare array
// and (usually) an x-total-count header. The first page gives the total, the remaining pages
// then go out together (the client bounds how many run at once). The total is a hint, not a
// promise: paging goes on until a page comes back short, and items are de-duplicated by key.
class ApiPager : public QObject
{
    Q_OBJECT
public:
    enum class Shape { V1Envelope, V2Array };
    using KeyFunction = std::function<QString(const QJsonObject &)>;

    struct Options
    {
        ApiEndpoint::Version version = ApiEndpoint::Version::V1;
        QString path;
        QUrlQuery query; // filters, targets…; limit/skip/sort are added here
        Shape shape = Shape::V1Envelope;
        int pageSize = 100;
        QString sort; // "_id" for v1, "id" for v2; empty to send none
        KeyFunction key; // identity of an item; default: "_id" or "id"
        int speculativePages = 3; // pages sent at once when no total is known
    };

    ApiPager(ApiClient &client, Options options, QObject *parent = nullptr);

    void start();
    void abort();

    bool isDone() const { return m_done; }
    const PagedResult &result() const { return m_result; }
    const ApiError &error() const { return m_error; }
    const Options &options() const { return m_options; }

    // Identity helpers for the graph shapes: GraphConnection `to.id`.
    static QString connectionTargetId(const QJsonObject &item);

Q_SIGNALS:
    void progress(qint64 fetched, qint64 total);
    void finished();

private:
    void requestPage(qint64 skip);
    void onPageFinished(ApiJob *job, qint64 skip);
    void continueOrFinish();
    void fail(const ApiError &error);
    void complete();

    QPointer<ApiClient> m_client;
    Options m_options;
    QMap<qint64, QList<QJsonObject>> m_pages; // by skip, so the result keeps the server's order
    QHash<qint64, QPointer<ApiJob>> m_inFlight;
    qint64 m_highestSkip = -1;
    qint64 m_rawCount = 0;
    PagedResult m_result;
    ApiError m_error;
    bool m_done = false;
};
