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
        // Report after this paint has been delivered, so the time includes painting the rows.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    if (m_reported)
        return;
    m_reported = true;
    const int rows = m_window->workspace()->currentPane()->table()->model()->rowCount();
    std::printf("startup first-paint-ms=%lld rss-kib=%lld peak-rss-kib=%lld rows=%d\n",
        static_cast<long long>(m_sinceMain.elapsed()), static_cast<long long>(procStatusKib("VmRSS:")),
        static_cast<long long>(procStatusKib("VmHWM:")), rows);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
