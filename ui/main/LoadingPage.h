#pragma once

#include <QWidget>

class QLabel;

// Shown while a cache loads or is rebuilt on a worker, so the window stays responsive and says why
// it is empty.
class LoadingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LoadingPage(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;

private:
    QLabel *m_label;
};
