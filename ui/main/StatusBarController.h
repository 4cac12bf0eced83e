#pragma once

#include "ConnectionState.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QLabel;
class QStatusBar;

// Keeps the permanent status text ("Offline — snapshot of Acme from … (3 hours ago)") true:
// it owns the connection state and re-words the snapshot's age every minute.
class StatusBarController final : public QObject
{
    Q_OBJECT

public:
    explicit StatusBarController(QStatusBar *statusBar, QObject *parent = nullptr);

    ConnectionState state() const { return m_state; }
    void setState(ConnectionState state);
    // An invalid syncedAt means the cache has never completed a sync.
    void setSnapshot(const QString &orgName, const QDateTime &syncedAt);
    void clearSnapshot(); // no cache open
    void setSyncedNow(); // a sync just completed into the open cache

    QString text() const;
    // Test seam: where "now" comes from when wording the age.
    void setClock(std::function<QDateTime()> clock);

    void refresh();

private:
    QString snapshotText() const;

    QPointer<QStatusBar> m_statusBar;
    QPointer<QLabel> m_label;
    QTimer m_ageTimer;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_hasSnapshot = false;
    QString m_orgName;
    QDateTime m_syncedAt;
    std::function<QDateTime()> m_clock;
};
