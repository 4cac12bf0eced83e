#pragma once

#include <QWidget>

class QPushButton;

// What the window shows with no cache open: a way to open one, and where connecting will live.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    QPushButton *openButton() const { return m_openButton; }

Q_SIGNALS:
    void openCacheRequested();

private:
    QPushButton *m_openButton;
};
