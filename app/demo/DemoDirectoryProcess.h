#pragma once

#include "ApiCredentials.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

// The demo org is a real directory: bindery-sandbox started as a child process on a free
// loopback port with a fresh API key, which the app then syncs like any other org. The key
// goes to the child through its environment, never its command line (argv is visible to
// every user of the machine), and lives only in this process's memory.
class DemoDirectoryProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDirectoryProcess)

public:
    explicit DemoDirectoryProcess(QObject *parent = nullptr);
    ~DemoDirectoryProcess() override;

    // Where bindery-sandbox is looked for: beside the running executable, then on PATH.
    static QString findExecutable();
    void setExecutable(const QString &path) { m_executable = path; }
    void setSeed(const QString &seed) { m_seed = seed; } // "demo" unless a test wants another org
    void setAgentDelayMs(int ms) { m_agentDelayMs = ms; }
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }

    void start();
    // Asks the child to quit and waits briefly; kills it if it does not.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QUrl baseUrl() const { return m_baseUrl; }
    ApiCredentials credentials() const { return m_credentials; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason);
    void stopped(); // the child ended after ready(), expectedly or not

private:
    void readOutput();
    void fail(const QString &reason);

    QProcess m_process;
    QTimer m_startTimer;
    QString m_executable;
    QString m_seed = QStringLiteral("demo");
    int m_agentDelayMs = 3000;
    int m_startTimeoutMs = 20000;
    QByteArray m_pending;
    QUrl m_baseUrl;
    ApiCredentials m_credentials;
    bool m_ready = false;
    bool m_stopping = false;
};
