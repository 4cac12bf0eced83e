#pragma once

#include <QWidget>

class QPushButton;

// What the window shows with nothing open: connect to an org (the last one in one click), the demo org, and a
// cache file opened offline.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    QPushButton *connectButton() const { return m_connectButton; }
    QPushButton *reconnectButton() const { return m_reconnectButton; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *demoButton() const { return m_demoButton; }

    // The profile connected to last, offered as "Connect to <name>"; empty hides that button.
    void setLastConnection(const QString &name);

Q_SIGNALS:
    void connectRequested(); // choose or add a connection
    void reconnectRequested(); // the last connection
    void openCacheRequested();
    void openDemoRequested();

private:
    QPushButton *m_reconnectButton;
    QPushButton *m_connectButton;
    QPushButton *m_demoButton;
    QPushButton *m_openButton;
};
