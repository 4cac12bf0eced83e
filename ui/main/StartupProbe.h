#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class MainWindow;
class QWidget;

// For the start-up benchmark (bindery --startup-probe): once the opened cache's first rows have
// been painted, prints one line "startup first-paint-ms=… rss-kib=… peak-rss-kib=… rows=…" on
// stdout and quits. The clock starts in main(), before QApplication, so library loading and
// the cache load both count.
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    StartupProbe(MainWindow *window, const QElapsedTimer &sinceMain, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QPointer<MainWindow> m_window;
    QPointer<QWidget> m_viewport;
    QElapsedTimer m_sinceMain;
    bool m_reported = false;
};
