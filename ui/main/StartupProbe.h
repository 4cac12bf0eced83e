#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class MainWindow;
class QWidget;

// For the start-up benchmark (bindery --startup-probe): once the opened cache's first rows have
// been painted and the other panes filled, prints one line "startup first-paint-ms=… rss-kib=…
// peak-rss-kib=… rows=… all-panes-ms=…" on stdout and quits (rss at the first paint, the peak at the end). The clock starts in main(), before QApplication, so library loading and
// the cache load both count.
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    StartupProbe(MainWindow *window, const QElapsedTimer &sinceMain, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstPainted();
    void report();

    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_viewport;
    QElapsedTimer m_sinceMain;
    bool m_reported = false;
    qint64 m_firstPaintMs = -1;
    qint64 m_firstPaintRssKib = -1;
    int m_rows = 0;
};
