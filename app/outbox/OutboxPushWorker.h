#pragma once

#include "OutboxObjectRef.h"
#include "OutboxPushConfig.h"
#include "OutboxPushSummary.h"

#include <QObject>
#include <memory>

class ApiClient;
class CacheDatabase;
class OutboxPusher;
class QNetworkAccessManager;

// The half of OutboxPushController that lives on the push thread: it creates the network
// manager, the cache connection and the pusher there (Qt network and SQLite objects belong to
// the thread that made them) and keeps the first two between pushes.
class OutboxPushWorker : public QObject
{
    Q_OBJECT
public:
    explicit OutboxPushWorker(QObject *parent = nullptr);
    ~OutboxPushWorker() override;

    void run(const OutboxPushConfig &config);
    void cancel();

Q_SIGNALS:
    void rowStateChanged(qint64 id, OutboxRow::State state, const QString &error);
    void touched(const QList<OutboxObjectRef> &objects);
    void finished(const OutboxPushSummary &summary);

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OutboxPusher> m_pusher;
};
