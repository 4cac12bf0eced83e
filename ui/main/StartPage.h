#pragma once

#include <QWidget>

class QPushButton;

// What the window shows with nothing open: the demo org, a cache file opened offline, and (with
// connection profiles) an org to connect to.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    QPushButton *openButton() const { return m_openButton; }
    QPushButton *demoButton() const { return m_demoButton; }

Q_SIGNALS:
    void openCacheRequested();
    void openDemoRequested();

private:
    QPushButton *m_demoButton;
    QPushButton *m_openButton;
};
