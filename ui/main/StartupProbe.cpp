#include "StartupProbe.h"

#include "MainWindow.h"
#include "ObjectPane.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// VmRSS / VmHWM from /proc (Linux); -1 elsewhere, where the benchmark reports no memory figure.
qint64 procStatusKib(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

StartupProbe::StartupProbe(MainWindow *window, const QElapsedTimer &sinceMain, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sinceMain(sinceMain)
{
    connect(window, &MainWindow::cacheOpened, this, [this] {
        QTableView *table = m_window->workspace()->currentPane()->table();
        m_viewport = table->viewport();
        m_viewport->installEventFilter(this);
        m_viewport->update();
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Paint && !m_reported) {
        // Taken after this paint has been delivered, so the time includes painting the rows.
        QTimer::singleShot(0, this, &StartupProbe::firstPainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::firstPainted()
{
    if (m_reported || m_firstPaintMs >= 0)
        return;
    m_firstPaintMs = m_sinceMain.elapsed();
    m_firstPaintRssKib = procStatusKib("VmRSS:");
    m_rows = m_window->workspace()->currentPane()->table()->model()->rowCount();
    // The other panes fill after the first paint; the line waits for them, so the peak memory is the whole org's.
    Workspace *workspace = m_window->workspace();
    if (workspace->isOrgShown())
        return report();
    connect(workspace, &Workspace::orgShown, this, &StartupProbe::report);
}

void StartupProbe::report()
{
    if (m_reported)
        return;
    m_reported = true;
    std::printf("startup first-paint-ms=%lld rss-kib=%lld peak-rss-kib=%lld rows=%d all-panes-ms=%lld\n",
        static_cast<long long>(m_firstPaintMs), static_cast<long long>(m_firstPaintRssKib),
        static_cast<long long>(procStatusKib("VmHWM:")), m_rows, static_cast<long long>(m_sinceMain.elapsed()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
