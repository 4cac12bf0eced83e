#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Starts the real bindery-sandbox on a free loopback port (--port 0) with the key in its
// environment, and reads the URL it prints. For the integration tests and the benchmark.
class SandboxRunner
{
public:
    SandboxRunner() = default;
    ~SandboxRunner() { stop(); }
    Q_DISABLE_COPY_MOVE(SandboxRunner)

    // `arguments` after --port 0, e.g. {"--seed", "demo"}. Waits up to `timeoutMs` for the URL.
    bool start(const QStringList &arguments, const QByteArray &apiKey, int timeoutMs = 120000);
    // Kills the process at once (no graceful shutdown): what a crash or a lost network looks like.
    void kill();
    void stop();

    QString url() const { return m_url; }
    QString errorText() const { return m_error; }
    static QString executable();

private:
    QProcess m_process;
    QString m_url;
    QString m_error;
};
