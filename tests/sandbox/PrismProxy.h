#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// A Prism (@stoplight/prism-cli) proxy in validation mode in front of the sandbox:
// `prism proxy --errors -p PORT SPEC UPSTREAM`. Prism serves the spec's paths at its root and forwards to UPSTREAM.
// Everything Prism prints is kept so a test can look for violations it logged.
class PrismProxy : public QObject
{
    Q_OBJECT

public:
    explicit PrismProxy(QObject *parent = nullptr);
    ~PrismProxy() override;
    Q_DISABLE_COPY_MOVE(PrismProxy)

    // Starts Prism on a free loopback port; returns false with *error set if it is missing or never gets ready.
    bool start(const QString &prism, const QString &spec, const QString &upstream, QString *error);
    // Waits until Prism listens (start() only launches it, so two proxies can load their specs in parallel).
    bool waitUntilReady(int timeoutMs, QString *error);
    void stop();
    QString baseUrl() const { return m_baseUrl; }
    // Everything Prism printed so far (stdout and stderr merged).
    QByteArray log();
    // The violations Prism logged, each as "location message" (the text after "Violation: ").
    QStringList violationLines();

private:
    void drain();

    QProcess m_process;
    QByteArray m_log;
    QString m_baseUrl;
    QString m_spec;
};
