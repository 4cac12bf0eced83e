#include "StatusBarController.h"

#include "TimeText.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

StatusBarController::StatusBarController(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_label = new QLabel(statusBar);
    m_label->setObjectName(u"connectionStatusLabel"_s);
    m_label->setTextFormat(Qt::PlainText); // org names may hold "<" or "&"
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar->addPermanentWidget(m_label);

    // The age reads in minutes, so a one-minute tick keeps it right without waking the CPU often.
    m_ageTimer.setInterval(std::chrono::minutes(1));
    connect(&m_ageTimer, &QTimer::timeout, this, &StatusBarController::refresh);
    refresh();
}

void StatusBarController::setState(ConnectionState state)
{
    m_state = state;
    refresh();
}

void StatusBarController::setSnapshot(const QString &orgName, const QDateTime &syncedAt)
{
    m_hasSnapshot = true;
    m_orgName = orgName;
    m_syncedAt = syncedAt;
    m_ageTimer.start();
    refresh();
}

void StatusBarController::setSyncedNow()
{
    setSnapshot(m_orgName, m_clock());
}

void StatusBarController::clearSnapshot()
{
    m_hasSnapshot = false;
    m_orgName.clear();
    m_syncedAt = {};
    m_ageTimer.stop();
    refresh();
}

void StatusBarController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString StatusBarController::snapshotText() const
{
    if (!m_syncedAt.isValid())
        return tr("this cache has never been synced, so it holds no org yet");
    const QString when = TimeText::dateTime(m_syncedAt);
    const QString age = TimeText::age(m_syncedAt, m_clock());
    if (m_orgName.isEmpty())
        return tr("snapshot from %1 (%2)").arg(when, age);
    return tr("snapshot of %1 from %2 (%3)").arg(m_orgName, when, age);
}

QString StatusBarController::text() const
{
    if (!m_hasSnapshot)
        return tr("No cache open");
    // The state is spelled out in words, never shown by colour alone.
    switch (m_state) {
    case ConnectionState::Offline:
        return tr("Offline — %1").arg(snapshotText());
    case ConnectionState::Syncing:
        return tr("Syncing — showing %1").arg(snapshotText());
    case ConnectionState::Online:
        return tr("Online — %1").arg(snapshotText());
    }
    return {};
}

void StatusBarController::refresh()
{
    const QString shown = text();
    if (!m_label)
        return;
    m_label->setText(shown);
    m_label->setAccessibleName(shown);
}
