#pragma once

#include "ApiError.h"
#include "ApiPager.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class ApiClient;

// One paged list per source object (the members of each group, the associations of each
// device), run a window at a time so 20,000 devices do not become 20,000 queued jobs at once.
// Any failure, or a list shorter than its own total, fails the whole fan-out: a partial set of
// edges must never look like a complete one.
class SyncFanOut : public QObject
{
    Q_OBJECT
public:
    using OptionsFor = std::function<ApiPager::Options(const QString &sourceId)>;
    using Consume = std::function<void(const QString &sourceId, const PagedResult &result)>;

    SyncFanOut(ApiClient &client, QStringList sources, OptionsFor optionsFor, Consume consume, int window,
        QObject *parent = nullptr);

    void start();
    void abort();

    bool isDone() const { return m_done; }
    const ApiError &error() const { return m_error; }
    int completed() const { return m_completed; }
    int total() const { return int(m_sources.size()); }

Q_SIGNALS:
    void progress(int completed, int total);
    void finished();

private:
    void startNext();
    void onPagerFinished(ApiPager *pager, const QString &sourceId);
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    QStringList m_sources;
    OptionsFor m_optionsFor;
    Consume m_consume;
    int m_window;
    qsizetype m_next = 0;
    int m_completed = 0;
    QList<QPointer<ApiPager>> m_running;
    ApiError m_error;
    bool m_done = false;
};
